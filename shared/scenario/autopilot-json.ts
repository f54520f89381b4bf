import { z } from 'zod';

/**
 * `AutopilotConfigurationFile.json`, the Autopilot profile that Windows Autopilot deployment for
 * existing devices copies into the new Windows (provisioning-modes.md §3.2). The scenario says how
 * the file was saved (name, encoding) and what it holds, either as an object or as the raw text.
 * Windows reads it only when all of these hold: exact name, ASCII or ANSI encoding, valid JSON,
 * every required key with the right type (001:11691–11701, 001:11731, 001:11743–11747).
 */

/** The only name OOBE looks for (001:11731). */
export const AUTOPILOT_JSON_FILE_NAME = 'AutopilotConfigurationFile.json';

/**
 * What the file was saved as: `Set-Content -Encoding ASCII` or Notepad's "ANSI" work; `Out-File`'s
 * default ("unicode", UTF-16 LE) and UTF-8, with or without a byte-order mark, are ignored (001:11727–11747).
 */
export const JSON_ENCODINGS = ['ascii', 'ansi', 'utf-8', 'utf-8-bom', 'unicode'] as const;
export type JsonEncoding = (typeof JSON_ENCODINGS)[number];

export const autopilotJsonFileSchema = z
  .object({
    /** The file name the task sequence package carries. Anything but "AutopilotConfigurationFile.json" is ignored. */
    fileName: z.string().min(1).default(AUTOPILOT_JSON_FILE_NAME),
    /** The encoding it was saved with: only "ascii" and "ansi" are read by Windows. */
    encoding: z.enum(JSON_ENCODINGS).default('ascii'),
    /** The file's content: the JSON object, or its raw text (to carry a file that is not valid JSON). */
    content: z.union([z.record(z.string(), z.unknown()), z.string()]),
    /**
     * Set to true when the scenario deliberately carries a file Windows ignores (a trainer scenario
     * for provisioning-modes.md §6 rows 32–33). `oobe-sim validate` then prints each reason as a
     * "note" instead of rejecting the scenario; it rejects the flag on a file Windows would read.
     */
    expectIgnoredByWindows: z.boolean().default(false),
  })
  .strict();
export type AutopilotJsonFile = z.infer<typeof autopilotJsonFileSchema>;

/** The profile as Windows reads it from a valid file (the property table, 001:11691–11701). */
export interface AutopilotJsonProfile {
  version: number | null;
  tenantId: string;
  tenantDomain: string;
  /** Bitmap: 1 SkipCortanaOptIn, 2 OobeUserNotLocalAdmin, 4 SkipExpressSettings, 8 SkipOemRegistration, 16 SkipEula. */
  oobeConfig: number;
  /** 0 Microsoft Entra joined, 1 Microsoft Entra hybrid joined. */
  domainJoinMethod: 0 | 1;
  forcedEnrollment: 0 | 1;
  ztdCorrelationId: string;
  aadServerData: string;
  deviceName: string | null;
}

/** A reason Windows would ignore the file, at a path inside the file's scenario entry. */
export interface JsonFileProblem {
  path: (string | number)[];
  message: string;
}

/** CloudAssignedOobeConfig bits (001:11694). */
export const OOBE_CONFIG_BITS = {
  SkipCortanaOptIn: 1,
  OobeUserNotLocalAdmin: 2,
  SkipExpressSettings: 4,
  SkipOemRegistration: 8,
  SkipEula: 16,
} as const;

/**
 * Bits that WindowsAutopilotIntune's ConvertTo-AutopilotConfigurationJSON adds for a self-deploying
 * ("shared" device usage) profile (32 + 64; outside the seeds, docs/FIDELITY.md "Existing devices"):
 * such a profile needs TPM attestation and an Autopilot device object (001:8968).
 */
export const SELF_DEPLOYING_OOBE_BITS = 32 | 64;

/** A GUID as the property table wants it: 8-4-4-4-12 hex digits, no braces (001:11692, 001:11697). */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const REQUIRED_KEYS = [
  'CloudAssignedTenantId',
  'CloudAssignedTenantDomain',
  'CloudAssignedOobeConfig',
  'CloudAssignedDomainJoinMethod',
  'CloudAssignedForcedEnrollment',
  'ZtdCorrelationId',
  'CloudAssignedAadServerData',
] as const;

type Read = { ok: true; profile: AutopilotJsonProfile } | { ok: false; problems: JsonFileProblem[] };

