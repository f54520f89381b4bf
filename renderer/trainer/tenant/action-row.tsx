import { useId, useState } from 'react';

/** One button of an ActionRow: its label, and the change it sends for the row's text (or none). */
export interface RowAction {
  label: string;
  /** Also needs the device's serial number (the row's buttons stay off until the device has one). */
  needsDevice?: boolean;
  onClick: (text: string) => void;
}

/**
 * The tenant panel's one row shape: an optional text field (a UPN, a group name …) and the buttons
 * that act on it. A button stays off while the field it needs is empty.
 */
export function ActionRow({
  field,
  actions,
  hasDevice,
}: {
  field?: { label: string; placeholder: string };
  actions: RowAction[];
  hasDevice: boolean;
}) {
  const id = useId();
  const [text, setText] = useState('');
  return (
    <div className="trainer-row">
      {field ? (
        <>
          <label htmlFor={id}>{field.label}</label>
          <input id={id} value={text} onChange={(e) => setText(e.target.value)} placeholder={field.placeholder} />
        </>
      ) : null}
      {actions.map((a) => (
        <button
          key={a.label}
          type="button"
          className="chrome-button"
          disabled={(field !== undefined && !text) || (a.needsDevice === true && !hasDevice)}
          onClick={() => a.onClick(text)}
        >
          {a.label}
        </button>
      ))}
    </div>
  );
}
