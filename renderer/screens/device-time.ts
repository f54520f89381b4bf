/** Windows time zone ids the renderer can map; anything else is drawn in UTC (the device clock is UTC-based). */
const TIME_ZONES: Record<string, string> = {
  UTC: 'UTC',
  'Pacific Standard Time': 'America/Los_Angeles',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'GMT Standard Time': 'Europe/London',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
};

/** The IANA zone for a Windows time zone id (UTC when unknown). */
export function ianaZone(windowsZone: string): string {
  return TIME_ZONES[windowsZone] ?? 'UTC';
}

/**
 * The taskbar's clock as en-US Windows 11 draws it: "3:07 PM" over "12/7/2026" (the device's own
 * clock, never the host's).
 */
export function taskbarClock(iso: string, windowsZone: string): { time: string; date: string; long: string } {
  const date = new Date(iso);
  const timeZone = ianaZone(windowsZone);
  return {
    time: new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone }).format(date),
    date: new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone }).format(
      date,
    ),
    long: new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeZone }).format(date),
  };
}
