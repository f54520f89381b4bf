/**
 * The self-deploying kiosk after its automatic sign-in (provisioning-modes.md §2.4 step 6): the
 * local account KioskUser0 and the kiosk profile's one app, full screen (assigned access). The
 * screen takes no input: a kiosk has no Start menu, taskbar or sign-out in this simulator.
 */
export interface KioskView {
  id: 'kiosk';
  /** The local account signed in: "KioskUser0" (001:2558). */
  account: string;
  /** How it signed in: automatically, or by hand with the documented workaround (001:3179). */
  signedIn: 'autologon' | 'manual';
  /** The kiosk profile's app: Kiosk Browser, a Microsoft Store app or Microsoft Edge (001:11152). */
  app: { type: 'kiosk-browser' | 'store-app' | 'edge'; name: string; url: string | null };
  /** The tenant's name, for the app's own start page (our art, not Windows's). */
  organizationName: string;
  computerName: string;
}
