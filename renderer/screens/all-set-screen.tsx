import type { ScreenViewOf } from '../../shared/snapshot';
import { ENROLLMENT_STRINGS } from '../../shared/strings-enrollment';
import { OobeButton } from '../frame/oobe-button';
import { EntraDialog } from './stay-signed-in-screen';

const H = ENROLLMENT_STRINGS.hybrid;

/** "You're all set!" → "Done" (user-driven.md §3 row 15): the same Entra dialog, its last page. */
export function AllSetScreen(_props: { view: ScreenViewOf<'all-set'> }) {
  return (
    <EntraDialog screen="all-set" title={H.allSet} button={<OobeButton control="done" label={H.done} primary />} />
  );
}
