import { useEffect, useState } from 'react';

/**
 * Longest wait for the first paint: a hidden window paints nothing but still opens, and a browser
 * without paint timing falls back to a timer after the first animation frame.
 */
const FALLBACK_MS = 500;

/**
 * False until the window's first frame is on screen, then true. Lets a page draw what the user
 * looks at first (the device's screen) and add what sits beside it afterwards (issue 16: the side
 * panel's React render, styles and layout were a third of the work before the first [data-screen]
 * showed, and while the first frame was still being rastered they took the second of two cores from
 * the raster thread). The browser's paint timing says when the first frame was presented.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const done = () => setPainted(true);
    const fallback = setTimeout(done, FALLBACK_MS);
    const stop = paintTimingSupported() ? onFirstPaint(done) : afterFirstFrame(done);
    return () => {
      stop();
      clearTimeout(fallback);
    };
  }, []);
  return painted;
}

function paintTimingSupported(): boolean {
  return typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes.includes('paint');
}

/** Calls `done` once the first paint is reported (buffered: at once if it happened already). */
function onFirstPaint(done: () => void): () => void {
  const observer = new PerformanceObserver(() => {
    observer.disconnect();
    done();
  });
  observer.observe({ type: 'paint', buffered: true });
  return () => observer.disconnect();
}

/** Without paint timing: a timer queued from the first animation frame runs after that frame. */
function afterFirstFrame(done: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(done, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
