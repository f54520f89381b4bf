import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** The simulated display's logical resolution: every OOBE layout is drawn at this size. */
export const SCREEN_WIDTH = 1280;
export const SCREEN_HEIGHT = 800;

/**
 * Shows the device's display at a fixed logical resolution, scaled to fit the space the chrome
 * leaves, so a page looks the same in any window (and in every screenshot). `overlay` is the
 * chrome's own notices over the frame (paused, disconnected).
 */
export function DeviceViewport({ children, overlay }: { children: ReactNode; overlay?: ReactNode }) {
  const areaRef = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0);

  useLayoutEffect(() => {
    const area = areaRef.current;
    if (!area) return;
    // Fit the content box: the padding leaves room for the bezel drawn outside the display.
    const fit = () => {
      const style = getComputedStyle(area);
      const width = area.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const height = area.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      setScale(Math.max(0, Math.min(width / SCREEN_WIDTH, height / SCREEN_HEIGHT)));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(area);
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={areaRef} className="viewport">
      <div className="viewport__bezel" style={{ width: SCREEN_WIDTH * scale, height: SCREEN_HEIGHT * scale }}>
        <div
          className="viewport__display theme-light"
          style={{ width: SCREEN_WIDTH, height: SCREEN_HEIGHT, transform: `scale(${scale})` }}
        >
          {children}
        </div>
        {/* Drawn at the chrome's size over the scaled display: notices about the device, not on it. */}
        {overlay}
      </div>
    </div>
  );
}
