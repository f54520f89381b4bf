import { AUTOPILOT_JSON_FILE_NAME, autopilotJsonSavedText } from '../../../shared/scenario/autopilot-json';
import type { ExistingDeviceSetup } from '../../../shared/scenario/existing-device';
import { timeline, type Ctx } from '../context';
import { writeBaselineRegistry } from '../os/baseline-registry';
import { addDrive, createFileSystem, deletePath, writeFile } from '../os/file-system';
import { createRegistry } from '../os/registry';
import type { ExistingDeviceState } from './existing-device-state';
import { AUTOPILOT_JSON_FOLDER, sysprepCommandLine, type StepEffect } from './task-sequence-plan';

const UNATTEND = 'C:\\Windows\\Panther\\unattend.xml';

/** The unattend.xml the Apply Operating System step writes (its content is ours: the docs show none). */
const UNATTEND_XML = [
  '<?xml version="1.0" encoding="utf-8"?>',
  '<unattend xmlns="urn:schemas-microsoft-com:unattend">',
  '  <!-- Written by the task sequence (Apply Operating System / Apply Windows Settings). -->',
  '</unattend>',
  '',
].join('\r\n');

/** A fresh disk: the partition step wipes the old Windows, its registry and its files. */
function wipeDisk(ctx: Ctx): void {
  const { state } = ctx;
  const fs = createFileSystem(state.clock.now);
  state.setup.device.usbDrives.forEach((_, i) => addDrive(fs, String.fromCharCode(68 + i), state.clock.now));
  state.fs = fs;
  state.registry = createRegistry();
}

/** Applies what a finished step did to the device (provisioning-modes.md §3.5, the 15-step run). */
export function applyStepEffect(
  ctx: Ctx,
  effect: StepEffect,
  ed: ExistingDeviceState,
  setup: ExistingDeviceSetup,
): void {
  const { state } = ctx;
  const now = state.clock.now;
  switch (effect) {
    case 'restart-in-winpe':
      timeline(ctx, 'power', 'Task sequence content downloaded; restarting into Windows PE');
      return;
    case 'partition':
      wipeDisk(ctx);
      timeline(ctx, 'update', 'Disk 0 formatted and partitioned: the old Windows is gone');
      return;
    case 'apply-os':
      // The new Windows is an image: the registry an installed image holds, and unattend.xml for its first boot.
      writeBaselineRegistry(state.registry, state.setup, state.identity, state.computerName);
      writeFile(state.fs, UNATTEND, UNATTEND_XML, now);
      timeline(
        ctx,
        'update',
        `Windows ${state.setup.windows.version} ${state.setup.windows.edition} applied; unattend.xml created`,
      );
      return;
    case 'apply-settings':
      return;
    case 'place-json': {
      const file = setup.autopilotJson;
      const path = `${AUTOPILOT_JSON_FOLDER}\\${file.fileName}`;
      writeFile(state.fs, path, autopilotJsonSavedText(file), now);
      ed.placedJson = { path, encoding: file.encoding };
      timeline(ctx, 'update', `${file.fileName} (${file.encoding}) copied into the offline Windows at ${path}`);
      return;
    }
    case 'first-boot':
      timeline(
        ctx,
        'power',
        'First boot of the new Windows: Setup processes unattend.xml and ignores the Autopilot JSON',
      );
      return;
    case 'install-client':
      deletePath(state.fs, UNATTEND, now);
      timeline(
        ctx,
        'update',
        'Task sequence resumed in Windows: unattend.xml deleted, Configuration Manager client installed',
      );
      return;
    case 'install-apps':
      return;
    case 'remove-client':
      timeline(ctx, 'update', 'Configuration Manager client removed');
      return;
    case 'sysprep-generalize': {
      // /Generalize deletes the Autopilot JSON: OOBE will run without Autopilot (001:9482, 001:3366).
      const gone = ed.placedJson ? deletePath(state.fs, ed.placedJson.path, now) : false;
      ed.placedJson = null;
      timeline(ctx, 'update', `${sysprepCommandLine(setup)} ran${gone ? `: ${AUTOPILOT_JSON_FILE_NAME} deleted` : ''}`);
      return;
    }
    case 'sysprep-oobe':
      timeline(ctx, 'update', `${sysprepCommandLine(setup)} ran`);
      return;
  }
}
