import { describe, expect, it } from 'vitest';
import { captionFor, waitCaption, waitSpanName } from '../../electron/cli/record/captions';

describe('guide captions', () => {
  it('names a wait on the ESP by the category at work, as the docs do', () => {
    expect(waitSpanName('esp', 'device-setup', 'Setting up for work or school')).toBe('ESP Device setup');
    expect(waitSpanName('esp', 'account-setup', 'Setting up for work or school')).toBe('ESP Account setup');
    expect(waitSpanName('esp', null, 'Setting up for work or school')).toBe('Setting up for work or school');
    expect(waitSpanName('powered-off', null, 'powered-off')).toBe('The device is off');
    expect(waitSpanName('boot', null, 'boot')).toBe('Starting up');
    expect(waitSpanName('updates', null, 'Checking for updates')).toBe('Checking for updates');
  });

  it('merges neighbouring spans of one name and leaves short ones out when long ones exist', () => {
    const caption = waitCaption([
      { heading: 'ESP Device preparation', ms: 4 * 60_000 },
      { heading: 'ESP Device setup', ms: 12 * 60_000 },
      { heading: 'Starting up', ms: 20_000 },
      { heading: 'ESP Device setup', ms: 11 * 60_000 },
    ]);
    expect(caption).toBe('ESP Device preparation: 4 minutes; ESP Device setup: 23 minutes');
    expect(
      waitCaption([
        { heading: 'ESP Device setup', ms: 12 * 60_000 },
        { heading: 'ESP Device setup', ms: 11 * 60_000 },
        { heading: 'Starting up', ms: 20_000 },
      ]),
    ).toBe('ESP Device setup: 23 minutes');
    expect(waitCaption([{ heading: 'Starting up', ms: 20_000 }])).toBe('Starting up: 20 seconds');
  });

  it('words a masked box by its label, never by what was typed', () => {
    const typed = { atMs: 0, type: { field: 'password', text: 'Secret#1' } } as const;
    expect(captionFor([{ input: typed, label: { label: 'Password', secret: true } }])).toBe(
      'Enter the password in **Password**',
    );
    expect(captionFor([{ input: typed, label: { label: 'Enter password', secret: true } }])).toBe('Enter password');
    expect(captionFor([{ input: typed, label: { label: null, secret: true } }])).toBe('Enter the password');
    const user = { atMs: 0, type: { field: 'username', text: 'alex@contoso.com' } } as const;
    expect(captionFor([{ input: user, label: { label: 'Email, phone, or Skype' } }])).toBe(
      'Enter **alex@contoso.com** in **Email, phone, or Skype**',
    );
  });

  it('says what a trainer did to the device rather than "Wait" for an armed or disarmed fault', () => {
    const none = { label: null };
    const arm = { atMs: 0, arm: { fault: { kind: 'network.cable', connected: false }, atMs: 90_000 } } as const;
    expect(captionFor([{ input: arm, label: none }])).toBe('The trainer arms a fault for later');
    expect(captionFor([{ input: { atMs: 0, disarm: 1 }, label: none }])).toBe('The trainer takes back an armed fault');
  });
});
