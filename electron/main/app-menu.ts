import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * The application menu: Electron's usual Edit, View and Window menus, plus File → "New device
 * window", which opens a second simulated device beside the first (each window its own session),
 * and View → "Trainer console", a second window on the first device's session.
 */
export function installAppMenu(actions: {
  newDeviceWindow: () => void;
  trainerConsole: () => void;
  /** View → Lab: the first device's scenario on many headless devices (issue 15). */
  lab?: () => void;
  /** File → Open device… / Save device as… (the first device; autosaved to its file from then on). */
  openDevice?: () => void;
  saveDeviceAs?: () => void;
  /** File → Open exercise pack… (a folder or .zip; it becomes the library). */
  openExercisePack?: () => void;
}): void {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'New device window', accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.newDeviceWindow() },
        ...(actions.openDevice ? [{ label: 'Open device…', click: actions.openDevice }] : []),
        ...(actions.saveDeviceAs ? [{ label: 'Save device as…', click: actions.saveDeviceAs }] : []),
        ...(actions.openExercisePack ? [{ label: 'Open exercise pack…', click: actions.openExercisePack }] : []),
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        // The trainer console of the first device (issue 13): timeline, faults, tenant panel, inspector.
        { label: 'Trainer console', accelerator: 'CmdOrCtrl+Shift+T', click: () => actions.trainerConsole() },
        ...(actions.lab ? [{ label: 'Lab', click: actions.lab }] : []),
        { type: 'separator' },
        { role: 'reload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
