import type { MouseEvent } from 'react';
import { useCommands } from '../../state/commands';

/**
 * The failure page's "Export logs" hyperlink (oobe-ui.md §18, device-preparation.md K1). While an
 * export runs Windows draws it grey and ignores clicks; afterwards it says nothing either way, so
 * the link simply turns blue again.
 */
export function ExportLogsLink({ label, busy }: { label: string; busy: boolean }) {
  const { click } = useCommands();
  const onClick = (event: MouseEvent) => {
    event.preventDefault();
    if (!busy) click('export-logs');
  };
  return (
    <a
      href="#"
      className={busy ? 'oobe-link device-prep__export device-prep__export--busy' : 'oobe-link device-prep__export'}
      aria-disabled={busy || undefined}
      onClick={onClick}
    >
      {label}
    </a>
  );
}
