import { describe, expect, it } from 'vitest';
import { isWindows, markPlatformFonts } from '../../../renderer/styles/platform-fonts';

/** base.css asks for Segoe UI only where the page is marked Windows (issue 16). */
describe('platform fonts', () => {
  it('knows Windows from the client hints and from the old navigator.platform', () => {
    expect(isWindows({ userAgentData: { platform: 'Windows' } })).toBe(true);
    expect(isWindows({ platform: 'Win32' })).toBe(true);
    expect(isWindows({ userAgentData: { platform: '' }, platform: 'Win32' })).toBe(true);
  });

  it('leaves Linux, macOS and an unknown platform on the bundled font', () => {
    expect(isWindows({ userAgentData: { platform: 'Linux' }, platform: 'Linux x86_64' })).toBe(false);
    expect(isWindows({ userAgentData: { platform: 'macOS' }, platform: 'MacIntel' })).toBe(false);
    expect(isWindows({})).toBe(false);
  });

  it('marks the root element only on Windows', () => {
    const page = () => ({ documentElement: { dataset: {} as DOMStringMap } }) as unknown as Document;
    const windows = page();
    markPlatformFonts(windows, { platform: 'Win32' });
    expect(windows.documentElement.dataset.platform).toBe('windows');
    const linux = page();
    markPlatformFonts(linux, { platform: 'Linux x86_64' });
    expect(linux.documentElement.dataset.platform).toBeUndefined();
  });
});
