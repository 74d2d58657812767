// Jest stand-in for the `electron` module: records what the shell asks of Electron so tests can inspect it.
import { EventEmitter } from 'node:events';

type Listener = (...args: unknown[]) => unknown;

/** An EventEmitter that also lets tests read back the listeners registered by the code under test. */
class Recorder extends EventEmitter {
  handlersOf(event: string): Listener[] {
    return this.listeners(event) as Listener[];
  }
}

export class FakeWebFrame {
  constructor(
    public url: string,
    public parent: FakeWebFrame | null = null,
  ) {}
}

export class FakeSession extends Recorder {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  devicePermissionHandler: Listener | null = null;
  beforeRequest: Listener | null = null;
  readonly protocolHandlers = new Map<string, Listener>();
  setPermissionRequestHandler = jest.fn((h: Listener | null) => {
    this.permissionRequestHandler = h;
  });
  setPermissionCheckHandler = jest.fn((h: Listener | null) => {
    this.permissionCheckHandler = h;
  });
  setDevicePermissionHandler = jest.fn((h: Listener | null) => {
    this.devicePermissionHandler = h;
  });
  webRequest = {
    onBeforeRequest: jest.fn((...args: unknown[]) => {
      this.beforeRequest = args[args.length - 1] as Listener;
    }),
  };
  protocol = {
    handle: jest.fn((scheme: string, h: Listener) => {
      this.protocolHandlers.set(scheme, h);
    }),
  };
}

let nextId = 1;
export class FakeWebContents extends Recorder {
  readonly id = nextId++;
  readonly mainFrame = new FakeWebFrame('app://nianbao/index.html');
  windowOpenHandler: Listener | null = null;
  destroyed = false;
  session = session.defaultSession;
  setWindowOpenHandler = jest.fn((h: Listener) => {
    this.windowOpenHandler = h;
  });
  send = jest.fn();
  print = jest.fn((_opts: unknown, cb?: (ok: boolean, reason: string) => void) => cb?.(true, ''));
  reload = jest.fn();
  isDestroyed = () => this.destroyed;
  getURL = () => this.mainFrame.url;
}

export class BrowserWindow extends Recorder {
  static instances: BrowserWindow[] = [];
  static getAllWindows = () => BrowserWindow.instances.filter((w) => !w.destroyed);
  static fromWebContents = (wc: unknown) => BrowserWindow.instances.find((w) => w.webContents === wc) ?? null;

  readonly webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  loadURL = jest.fn(async (url: string) => {
    this.webContents.mainFrame.url = url;
  });
  show = jest.fn();
  focus = jest.fn();
  restore = jest.fn(() => {
    this.minimized = false;
  });
  isMinimized = () => this.minimized;
  isDestroyed = () => this.destroyed;
  destroy = jest.fn(() => {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  });

  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.instances.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
}

class FakeApp extends Recorder {
  isPackaged = false;
  singleInstance = true;
  readonly paths = new Map<string, string>([
    ['userData', '/tmp/nianbao-test-user-data'],
    ['documents', '/tmp/nianbao-test-documents'],
  ]);
  requestSingleInstanceLock = jest.fn(() => this.singleInstance);
  quit = jest.fn();
  exit = jest.fn();
  whenReady = jest.fn(() => Promise.resolve());
  getPath = jest.fn((name: string) => this.paths.get(name) ?? `/tmp/nianbao-test-${name}`);
  setPath = jest.fn((name: string, value: string) => {
    this.paths.set(name, value);
  });
  getVersion = jest.fn(() => '0.0.0-test');
  getAppPath = jest.fn(() => '/tmp/nianbao-test-app');
  setAppUserModelId = jest.fn();
  enableSandbox = jest.fn();
}

export const app = new FakeApp();

export const session = { defaultSession: new FakeSession() };

class FakeIpcMain extends Recorder {
  readonly handlers = new Map<string, Listener>();
  handle = jest.fn((channel: string, h: Listener) => {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, h);
  });
  removeHandler = jest.fn((channel: string) => {
    this.handlers.delete(channel);
  });
}
export const ipcMain = new FakeIpcMain();

export const ipcRenderer = Object.assign(new Recorder(), {
  invoke: jest.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null })),
  send: jest.fn(),
  sendSync: jest.fn(),
});

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: jest.fn((key: string, api: unknown) => {
    contextBridge.exposed.set(key, api);
  }),
};

export const protocol = {
  privileged: [] as unknown[],
  registerSchemesAsPrivileged: jest.fn((schemes: unknown[]) => {
    protocol.privileged.push(...schemes);
  }),
  handle: jest.fn(),
};

export const shell = {
  openPath: jest.fn(async (_p: string) => ''),
  showItemInFolder: jest.fn(),
  openExternal: jest.fn(async () => undefined),
};

export const dialog = {
  showSaveDialog: jest.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  showOpenDialog: jest.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  showMessageBox: jest.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
  showErrorBox: jest.fn(),
};

export const Menu = {
  applied: null as unknown,
  buildFromTemplate: jest.fn((template: unknown) => ({ template })),
  setApplicationMenu: jest.fn((menu: unknown) => {
    Menu.applied = menu;
  }),
};

/** Puts every fake back to its initial state (call in beforeEach). */
export function resetElectronMock(): void {
  BrowserWindow.instances = [];
  app.removeAllListeners();
  app.isPackaged = false;
  app.singleInstance = true;
  ipcMain.handlers.clear();
  ipcMain.removeAllListeners();
  ipcRenderer.removeAllListeners();
  contextBridge.exposed.clear();
  protocol.privileged.length = 0;
  session.defaultSession = new FakeSession();
  Menu.applied = null;
  jest.clearAllMocks();
}

/** Default export too, for packages that `import electron from 'electron'` (electron-store). */
export default {
  app,
  session,
  ipcMain,
  ipcRenderer,
  contextBridge,
  protocol,
  shell,
  dialog,
  Menu,
  BrowserWindow,
};
