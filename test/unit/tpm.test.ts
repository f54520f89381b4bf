import { describe, it, expect } from 'vitest';
import { deviceSetupSchema, type DeviceSetupInput } from '../../shared/device-setup';
import { attestationOutcome, tpmManufacturerId, win32Tpm } from '../../electron/core/hardware/tpm';

/** Hardware input as the tests write it (flat); the setup nests it under `device`. */
type HwInput = { seed?: number } & NonNullable<DeviceSetupInput['device']>;
const setup = ({ seed, ...device }: HwInput = {}) => deviceSetupSchema.parse({ seed, device });
const outcome = (input: HwInput, attempt = 1) => {
  const s = setup(input);
  return attestationOutcome(s.device.tpm, s.device.smbios, s.seed, attempt);
};

describe('Win32_Tpm', () => {
  it('encodes the vendor id as Windows does', () => {
    expect(tpmManufacturerId('IFX')).toBe(0x49465800);
    expect(tpmManufacturerId('IFX')).toBe(1229346816);
    expect(tpmManufacturerId('NTC')).toBe(1314145024);
    expect(tpmManufacturerId('INTC')).toBe(1229870147);
    expect(tpmManufacturerId('AMD')).toBe(0x414d4400);
    expect(tpmManufacturerId('STM')).toBe(0x53544d20);
    expect(tpmManufacturerId('ABC')).toBe(0x41424300);
  });

  it('reports a TPM 2.0 with Windows’ property names and values', () => {
    expect(win32Tpm(setup({ tpm: { manufacturerId: 'NTC', manufacturerVersion: '7.2.3.1' } }).device.tpm)).toEqual({
      IsActivated_InitialValue: true,
      IsEnabled_InitialValue: true,
      IsOwned_InitialValue: true,
      ManufacturerId: 1314145024,
      ManufacturerIdTxt: 'NTC',
      ManufacturerVersion: '7.2.3.1',
      ManufacturerVersionFull20: '7.2.3.1',
      ManufacturerVersionInfo: 'NPCT75x ',
      PhysicalPresenceVersionInfo: '1.3',
      SpecVersion: '2.0, 0, 1.59',
    });
  });

  it('reports TPM 1.2 and no TPM', () => {
    const v12 = win32Tpm(setup({ tpm: { presence: '1.2', owned: false } }).device.tpm)!;
    expect(v12.SpecVersion).toBe('1.2, 2, 3');
    expect(v12.ManufacturerVersionFull20).toBe('Not Supported');
    expect(v12.IsOwned_InitialValue).toBe(false);
    expect(win32Tpm(setup({ tpm: { presence: 'absent' } }).device.tpm)).toBeNull();
  });
});

describe('attestationOutcome', () => {
  it('never completes without a TPM 2.0 or on a VM; the caller times out with 0x800705b4', () => {
    for (const input of [
      { tpm: { presence: 'absent' as const } },
      { tpm: { presence: '1.2' as const } },
      { smbios: { virtualMachine: true } },
    ]) {
      const o = outcome(input);
      expect(o.kind).toBe('hang');
      expect(o.ok).toBe(false);
      expect(o.kind === 'hang' && o.timeoutCode).toBe('0x800705b4');
    }
  });

  it('maps each injected fault to its documented code', () => {
    const cases = {
      'max-attestation-retry-exceeded': '0x81039001',
      'kb5013943-missing': '0x81039023',
      'vulnerable-firmware': '0x81039024',
      'amd-ftpm-element-not-found': '0x80070490',
      'attestation-timeout': '0x800705b4',
    } as const;
    for (const [fault, code] of Object.entries(cases)) {
      const o = outcome({ tpm: { fault: fault as keyof typeof cases } });
      expect(o.kind, fault).toBe('error');
      if (o.kind !== 'error') continue;
      expect(o.code).toBe(code);
      expect(o.code).toMatch(/^0x[0-9a-f]{8}$/);
      expect(o.durationMs).toBeGreaterThan(0);
    }
    const infineon = outcome({ tpm: { fault: 'attestation-timeout' } });
    expect(infineon.kind === 'error' && infineon.message).toBe('Something happened, and TPM attestation timed out.');
    const retry = outcome({ tpm: { fault: 'max-attestation-retry-exceeded' } });
    expect(retry.kind === 'error' && retry.message).toBe('E_AUTOPILOT_CLIENT_TPM_MAX_ATTESTATION_RETRY_EXCEEDED');
  });

  it('handles unhealthy TPMs with the closest documented behaviour', () => {
    expect(outcome({ tpm: { ready: false } }).kind).toBe('hang');
    expect(outcome({ tpm: { reducedFunctionalityMode: true } }).kind).toBe('hang');
    const unsupported = outcome({ tpm: { attestationSupported: false } });
    expect(unsupported.kind === 'error' && unsupported.code).toBe('0x801c03ea');
    const noEk = outcome({ tpm: { ekCertificatePresent: false } });
    expect(noEk.kind === 'error' && noEk.code).toBe('0x801c0003');
  });

  it('takes over a minute on a discrete TPM’s first boot and is quick on a retry', () => {
    const first = outcome({ seed: 7, tpm: { manufacturerId: 'IFX' } });
    expect(first.kind).toBe('ok');
    expect(first.kind === 'ok' && first.durationMs).toBeGreaterThanOrEqual(65_000);
    const retry = outcome({ seed: 7, tpm: { manufacturerId: 'IFX' } }, 2);
    expect(retry.kind === 'ok' && retry.durationMs).toBeLessThanOrEqual(20_000);
    const firmware = outcome({ seed: 7, tpm: { manufacturerId: 'INTC' } });
    expect(firmware.kind === 'ok' && firmware.durationMs).toBeLessThanOrEqual(70_000);
  });

  it('is deterministic per seed', () => {
    expect(outcome({ seed: 21 })).toEqual(outcome({ seed: 21 }));
    const durations = new Set(
      [1, 2, 3, 4, 5].map((seed) => {
        const o = outcome({ seed });
        return o.kind === 'ok' ? o.durationMs : -1;
      }),
    );
    expect(durations.size).toBeGreaterThan(1);
  });
});
