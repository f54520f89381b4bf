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
