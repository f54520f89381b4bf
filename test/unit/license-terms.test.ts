import { describe, expect, it } from 'vitest';
import { driveDevice } from '../support/device-driver';
import { MEGAN, PRESET_LANGUAGE, wiredContoso } from '../support/setups';

/**
 * "Microsoft Software License Terms" (user-driven.md §6.1): the License Agreement page comes after
 * the update check and before the company sign-in (oobe-ui.md §2 row 13, §10) unless the profile
 * hides it; "Accept" is remembered across restarts.
 */
function device(licenseTerms: 'show' | 'hide') {
  return driveDevice(
    wiredContoso(7310, {
      users: [MEGAN],
      policies: { deploymentProfile: { name: 'Contoso', licenseTerms, ...PRESET_LANGUAGE } },
    }),
  );
}

describe('License Agreement', () => {
  it('shows before the sign-in page when the profile shows the licence terms', () => {
    const d = device('show');
    d.until('license-agreement');
    expect(d.screenIds).not.toContain('branding-signin');
    expect(d.as('license-agreement').title).toBe('Please review the License Agreement');
    d.click('accept');
    d.until('branding-signin');
    expect(d.timeline).toContain('License Agreement accepted');
  });

  it('is skipped when the profile hides the licence terms', () => {
    const d = device('hide');
    d.until('branding-signin');
    expect(d.screenIds).not.toContain('license-agreement');
  });

  it('is not asked again after a restart once accepted', () => {
    const d = device('show');
    d.until('license-agreement');
    d.click('accept');
    d.until('branding-signin');
    d.device.execute('device.power', { action: 'restart' });
    d.until('branding-signin');
    expect(d.screenIds.filter((id) => id === 'license-agreement')).toHaveLength(1);
  });
});
