/** The local-account pages' state (lost when the page is left; the account itself is kept in `DeviceState.localAccount`). */
export interface LocalAccountPage {
  id: 'local-account';
  stage: 'name' | 'password' | 'confirm';
  name: string;
  password: string;
  confirm: string;
  error: string | null;
}

/** The local account created at OOBE: Windows keeps it on disk, so it survives restarts. */
export interface LocalAccountRecord {
  name: string;
  sid: string;
  /** Whether the account has a password (the password itself is not kept in the simulator's state). */
  hasPassword: boolean;
}
