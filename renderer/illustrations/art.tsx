import type { ReactNode } from 'react';
import './illustrations.css';

/**
 * The shared wrapper of every illustration: a 320 x 320 drawing that settles in gently when its
 * page appears (a CSS transform animation in illustrations.css, run by the compositor; reduced
 * motion turns it off).
 */
export function Art({ children }: { children: ReactNode }) {
  return (
    <svg className="art" viewBox="0 0 320 320" role="presentation">
      <ellipse className="art-shadow" cx="160" cy="296" rx="96" ry="10" />
      {children}
    </svg>
  );
}
