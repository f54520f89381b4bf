/**
 * A manufacturer-neutral boot mark for the firmware screen: our own abstract ring, no vendor or
 * Windows logo.
 */
export function BootMark() {
  return (
    <svg className="boot-mark" viewBox="0 0 120 120" aria-hidden="true">
      <circle cx="60" cy="60" r="44" fill="none" stroke="currentColor" strokeWidth="10" strokeDasharray="236 40" />
      <circle cx="60" cy="60" r="14" fill="currentColor" />
    </svg>
  );
}
