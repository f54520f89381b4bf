import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';

/**
 * Just enough of Electron's main-process API to load electron/main in Node and watch what it
 * asks for. The Electron binary cannot be had on the build machines; this checks the wiring
 * (hardening flags, IPC sender checks, the ready gate, the app:// protocol), not Electron.
 */
type Listener = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((listener) => listener(...args));
  }
}

export class FakeWebContents extends Emitter {
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly mainFrame = { url: 'app://renderer/index.html' };
  windowOpenHandler: ((details: unknown) => unknown) | null = null;
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  isDestroyed(): boolean {
    return false;
  }
  setWindowOpenHandler(handler: (details: unknown) => unknown): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends Emitter {
  static readonly instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return false;
  }
  isMinimized(): boolean {
    return false;
  }
  show(): void {}
  focus(): void {}
  restore(): void {}
}

export const app = Object.assign(new Emitter(), {
  enableSandbox: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => true),
  whenReady: vi.fn(() => Promise.resolve()),
  isReady: vi.fn(() => true),
  quit: vi.fn(),
});

export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle(channel: string, handler: Listener): void {
    this.handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  },
};

export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void {
    this.handlers.set(scheme, handler);
  },
};

export const net = {
  async fetch(url: string): Promise<Response> {
    try {
      return new Response(await readFile(fileURLToPath(url)));
    } catch {
      return new Response('', { status: 404 });
    }
  },
};

export const session = {
  defaultSession: {
    requestHandler: null as Listener | null,
    checkHandler: null as Listener | null,
    setPermissionRequestHandler(handler: Listener): void {
      this.requestHandler = handler;
    },
    setPermissionCheckHandler(handler: Listener): void {
      this.checkHandler = handler;
    },
  },
};

export const BrowserWindow = FakeBrowserWindow;

interface FakeMenuItem {
  label?: string;
  role?: string;
  accelerator?: string;
  click?: () => void;
  submenu?: FakeMenuItem[];
}

export const Menu = {
  application: null as { template: FakeMenuItem[] } | null,
  buildFromTemplate(template: FakeMenuItem[]): { template: FakeMenuItem[] } {
    return { template };
  },
  setApplicationMenu(menu: { template: FakeMenuItem[] } | null): void {
    this.application = menu;
  },
};

export const dialog = {
  showErrorBox: vi.fn((_title: string, _content: string) => {}),
  showMessageBox: vi.fn((_options: unknown) => Promise.resolve({ response: 1, checkboxChecked: false })),
  showOpenDialog: vi.fn((_options: unknown) => Promise.resolve({ canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn((_options: unknown) => Promise.resolve({ canceled: true, filePath: '' })),
};
