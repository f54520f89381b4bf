/** Documented TPM attestation failures a scenario's TPM can produce (spec/errors.md C-rows). No zod here: the renderer imports it. */
export const TPM_FAULTS = [
  'none',
  'attestation-timeout',
  'max-attestation-retry-exceeded',
  'kb5013943-missing',
  'vulnerable-firmware',
  'amd-ftpm-element-not-found',
] as const;
export type TpmFault = (typeof TPM_FAULTS)[number];
