import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runScenario } from '../../../electron/core/scenario/runner';
import { Session } from '../../../electron/runtime/session';
import { loadScenarioRef } from '../../../electron/scenarios/library';

vi.mock('electron', () => import('./fake-electron'));

const { dialog, ipcMain, FakeBrowserWindow } = await import('./fake-electron');
const { createIpcBridge } = await import('../../../electron/main/ipc');

/**
 * The desktop app's "Save…" for collected logs (issue #12), with Electron faked: the page names an
 * archive by its Windows path; main reads it from the device through the contract and writes it
 * where the save dialog says, suggesting the Windows file name.
 */
function connected() {
  const loaded = loadScenarioRef('user-driven-entra-win10');
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('; '));
  const session = new Session(runScenario(loaded.scenario).device, { autoRun: false });
  const bridge = createIpcBridge();
  const window = new FakeBrowserWindow({});
  bridge.connect(window as never, session);
  const contents = window.webContents;
  // As ipcMain.handle does, a handler that throws is a rejected request.
  const save = async (path: unknown, sender: unknown = contents) =>
    (await ipcMain.handlers.get('oobe-sim:save-archive')!({ sender, senderFrame: contents.mainFrame }, path)) as
      string | null;
  return { bridge, save };
}

describe('oobe-sim:save-archive', () => {
  it('saves the cab the ESP collected where the dialog says, suggesting its Windows name', async () => {
    const { bridge, save } = connected();
    const target = join(mkdtempSync(join(tmpdir(), 'oobe-save-archive-')), 'chosen.cab');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    await expect(save('D:\\MDMDiagReport.cab')).resolves.toBe(target);
    expect(dialog.showSaveDialog.mock.lastCall?.at(-1)).toMatchObject({
      defaultPath: 'MDMDiagReport.cab',
      filters: [{ name: 'Cabinet files', extensions: ['cab'] }],
    });
    expect(readFileSync(target).subarray(0, 4).toString('latin1')).toBe('MSCF');
    // Cancel writes nothing.
    await expect(save('D:\\MDMDiagReport.cab')).resolves.toBeNull();
    bridge.dispose();
  });

  it('refuses a path the device holds no archive at, bad input, and other senders', async () => {
    const { bridge, save } = connected();
    const calls = dialog.showSaveDialog.mock.calls.length;
    await expect(save('C:\\Windows\\notepad.exe')).rejects.toThrow('C:\\Windows\\notepad.exe');
    await expect(save(42)).rejects.toThrow('cannot save');
    await expect(save('D:\\MDMDiagReport.cab', {})).rejects.toThrow('unknown sender');
    expect(dialog.showSaveDialog.mock.calls.length).toBe(calls);
    bridge.dispose();
  });
});
