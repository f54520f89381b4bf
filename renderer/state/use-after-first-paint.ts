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
    if (painted) return;
    const done = () => setPainted(true);
    const fallback = setTimeout(done, FALLBACK_MS);
    if (!paintTimingSupported()) {
      let afterFrame: ReturnType<typeof setTimeout> | undefined;
      const frame = requestAnimationFrame(() => {
        afterFrame = setTimeout(done, 0);
      });
      return () => {
        cancelAnimationFrame(frame);
        clearTimeout(afterFrame);
        clearTimeout(fallback);
      };
    }
    // buffered: a page that painted before this component mounted is told at once.
    const observer = new PerformanceObserver(done);
    observer.observe({ type: 'paint', buffered: true });
    return () => {
      observer.disconnect();
      clearTimeout(fallback);
    };
  }, [painted]);
  return painted;
}

function paintTimingSupported(): boolean {
  return typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes.includes('paint');
}
