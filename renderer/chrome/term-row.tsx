import type { ReactNode } from 'react';

/** One term and its value in a chrome panel's description list (`className` is the panel's row class). */
export function TermRow({ className, term, children }: { className: string; term: string; children: ReactNode }) {
  return (
    <div className={className}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
