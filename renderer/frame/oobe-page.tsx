import { useId, useRef, type ReactNode } from 'react';
import { usePageFocus } from './page-focus';

interface OobePageProps {
  title: string;
  subtitle?: ReactNode;
  /** Shown above the title, e.g. an organisation's logo. */
  eyebrow?: ReactNode;
  children?: ReactNode;
  /** Bottom-right buttons, rightmost = primary. */
  buttons?: ReactNode;
  /** Bottom-left hyperlinks. */
  links?: ReactNode;
}

/**
 * The right half of the card: title, optional grey sub-header, content, links and buttons. Focus
 * starts on its first control (page-focus.ts).
 */
export function OobePage({ title, subtitle, eyebrow, children, buttons, links }: OobePageProps) {
  const titleId = useId();
  const ref = useRef<HTMLElement>(null);
  usePageFocus(ref);
  return (
    <section ref={ref} className="oobe-page" aria-labelledby={titleId}>
      <header className="oobe-page__header">
        {eyebrow}
        <h1 id={titleId} className="oobe-page__title">
          {title}
        </h1>
        {subtitle ? <p className="oobe-page__subtitle">{subtitle}</p> : null}
      </header>
      <div className="oobe-page__content">{children}</div>
      <div className="oobe-page__actions">
        <div className="oobe-page__links">{links}</div>
        <div className="oobe-page__buttons">{buttons}</div>
      </div>
    </section>
  );
}
