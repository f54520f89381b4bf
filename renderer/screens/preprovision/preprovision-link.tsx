import type { MouseEvent } from 'react';
import { useCommands } from '../../state/commands';

interface LinkProps {
  control: string;
  label: string;
  disabled?: boolean;
}

/**
 * An OOBE hyperlink that can be disabled ("Refresh" while the profile downloads, oobe-ui.md §15):
 * it stays a link for assistive technology, announced as disabled, and ignores clicks.
 */
export function PreprovisionLink({ control, label, disabled = false }: LinkProps) {
  const { click } = useCommands();
  const onClick = (event: MouseEvent) => {
    event.preventDefault();
    if (!disabled) click(control);
  };
  return (
    <a
      href="#"
      className={disabled ? 'oobe-link pp-link pp-link--disabled' : 'oobe-link pp-link'}
      aria-disabled={disabled || undefined}
      onClick={onClick}
    >
      {label}
    </a>
  );
}
