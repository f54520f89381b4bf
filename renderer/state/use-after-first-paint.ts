import { useEffect, useState } from 'react';

/** Longest wait for the first frame: a hidden window gets no animation frames but still opens. */
const FALLBACK_MS = 200;

/**
 * False while the window's first frame is being drawn, true once it has been painted. Lets a page
 * draw what the user looks at first (the device's screen) and add what sits beside it a frame
 * later (issue 16: the side panel's React render, styles and layout were a third of the work before
 * the first [data-screen] showed). A timer after the animation frame runs once that frame is painted.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let afterFrame: ReturnType<typeof setTimeout> | undefined;
    const done = () => setPainted(true);
    const frame = requestAnimationFrame(() => {
      afterFrame = setTimeout(done, 0);
    });
    const fallback = setTimeout(done, FALLBACK_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(afterFrame);
      clearTimeout(fallback);
    };
  }, []);
  return painted;
}
