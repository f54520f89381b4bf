import type { DeviceSetup } from '../../../shared/device-setup';
import { Rng } from '../rng';

type TpmSetup = DeviceSetup['device']['tpm'];
type SmbiosSetup = DeviceSetup['device']['smbios'];

/** The WMI namespace of the Win32_Tpm class. */
export const TPM_NAMESPACE = 'root\\CIMV2\\Security\\MicrosoftTpm';

/** Win32_Tpm, property for property as `Get-CimInstance -Namespace root/cimv2/Security/MicrosoftTpm -ClassName Win32_Tpm` lists it. */
export interface Win32Tpm {
  IsActivated_InitialValue: boolean;
  IsEnabled_InitialValue: boolean;
  IsOwned_InitialValue: boolean;
  ManufacturerId: number;
  ManufacturerIdTxt: string;
  ManufacturerVersion: string;
  ManufacturerVersionFull20: string;
  ManufacturerVersionInfo: string;
  PhysicalPresenceVersionInfo: string;
  SpecVersion: string;
}

/**
 * TCG vendor ids (tpm2-tools' vendor table). ST's is space-padded ("STM "), so it can't be
 * computed from the three letters; the others are the ASCII letters NUL-padded to four bytes.
 */
const KNOWN_VENDOR_IDS: Readonly<Record<string, number>> = {
  IFX: 0x49465800,
  INTC: 0x494e5443,
  AMD: 0x414d4400,
  NTC: 0x4e544300,
  STM: 0x53544d20,
  MSFT: 0x4d534654,
  QCOM: 0x51434f4d,
};

/** Win32_Tpm.ManufacturerId: the vendor's four ASCII bytes read big-endian, e.g. 'IFX' -> 1229346816. */
export function tpmManufacturerId(idTxt: string): number {
  const known = KNOWN_VENDOR_IDS[idTxt.trim().toUpperCase()];
  if (known !== undefined) return known;
  let n = 0;
  for (let i = 0; i < 4; i += 1) n = n * 256 + (idTxt.charCodeAt(i) & 0xff);
  return n;
}

/**
 * Win32_Tpm.ManufacturerVersionInfo: the chip's model string. NTC's `NPCT75x ` (trailing space
 * included) is from a published capture; SLB9672 is the Infineon chip the Autopilot known issues
 * name. The rest are [UNVERIFIED] placeholders until a capture is found.
 */
const VERSION_INFO: Readonly<Record<string, string>> = {
  IFX: 'SLB9672',
  NTC: 'NPCT75x ',
  STM: 'ST33TPHF2ESPI',
  INTC: 'Intel',
  AMD: 'AMD',
  MSFT: 'Microsoft',
  QCOM: 'Qualcomm',
};

/** The TPM's WMI view, or null when there is no TPM (the class then returns no instance). */
export function win32Tpm(tpm: TpmSetup): Win32Tpm | null {
  if (tpm.presence === 'absent') return null;
  const is20 = tpm.presence === '2.0';
  return {
    IsActivated_InitialValue: true,
    IsEnabled_InitialValue: true,
    IsOwned_InitialValue: tpm.owned,
    ManufacturerId: tpmManufacturerId(tpm.manufacturerId),
    ManufacturerIdTxt: tpm.manufacturerId,
    ManufacturerVersion: tpm.manufacturerVersion,
    ManufacturerVersionFull20: is20 ? tpm.manufacturerVersion : 'Not Supported',
    ManufacturerVersionInfo: VERSION_INFO[tpm.manufacturerId.toUpperCase()] ?? tpm.manufacturerId,
    PhysicalPresenceVersionInfo: '1.3',
    SpecVersion: is20 ? '2.0, 0, 1.59' : '1.2, 2, 3',
  };
}

/**
 * What TPM attestation ("Securing your hardware") does on this device:
 * - `ok`: attestation completes after `durationMs`;
 * - `error`: it fails after `durationMs` with `code` (HRESULT as Windows shows it: 0x + 8 lowercase hex);
 * - `hang`: it never completes; the caller's timeout ends it and shows `timeoutCode`.
 */
export type AttestationOutcome =
  | { kind: 'ok'; ok: true; durationMs: number }
  | { kind: 'error'; ok: false; code: string; message: string; durationMs: number }
  | { kind: 'hang'; ok: false; reason: string; timeoutCode: string };

/** ERROR_TIMEOUT: what self-deploying shows when attestation can't happen (errors.md C1). */
const TIMEOUT_CODE = '0x800705b4';

/** Firmware TPMs live in the CPU; discrete chips are slower at generating keys. */
const FIRMWARE_TPMS = new Set(['INTC', 'AMD', 'QCOM', 'MSFT']);

