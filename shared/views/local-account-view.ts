/**
 * Local-account creation (provisioning-modes.md §1.6: a pre-provisioned device whose technician flow
 * had `wlidsvc` disabled asks for the EULA and a local account instead of the Entra sign-in).
 * Strings: shared/strings-local-oobe.ts ([UNVERIFIED]).
 *
 * Controls the core accepts: `device.type` into "name" (stage 'name'), "password" (stage
 * 'password') or "confirm-password" (stage 'confirm'); `device.click` "next", and "back" on the
 * password and confirm stages. An empty password skips the confirm stage.
 */
export interface LocalAccountView {
  id: 'local-account';
  stage: 'name' | 'password' | 'confirm';
  /** The name typed so far (passwords never travel back to the screen). */
  name: string;
  /** The inline error under the box, or null. */
  error: string | null;
}
