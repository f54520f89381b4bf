import type { ScenarioBodyInput } from '../../shared/scenario/scenario';
import type { ScreenView, ScreenViewOf } from '../../shared/snapshot';
import { driveDevice, viewOf } from '../support/device-driver';
import { MINUTE, PASSWORD, PRESET_LANGUAGE, wiredContoso } from '../support/setups';

/** What only the self-deploying tests need, on the shared device driver. */

export { MINUTE, PASSWORD } from '../support/setups';
export const UPN = 'adele@contoso.com';
export const WINLOGON = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon';

type Profile = NonNullable<NonNullable<ScenarioBodyInput['policies']>['deploymentProfile']>;

/**
 * A wired Contoso device with a Self-Deploying profile that presets language and keyboard, an ESP,
 * one device app and one user app. `more` replaces whole sections (device, tenant, policies …).
 */
export function selfDeployingSetup(
  more: Partial<ScenarioBodyInput> = {},
  profile: Partial<Profile> = {},
): ScenarioBodyInput {
  return wiredContoso(
    5150,
    {
      users: [{ upn: UPN, displayName: 'Adele Vance', password: PASSWORD }],
      policies: {
        deploymentProfile: {
          name: 'Contoso self-deploying',
          deploymentMode: 'self-deploying',
          ...PRESET_LANGUAGE,
          ...profile,
        },
        enrollmentStatusPage: { name: 'Contoso ESP', timeoutMinutes: 60, allowReset: true },
      },
      workload: {
        apps: [
          { id: 'signage', name: 'Contoso Signage', type: 'win32', durationMs: 4 * MINUTE },
          { id: 'expenses', name: 'Contoso Expenses', type: 'lob', context: 'user', durationMs: 2 * MINUTE },
        ],
      },
    },
    more,
  );
}

/** The shared driver plus the Winlogon values the kiosk's automatic sign-in writes. */
export function boot(input: ScenarioBodyInput) {
  const d = driveDevice(input);
  return { ...d, winlogon: (name: string) => d.regValue(WINLOGON, name) };
}

export function espError(view: ScreenView): ScreenViewOf<'esp-error'> {
  return viewOf(view, 'esp-error');
}

/** An ESP item as the error screen shows it, e.g. "Securing your hardware (0x800705b4)". */
export function item(view: ScreenViewOf<'esp' | 'esp-error'>, category: string, id: string) {
  return view.categories.find((c) => c.id === category)!.items.find((i) => i.id === id)!;
}
