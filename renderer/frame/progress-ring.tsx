interface ProgressRingProps {
  /** The bold status line under the ring. */
  status: string;
  /** An optional smaller line under the status. */
  detail?: string;
  /** Light ring for dark screens (boot). */
  onDark?: boolean;
}

/**
 * The OOBE's indeterminate spinning ring with its status line (oobe-ui.md §1). Never a filling
 * ring: any percentage belongs in the text.
 */
export function ProgressRing({ status, detail, onDark = false }: ProgressRingProps) {
  return (
    <div className={onDark ? 'progress progress--on-dark' : 'progress'} role="status">
      <svg className="progress__ring" viewBox="0 0 56 56" aria-hidden="true">
        <circle className="progress__arc" cx="28" cy="28" r="24" />
      </svg>
      {status ? <p className="progress__status">{status}</p> : null}
      {detail ? <p className="progress__detail">{detail}</p> : null}
    </div>
  );
}

/** A page whose whole right half is a centred progress ring (profile retrieval, updates). */
export function ProgressPage(props: ProgressRingProps) {
  return (
    <div className="oobe-progress-page">
      <ProgressRing {...props} />
    </div>
  );
}
