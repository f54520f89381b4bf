import { m } from 'framer-motion';
import type { ReactNode } from 'react';
import './illustrations.css';

/**
 * The shared wrapper of every illustration: a 320 x 320 drawing that settles in gently when its
 * page appears (a transform, so reduced motion turns it off).
 */
export function Art({ children }: { children: ReactNode }) {
  return (
    <m.svg
      className="art"
      viewBox="0 0 320 320"
      role="presentation"
      initial={{ scale: 0.94, y: 8 }}
      animate={{ scale: 1, y: 0 }}
      transition={{ duration: 0.5, ease: [0.1, 0.9, 0.2, 1] }}
    >
      <ellipse className="art-shadow" cx="160" cy="296" rx="96" ry="10" />
      {children}
    </m.svg>
  );
}
