import { useId, type ReactNode } from 'react';
import type { ScreenId } from '../../../shared/screen-ids';

interface Win10PageProps {
  screen: ScreenId;
  title: string;
  subtitle?: ReactNode;
  children?: ReactNode;
  /** Bottom-left hyperlinks. */
  links?: ReactNode;
  /** Bottom-right buttons. */
  buttons?: ReactNode;
}

/**
 * A Windows 10 OOBE page (oobe-ui.md §1, "InclusiveBlue"): full-screen dark blue, white text,
 * title top-left, links bottom-left and buttons bottom-right. No card and no illustration.
 */
export function Win10Page({ screen, title, subtitle, children, links, buttons }: Win10PageProps) {
  const titleId = useId();
  return (
    <section className="pp-win10" data-screen={screen} aria-labelledby={titleId}>
      <header className="pp-win10__header">
        <h1 id={titleId} className="pp-win10__title">
          {title}
        </h1>
        {subtitle ? <p className="pp-win10__subtitle">{subtitle}</p> : null}
      </header>
      <div className="pp-win10__content">{children}</div>
      <div className="pp-win10__actions">
        <div className="pp-win10__links">{links}</div>
        <div className="pp-win10__buttons">{buttons}</div>
      </div>
    </section>
  );
}
