import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * The application menu: Electron's usual Edit, View and Window menus, plus File → "New device
 * window", which opens a second simulated device beside the first (each window its own session).
 */
export function installAppMenu(actions: { newDeviceWindow(): void }): void {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'New device window', accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.newDeviceWindow() },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
