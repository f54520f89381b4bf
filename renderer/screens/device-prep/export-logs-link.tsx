import { OobeLink } from '../../frame/oobe-link';

/**
 * The failure page's "Export logs" hyperlink (oobe-ui.md §18, device-preparation.md K1). While an
 * export runs Windows draws it grey and ignores clicks; afterwards it says nothing either way, so
 * the link simply turns blue again.
 */
export function ExportLogsLink({ label, busy }: { label: string; busy: boolean }) {
  return (
    <OobeLink
      control="export-logs"
      label={label}
      disabled={busy}
      className="device-prep__export"
      disabledClassName="device-prep__export--busy"
    />
  );
}
