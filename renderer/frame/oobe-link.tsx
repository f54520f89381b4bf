import type { MouseEvent } from 'react';
import { useCommands } from '../state/commands';

interface OobeLinkProps {
  control: string;
  label: string;
  /** Greyed out and ignoring clicks, yet still a link for assistive technology (announced as disabled). */
  disabled?: boolean;
  /** The page's own class for the link, and the one added while it is disabled. */
  className: string;
  disabledClassName: string;
}

/** An inline OOBE hyperlink that clicks a device control, and that can be disabled. */
export function OobeLink({ control, label, disabled = false, className, disabledClassName }: OobeLinkProps) {
  const { click } = useCommands();
  const onClick = (event: MouseEvent) => {
    event.preventDefault();
    if (!disabled) click(control);
  };
  return (
    <a
      href="#"
      className={disabled ? `oobe-link ${className} ${disabledClassName}` : `oobe-link ${className}`}
      aria-disabled={disabled || undefined}
      data-control={control}
      onClick={onClick}
    >
      {label}
    </a>
  );
}
