import { OobeLink } from '../../frame/oobe-link';

/**
 * A pre-provisioning page's hyperlink, which can be disabled ("Refresh" while the profile
 * downloads, oobe-ui.md §15).
 */
export function PreprovisionLink({ control, label, disabled }: { control: string; label: string; disabled?: boolean }) {
  return (
    <OobeLink
      control={control}
      label={label}
      disabled={disabled}
      className="pp-link"
      disabledClassName="pp-link--disabled"
    />
  );
}
