import { useId, type KeyboardEvent } from 'react';
import { DeviceInput, FieldError, type DeviceInputProps } from './device-input';

interface OobeTextFieldProps extends Omit<DeviceInputProps, 'aria-invalid' | 'aria-describedby' | 'onKeyDown'> {
  /** The device's inline error for this box, shown under it and linked to it; null when none. */
  error: string | null;
  /** Ids of other text that describes the box (the error's id is added after them). */
  describedBy?: string;
  /** What Enter in the box does (the page's primary button). */
  onEnter: () => void;
}

/**
 * An OOBE page's text box (Fluent input) with the device's inline error under it: the box is
 * marked invalid and described by the error while there is one.
 */
export function OobeTextField({ error, describedBy, onEnter, className, ...input }: OobeTextFieldProps) {
  const errorId = useId();
  const ids = [describedBy, error ? errorId : undefined].filter(Boolean).join(' ');
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') onEnter();
  };
  return (
    <>
      <DeviceInput
        {...input}
        className={className ? `oobe-input ${className}` : 'oobe-input'}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids || undefined}
        onKeyDown={onKeyDown}
      />
      <FieldError id={errorId} className="oobe-error" error={error} />
    </>
  );
}
