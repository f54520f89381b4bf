import type { MouseEvent } from 'react';
import { useCommands } from '../state/commands';

interface OobeButtonProps {
  /** The control id the core knows this button by. */
  control: string;
  label: string;
  /** Only where Windows gives the button a longer accessible name than its label. */
  accessibleName?: string;
  primary?: boolean;
  disabled?: boolean;
}

/** A Windows OOBE button: accent-filled when primary, neutral otherwise. Clicks go to the device. */
export function OobeButton({ control, label, accessibleName, primary = false, disabled = false }: OobeButtonProps) {
  const { click } = useCommands();
  return (
    <button
      type="button"
      className={primary ? 'oobe-button oobe-button--primary' : 'oobe-button'}
      aria-label={accessibleName}
      disabled={disabled}
      data-control={control}
      onClick={() => click(control)}
    >
      {label}
    </button>
  );
}

/** A bottom-left OOBE hyperlink (Windows exposes these as hyperlinks, not buttons). */
export function OobeLink({ control, label }: { control: string; label: string }) {
  const { click } = useCommands();
  const onClick = (event: MouseEvent) => {
    event.preventDefault();
    click(control);
  };
  return (
    <a href="#" className="oobe-link" data-control={control} onClick={onClick}>
      {label}
    </a>
  );
}
