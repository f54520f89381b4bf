import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { RENDERER_CSP } from '../../../electron/runtime/content-security-policy';

/** The header CSP and the meta CSP must say the same thing, or one silently narrows the other. */
describe('renderer CSP', () => {
  it('matches the meta tag in renderer/index.html, directive for directive', async () => {
    const html = await readFile('renderer/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    const directives = (csp: string) =>
      csp
        .split(';')
        .map((d) => d.trim().replace(/\s+/g, ' '))
        .filter(Boolean)
        .sort();
    expect(directives(RENDERER_CSP)).toEqual(directives(meta ?? ''));
  });
});
