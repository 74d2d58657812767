// The app lifecycle: single instance, privileged scheme, hardened session, every channel registered, exact window prefs.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { channelNames } from '../../shared/ipc/contract';
import { shellChannelNames } from '../../shared/ipc/shell-channels';
import {
  BrowserWindow,
  Menu,
  app,
  ipcMain,
  protocol,
  resetElectronMock,
  session,
} from './__mocks__/electron';
import { startApp } from './start';

const distDir = path.join(os.tmpdir(), 'nianbao-dist', 'electron');
let userData: string;

beforeEach(() => {
  resetElectronMock();
  userData = mkdtempSync(path.join(os.tmpdir(), 'nianbao-start-'));
});
afterEach(() => rmSync(userData, { recursive: true, force: true }));

async function started() {
  const handle = startApp({ distDir, env: { NIANBAO_DATA_DIR: userData } });
  if (!handle) throw new Error('expected the single-instance lock');
  await handle.ready;
  return handle;
}

/** The exact preferences every window must get (security checklist items 2–4, 6, 8–12). */
const expectedPrefs = (devTools: boolean) => ({
  preload: path.join(distDir, 'preload.cjs'),
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
  devTools,
});

describe('startApp', () => {
  it('quits at once when another instance holds the lock', () => {
    app.singleInstance = false;
    expect(startApp({ distDir, env: {} })).toBeNull();
    expect(app.quit).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(ipcMain.handle).not.toHaveBeenCalled();
  });

  it('registers exactly the contract and shell channels, through handle only', async () => {
    await started();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channelNames, ...shellChannelNames].sort());
    // ipcMain.on is never used by the shell; electron-store may add its own read-only data listener (harmless: the
    // preload never exposes ipcRenderer, so no page can send to it).
    expect(ipcMain.eventNames().filter((n) => n !== 'electron-store-get-data')).toEqual([]);
  });

  it('gives the window the exact hardened webPreferences and loads it from app://', async () => {
    await started();
    expect(BrowserWindow.instances).toHaveLength(1);
    const win = BrowserWindow.instances[0]!;
    expect(win.options.webPreferences).toEqual(expectedPrefs(true));
    expect(win.loadURL).toHaveBeenCalledWith('app://nianbao/index.html');
  });

  it('turns DevTools off in a packaged build and leaves them out of the menu', async () => {
    app.isPackaged = true;
    await started();
    expect(BrowserWindow.instances[0]!.options.webPreferences).toEqual(expectedPrefs(false));
    const template = (Menu.applied as { template: { submenu: { role?: string }[] }[] }).template;
    const roles = template.flatMap((m) => m.submenu.map((i) => i.role));
    expect(roles).not.toContain('toggleDevTools');
  });

  it('keeps drafts where the CLI and browser mode do: <appData>/nianbao, or NIANBAO_DATA_DIR', () => {
    app.paths.set('appData', '/home/clerk/.config');
    const never = new Promise<void>(() => undefined);
    app.whenReady.mockReturnValueOnce(never).mockReturnValueOnce(never);
    startApp({ distDir, env: {} });
    expect(app.setPath).toHaveBeenLastCalledWith('userData', path.join('/home/clerk/.config', 'nianbao'));
    startApp({ distDir, env: { NIANBAO_DATA_DIR: '/data/nianbao' } });
    expect(app.setPath).toHaveBeenLastCalledWith('userData', path.resolve('/data/nianbao'));
  });

  it('enables the sandbox for all renderers and registers app:// as privileged before ready', () => {
    startApp({ distDir, env: {} });
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(protocol.privileged).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
  });

  it('hardens the default session and serves app:// from dist/renderer', async () => {
    await started();
    const ses = session.defaultSession;
    expect(ses.setPermissionRequestHandler).toHaveBeenCalled();
    expect(ses.setPermissionCheckHandler).toHaveBeenCalled();
    expect(ses.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(ses.protocolHandlers.has('app')).toBe(true);
  });

  it('focuses the existing window on a second launch instead of opening another', async () => {
    await started();
    const win = BrowserWindow.instances[0]!;
    win.minimized = true;
    app.emit('second-instance', {}, ['nianbao'], '/');
    expect(BrowserWindow.instances).toHaveLength(1);
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });

  it('remembers the draft from IPC and reopens it in a new window after a renderer crash', async () => {
    await started();
    const first = BrowserWindow.instances[0]!;
    const sender = {
      sender: first.webContents,
      senderFrame: { url: 'app://nianbao/index.html', parent: null },
    };
    const created = (await ipcMain.handlers.get('drafts:create')?.(sender, {
      agency: '蔡家岗街道办事处',
      year: 2025,
    })) as {
      ok: boolean;
      value?: { draft: { id: string } };
    };
    expect(created.ok).toBe(true);
    const id = created.value!.draft.id;
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    first.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(first.destroyed).toBe(true);
    expect(BrowserWindow.instances).toHaveLength(2);
    const second = BrowserWindow.instances[1]!;
    expect(second.options.webPreferences).toEqual(expectedPrefs(true));
    expect(second.loadURL).toHaveBeenCalledWith(
      `app://nianbao/index.html?${new URLSearchParams({ reopen: id, notice: 'crash' }).toString()}`,
    );
    expect(app.quit).not.toHaveBeenCalled();
  });

  it('flushes pending saves before quitting, then quits', async () => {
    await started();
    const event = { preventDefault: jest.fn() };
    app.emit('before-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    app.emit('before-quit', { preventDefault: jest.fn() });
    await new Promise((r) => setTimeout(r, 50));
    expect(app.quit).toHaveBeenCalledTimes(1);
    const again = { preventDefault: jest.fn() };
    app.emit('before-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });
});
