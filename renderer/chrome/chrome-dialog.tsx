import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ChromeDialogProps {
  title: string;
  /** Called for the Close button, Escape, and any other way the browser closes the dialog. */
  onClose: () => void;
  children: ReactNode;
  /** Extra footer controls, left of Close. */
  actions?: ReactNode;
  /** 'alert' for a dialog that reports a problem (role="alertdialog" is not used: it has one button). */
  tone?: 'normal' | 'alert';
  className?: string;
  /** The close button's text (default "Close"; "Cancel" where the dialog asks before acting). */
  closeLabel?: string;
}

/**
 * A modal dialog of the simulator's chrome (never of the device): the browser's own <dialog>
 * opened with showModal(), so focus is trapped, the rest of the page is inert and Escape closes
 * it. Mounted = open; the owner unmounts it from onClose.
 */
export function ChromeDialog({
  title,
  onClose,
  children,
  actions,
  tone = 'normal',
  className,
  closeLabel = 'Close',
}: ChromeDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    // Strict mode mounts effects twice; the dialog stays open across that.
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog
      ref={ref}
      className={['chrome-dialog', tone === 'alert' ? 'chrome-dialog--alert' : '', className ?? ''].join(' ').trim()}
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <h2 id={titleId} className="chrome-dialog__title">
        {title}
      </h2>
      <div className="chrome-dialog__body">{children}</div>
      <div className="chrome-dialog__actions">
        {actions}
        <button type="button" className="chrome-button chrome-button--primary" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
    </dialog>
  );
}
