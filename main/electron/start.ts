// App lifecycle: single instance, privileged app:// scheme, hardened session, IPC wiring, menu and the main window.
import path from 'node:path';
import {
  app,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  shell,
  utilityProcess,
  BrowserWindow,
} from 'electron';
import { channelNames, contract, type Services } from '../../shared/ipc/contract';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../../shared/ipc/shell-channels';
import { closeServices, createServices } from '../services/index';
import { electronStoreFactory } from '../store/electron-settings';
import { APP_VERSION } from '../version';
import { aboutText, describeBundledFonts } from './about';
import { createUtilityRunner } from './import-process';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { APP_SCHEME } from './app-url';
import { registerChannels, type ChannelEntry } from './ipc-register';
import { ChosenPaths, settingsLastFolder } from './last-folder';
import { buildMenuTemplate } from './menu';
import { hardenSession } from './session-guards';
import { ExportedFiles, exportedPathsIn } from './shell-guard';
import { shellEntries } from './shell-handlers';
import { guardWebContents } from './web-guards';
import { draftIdTouched, MainWindow } from './window';

export interface StartOptions {
  /** The folder holding main.cjs and preload.cjs (dist/electron). */
  readonly distDir: string;
  readonly env: NodeJS.ProcessEnv;
}

/** Every contract channel as a wrapper entry: its zod request schema and the service method. */
export function contractEntries(services: Services): Record<string, ChannelEntry> {
  return Object.fromEntries(
    channelNames.map((name) => [
      name,
      {
        schema: contract[name].request,
        handle: (req: unknown) => (services[name] as (r: unknown) => Promise<unknown>)(req),
      },
    ]),
  );
}

async function showAbout(win: BrowserWindow | null): Promise<void> {
  // Packaged: next to app.asar (electron-builder extraResources), as main/export expects; otherwise the repository.
  const base = app.isPackaged ? process.resourcesPath : app.getAppPath();
  const fonts = await describeBundledFonts(path.join(base, 'assets', 'fonts'));
  const text = aboutText({
    version: APP_VERSION,
    electron: process.versions.electron ?? '',
    chrome: process.versions.chrome ?? '',
    fonts,
  });
  const options = { type: 'info' as const, title: '关于年报助手', buttons: ['确定'], ...text };
  if (win) await dialog.showMessageBox(win, options);
  else await dialog.showMessageBox(options);
}

/** Longest wait for pending saves before quitting anyway. */
export const QUIT_FLUSH_MS = 5000;

/** Before quitting, flush pending saves, remove the unclean-exit marker and release the data-folder lock. */
function flushOnQuit(services: Services): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, QUIT_FLUSH_MS));
    void Promise.race([closeServices(services), timeout])
      .catch((err: unknown) => console.error('退出时保存失败：', err))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}

function onReady(options: StartOptions, windows: MainWindow): void {
  const devTools = !app.isPackaged;
  const ses = session.defaultSession;
  hardenSession(ses, { allowDevtools: devTools });
  ses.protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(options.distDir, '..', 'renderer')));

  // The services write a path named in a request only if the clerk picked it in a native save dialog.
  const chosen = new ChosenPaths();
  // 审核与汇总 reads only files and folders the clerk picked in an open dialog (for the whole session).
  const reviewSources = new ChosenPaths(Date.now, process.platform, Number.POSITIVE_INFINITY);
  const services = createServices({
    dataDir: app.getPath('userData'),
    shell: 'electron',
    settingsFactory: electronStoreFactory,
    documentsDir: app.getPath('documents'),
    // Imports run in their own process (budgets in main/import/worker): a hostile file cannot freeze the window.
    importRunner: createUtilityRunner(
      { fork: (...args) => utilityProcess.fork(...args), metrics: () => app.getAppMetrics() },
      path.join(options.distDir, 'import-worker.cjs'),
    ),
    allowExplicitPath: (file) => chosen.allows(file),
    allowReadPath: (p) => reviewSources.covers(p),
    // import:file and drafts:importFile read the file picked in the open dialog here, not bytes sent by the page.
    allowPickedFile: (file) => reviewSources.allows(file),
  });
  flushOnQuit(services);
  const exported = new ExportedFiles();
  const entries = {
    ...contractEntries(services),
    ...shellEntries({
      dialog,
      shell,
      exported,
      chosen,
      reviewSources,
      folders: settingsLastFolder(services, app.getPath('documents')),
      windowFor: (sender) => BrowserWindow.fromWebContents(sender),
    }),
  };
  registerChannels(ipcMain, entries, {
    onSuccess: (channel, request, value) => {
      if (channel.startsWith('export:')) for (const p of exportedPathsIn(value)) exported.remember(p);
      const id = draftIdTouched(channel, request, value);
      if (id) windows.noteDraft(id);
    },
  });

  const send = (command: MenuCommand) => windows.current?.webContents.send(MENU_COMMAND_CHANNEL, command);
  const template = buildMenuTemplate({
    send,
    showAbout: () => void showAbout(windows.current),
    isPackaged: app.isPackaged,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  windows.create();
}

/** Starts the shell; returns null when another instance already runs (this one then quits). */
export function startApp(
  options: StartOptions,
): { readonly ready: Promise<void>; readonly windows: MainWindow } | null {
  // The same data folder as the CLI and browser mode (main/server/app-root.ts): <appData>/nianbao, or NIANBAO_DATA_DIR.
  const dataDir = options.env.NIANBAO_DATA_DIR;
  app.setPath('userData', dataDir ? path.resolve(dataDir) : path.join(app.getPath('appData'), 'nianbao'));
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  app.enableSandbox();
  // Windows groups the taskbar button and the installer's shortcuts by this id (electron-builder appId).
  if (process.platform === 'win32') app.setAppUserModelId('cn.nianbao.app');
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

  const windows = new MainWindow({
    preload: path.join(options.distDir, 'preload.cjs'),
    devTools: !app.isPackaged,
  });
  app.on('second-instance', () => windows.focus());
  app.on('window-all-closed', () => app.quit());
  const ready = app.whenReady().then(() => onReady(options, windows));
  ready.catch((err: unknown) => {
    console.error('年报助手启动失败：', err);
    dialog.showErrorBox('年报助手无法启动', '启动时出现内部错误，请重新安装或联系技术支持。');
    app.exit(1);
  });
  return { ready, windows };
}
