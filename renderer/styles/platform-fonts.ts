/** What the page reads to tell Windows from the rest: User-Agent Client Hints, else the old field. */
export interface PlatformHints {
  userAgentData?: { platform?: string };
  platform?: string;
}

/**
 * Marks the page `<html data-platform="windows">` on Windows, the one system that ships Segoe UI,
 * so base.css asks for Segoe UI there and goes straight to the bundled Inter elsewhere. Asking a
 * system for a family it lacks is not free: on Linux each miss is a blocking font lookup per family
 * and weight in the first style and layout pass (issue 16: the two Segoe names cost ~5 ms of the
 * first screen). Runs before the first render, so the first layout already uses the right stack.
 */
export function markPlatformFonts(doc: Document, hints: PlatformHints): void {
  if (isWindows(hints)) doc.documentElement.dataset.platform = 'windows';
}

export function isWindows(hints: PlatformHints): boolean {
  const platform = hints.userAgentData?.platform || hints.platform || '';
  return /^win/i.test(platform);
}
