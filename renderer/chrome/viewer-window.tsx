import { Dismiss16Regular } from '@fluentui/react-icons';
import { useId, type ReactNode } from 'react';

/**
 * The frame of a window a console command opens over OOBE (Notepad, Event Viewer): a title bar
 * with the program's icon and a close button, and the program's own content below.
 */
export function ViewerWindow({
  title,
  icon,
  className,
  offset,
  onClose,
  children,
}: {
  title: string;
  icon: ReactNode;
  className: string;
  offset: number;
  onClose: () => void;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <section
      className={`viewer ${className}`}
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      style={offset ? { transform: `translate(${offset * 24}px, ${offset * 24}px)` } : undefined}
    >
      <header className="viewer__bar">
        <span className="viewer__icon" aria-hidden="true">
          {icon}
        </span>
        <span id={titleId} className="viewer__title">
          {title}
        </span>
        <button type="button" className="viewer__close" aria-label={`Close ${title}`} title="Close" onClick={onClose}>
          <Dismiss16Regular />
        </button>
      </header>
      {children}
    </section>
  );
}