const FAULT_ERRORS = {
  'attestation-timeout': {
    // The Infineon SLB9672 known issue gives only this text; 0x800705b4 (ERROR_TIMEOUT) is the
    // code "Securing your hardware (Failed: …)" shows for a timed-out attestation. [INF]
    code: TIMEOUT_CODE,
    message: 'Something happened, and TPM attestation timed out.',
  },
  'max-attestation-retry-exceeded': {
    code: '0x81039001',
    message: 'E_AUTOPILOT_CLIENT_TPM_MAX_ATTESTATION_RETRY_EXCEEDED',
  },
  'kb5013943-missing': {
    code: '0x81039023',
    message: 'TPM attestation failed: this Windows 11 build needs KB5013943 (May 2022) or later.',
  },
  'vulnerable-firmware': {
    code: '0x81039024',
    message: 'TPM attestation failed: the TPM firmware has known vulnerabilities. Update the TPM firmware.',
  },
  'amd-ftpm-element-not-found': {
    code: '0x80070490',
    message: 'TPM attestation failed on the AMD firmware TPM (Element not found).',
  },
} as const;

/** Milliseconds in [minS, maxS] seconds from the stream. */
function between(rng: Rng, minS: number, maxS: number): number {
  return minS * 1000 + rng.int((maxS - minS) * 1000 + 1);
}

/**
 * Decides attestation for a TPM. `attempt` (1 = first boot) gives each retry its own stream:
 * the first provisioning generates keys and can take more than a minute (device-model.md §2),
 * later attempts are quick. A fault stays until the scenario clears it; a retry of an
 * intermittent fault passing is the scenario's decision, not this function's.
 */
export function attestationOutcome(tpm: TpmSetup, smbios: SmbiosSetup, seed: number, attempt = 1): AttestationOutcome {
  // No TPM 2.0, or a VM (Hyper-V vTPM included): attestation never completes and self-deploying
  // fails on its timeout with 0x800705b4 (errors.md C1).
  if (tpm.presence === 'absent') return hang('No TPM is present.');
  if (tpm.presence === '1.2') return hang('TPM 1.2 does not support attestation for Autopilot; TPM 2.0 is required.');
  if (smbios.virtualMachine) return hang('Virtual machines are not supported, even with a virtual TPM.');

  const rng = Rng.derive(seed, `tpm.attestation:${attempt}`);
  if (tpm.fault !== 'none') {
    const { code, message } = FAULT_ERRORS[tpm.fault];
    const durationMs =
      tpm.fault === 'attestation-timeout'
        ? between(rng, 180, 300) // waits for the service before giving up [INF]
        : tpm.fault === 'max-attestation-retry-exceeded'
          ? between(rng, 60, 120) // three configure attempts ("attempt 3 of 3") before failing
          : between(rng, 15, 45);
    return { kind: 'error', ok: false, code, message, durationMs };
  }
  // A TPM that is not ready or is in reduced functionality mode can't create the attestation
  // identity key, so attestation waits on it like a missing TPM; the docs only say the TPM must
  // be "enabled, healthy and not in Reduced Functionality Mode" (device-model.md §2). [INF]
  if (tpm.reducedFunctionalityMode) return hang('The TPM is in reduced functionality mode.');
  if (!tpm.ready) return hang('The TPM is not ready for attestation.');
  // No attestation capability: the device token join fails with 0x801c03ea, the code documented
  // for "TPM 2.0-capable but not upgraded to 2.0" attestation failures (external-facts.md §7).
  if (!tpm.attestationSupported) {
    return {
      kind: 'error',
      ok: false,
      code: '0x801c03ea',
      message: 'TPM attestation failed, so the Microsoft Entra join with a device token failed.',
      durationMs: between(rng, 10, 30),
    };
  }
  // No EK certificate: 0x801c0003 is documented for self-deploying/pre-provisioning when the
  // TPM is not 2.0 or the EK certificate is missing (external-facts.md §7, ESPTS20).
  if (!tpm.ekCertificatePresent) {
    return {
      kind: 'error',
      ok: false,
      code: '0x801c0003',
      message: 'The TPM has no endorsement key certificate, so the device could not be authorized.',
      durationMs: between(rng, 20, 60),
    };
  }
  const firmware = FIRMWARE_TPMS.has(tpm.manufacturerId.toUpperCase());
  const durationMs = attempt > 1 ? between(rng, 8, 20) : firmware ? between(rng, 25, 70) : between(rng, 65, 110);
  return { kind: 'ok', ok: true, durationMs };
}

function hang(reason: string): AttestationOutcome {
  return { kind: 'hang', ok: false, reason, timeoutCode: TIMEOUT_CODE };
}
