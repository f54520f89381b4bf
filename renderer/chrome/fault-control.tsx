import { useId, type ReactNode } from 'react';

/**
 * One row of controls in the fault panel, a group named by its label; or, with `htmlFor`, the label
 * of the row's select or text box (one name, so a search by label finds one element).
 */
export function Control({
  label,
  htmlFor,
  status,
  children,
}: {
  label: string;
  htmlFor?: string;
  status?: ReactNode;
  children: ReactNode;
}) {
  const labelId = useId();
  return (
    <div className="fault-control" role={htmlFor ? undefined : 'group'} aria-labelledby={htmlFor ? undefined : labelId}>
      <div className="fault-control__head">
        {htmlFor ? (
          <label htmlFor={htmlFor} className="fault-control__label">
            {label}
          </label>
        ) : (
          <span id={labelId} className="fault-control__label">
            {label}
          </span>
        )}
        {status !== undefined ? <span className="fault-control__status">{status}</span> : null}
      </div>
      <div className="fault-control__buttons">{children}</div>
    </div>
  );
}

/** A fault panel button: one look, and disabled while the device can't take the fault. */
export function FaultButton({
  disabled,
  onClick,
  children,
}: {
  disabled: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button type="button" className="chrome-button" disabled={disabled} onClick={onClick}>
      {children}
    </button>
  );
}

/** A fault panel choice list (the row's label names it through `id`). */
export function FaultSelect<T extends string>({
  id,
  value,
  options,
  labelOf = (option) => option,
  onChange,
}: {
  id: string;
  value: T;
  options: readonly T[];
  labelOf?: (option: NoInfer<T>) => string;
  onChange: (value: NoInfer<T>) => void;
}) {
  return (
    <select
      id={id}
      className="chrome-select"
      value={value}
      title={labelOf(value) === value ? undefined : value}
      onChange={(event) => onChange(event.target.value as T)}
    >
      {options.map((option) => (
        // The label is what a trainer reads; the id (what a scenario file calls it) is only the tooltip.
        <option key={option} value={option} title={labelOf(option) === option ? undefined : option}>
          {labelOf(option)}
        </option>
      ))}
    </select>
  );
}
