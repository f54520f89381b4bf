/**
 * Accessible names the pre-provisioning pages need that no source quotes (screen readers only,
 * never drawn). // [UNVERIFIED]
 */
export const QR_LABEL = 'QR code'; // [UNVERIFIED]
