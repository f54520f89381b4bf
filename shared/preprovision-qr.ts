/**
 * The text the pre-provisioning QR code encodes. Windows's payload format is undocumented
 * (provisioning-modes.md §7 gaps; oobe-ui.md §15 says only that it is the device's Autopilot
 * identity, containing `ZtdId`). Ours is compact JSON with exactly two keys, in this order:
 *
 *   {"ZtdId":"<Autopilot device id, lowercase GUID>","SerialNumber":"<Win32_BIOS.SerialNumber>"}
 *
 * Recorded in docs/FIDELITY.md, "Pre-provisioning". A companion app can look the device up in
 * Intune by either value (003:51).
 */
export interface PreprovisionQrIdentity {
  ztdId: string;
  serialNumber: string;
}

export function preprovisionQrPayload(identity: PreprovisionQrIdentity): string {
  return JSON.stringify({ ZtdId: identity.ztdId, SerialNumber: identity.serialNumber });
}

/** Reads a payload back (what a companion app does); null when the text is not one of ours. */
export function parsePreprovisionQrPayload(text: string): PreprovisionQrIdentity | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { ZtdId, SerialNumber } = value as Record<string, unknown>;
    if (typeof ZtdId !== 'string' || typeof SerialNumber !== 'string') return null;
    return { ztdId: ZtdId, serialNumber: SerialNumber };
  } catch {
    return null;
  }
}