/** The content as an object, or the reason it is not one (raw text that is not a JSON object). */
function contentObject(
  content: AutopilotJsonFile['content'],
): { value: Record<string, unknown> } | { problem: string } {
  if (typeof content !== 'string') return { value: content };
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (error) {
    // One line whatever the engine quotes: newer V8 messages echo the bad text, newlines included.
    const reason = (error as Error).message.replace(/\s+/g, ' ');
    return { problem: `not valid JSON (${reason}): Windows cannot read the profile` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return { problem: 'the JSON is not an object: Windows cannot read the profile' };
  return { value: parsed as Record<string, unknown> };
}

function isFlag(v: unknown): v is 0 | 1 {
  return v === 0 || v === 1;
}

/** Checks the keys and types of the property table; every problem is reported, not only the first. */
function readKeys(json: Record<string, unknown>): Read {
  const problems: JsonFileProblem[] = [];
  const at = (key: string, message: string) => problems.push({ path: ['content', key], message });
  for (const key of REQUIRED_KEYS)
    if (!Object.hasOwn(json, key))
      at(key, `required key "${key}" is missing (001:11691–11701): Windows ignores the file`);
  const v = (key: string) => json[key];
  const guid = (key: string) => {
    const value = v(key);
    if (value === undefined) return;
    if (typeof value !== 'string' || !GUID.test(value))
      at(key, `${JSON.stringify(value)} is not a GUID without braces (e.g. "1537de22-988c-4e93-b8a5-83890f34a69b")`);
  };
  guid('CloudAssignedTenantId');
  guid('ZtdCorrelationId');
  const domain = v('CloudAssignedTenantDomain');
  if (domain !== undefined && (typeof domain !== 'string' || domain.length === 0))
    at('CloudAssignedTenantDomain', 'must be the tenant name, e.g. "contoso.onmicrosoft.com"');
  const oobe = v('CloudAssignedOobeConfig');
  if (oobe !== undefined && !(typeof oobe === 'number' && Number.isInteger(oobe) && oobe >= 0))
    at('CloudAssignedOobeConfig', 'must be a number (the OOBE settings bitmap)');
  for (const key of ['CloudAssignedDomainJoinMethod', 'CloudAssignedForcedEnrollment'] as const) {
    const value = v(key);
    if (value !== undefined && !isFlag(value)) at(key, `must be the number 0 or 1, not ${JSON.stringify(value)}`);
  }
  const aad = v('CloudAssignedAadServerData');
  if (aad !== undefined && (typeof aad !== 'string' || !aad.includes('ZeroTouchConfig'))) {
    at('CloudAssignedAadServerData', 'must be the encoded JSON string holding "ZeroTouchConfig" (the branding data)');
  }
  const version = v('Version');
  if (version !== undefined && typeof version !== 'number') at('Version', 'must be a number');
  const name = v('CloudAssignedDeviceName');
  if (name !== undefined && (typeof name !== 'string' || name.length === 0))
    at('CloudAssignedDeviceName', 'must be a device name or naming pattern');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    profile: {
      version: typeof version === 'number' ? version : null,
      tenantId: v('CloudAssignedTenantId') as string,
      tenantDomain: domain as string,
      oobeConfig: oobe as number,
      domainJoinMethod: v('CloudAssignedDomainJoinMethod') as 0 | 1,
      forcedEnrollment: v('CloudAssignedForcedEnrollment') as 0 | 1,
      ztdCorrelationId: v('ZtdCorrelationId') as string,
      aadServerData: aad as string,
      deviceName: typeof name === 'string' ? name : null,
    },
  };
}

/**
 * Reads the file the way OOBE does: the exact name, an ASCII/ANSI encoding, then the content.
 * Either the profile Windows applies, or every reason it ignores the file.
 */
export function readAutopilotJson(file: AutopilotJsonFile): Read {
  const problems: JsonFileProblem[] = [];
  if (file.fileName !== AUTOPILOT_JSON_FILE_NAME) {
    problems.push({
      path: ['fileName'],
      message: `"${file.fileName}" is not named exactly "${AUTOPILOT_JSON_FILE_NAME}": OOBE ignores the file (001:11743–11747)`,
    });
  }
  if (file.encoding !== 'ascii' && file.encoding !== 'ansi') {
    problems.push({
      path: ['encoding'],
      message: `saved as ${file.encoding}: OOBE reads only ASCII or ANSI files and ignores Unicode and UTF-8 ones (001:11731, 001:11743)`,
    });
  }
  // Read what the saved file holds (ASCII may have replaced characters), not what the author typed.
  const content = contentObject(file.encoding === 'ascii' ? autopilotJsonSavedText(file) : file.content);
  if ('problem' in content) problems.push({ path: ['content'], message: content.problem });
  else {
    const keys = readKeys(content.value);
    if (!keys.ok) problems.push(...keys.problems);
    else if (problems.length === 0) return keys;
  }
  return { ok: false, problems };
}

/** The file's text as written (raw text, or the object pretty-printed), before it is saved in its encoding. */
export function autopilotJsonText(file: AutopilotJsonFile): string {
  return typeof file.content === 'string' ? file.content : `${JSON.stringify(file.content, null, 4)}\r\n`;
}

/**
 * What the saved file holds: saving as ASCII turns every character outside ASCII into "?" (as
 * `Set-Content -Encoding ASCII` does), so a non-ASCII value arrives changed. The other encodings keep the text.
 */
export function autopilotJsonSavedText(file: AutopilotJsonFile): string {
  const text = autopilotJsonText(file);
  return file.encoding === 'ascii' ? text.replace(/[\u0080-\u{10FFFF}]/gu, '?') : text;
}
