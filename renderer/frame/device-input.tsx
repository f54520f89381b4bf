import type { InputHTMLAttributes } from 'react';
import { useCommands } from '../state/commands';

type NativeInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>;

export interface DeviceInputProps extends NativeInputProps {
  /** The device field every keystroke is typed into ("username", "password", "code" …). */
  field: string;
  /** The box's local text (see useFieldText / useSecretText for why it is local). */
  text: string;
  onText: (text: string) => void;
}

/** A text box whose every keystroke also goes to the device, into `field`. */
export function DeviceInput({ field, text, onText, ...input }: DeviceInputProps) {
  const { type } = useCommands();
  return (
    <input
      data-field={field}
      {...input}
      value={text}
      onChange={(event) => {
        onText(event.target.value);
        type(field, event.target.value);
      }}
    />
  );
}

/** The inline error under (or above) a form's boxes, announced as it appears; nothing when there is none. */
export function FieldError({ id, className, error }: { id: string; className: string; error: string | null }) {
  return error ? (
    <p id={id} className={className} role="alert">
      {error}
    </p>
  ) : null;
}
