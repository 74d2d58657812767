// The main window: hardened webPreferences, loaded from app://, refocused on a second launch, recreated after a crash.
import { BrowserWindow, dialog, type RenderProcessGoneDetails } from 'electron';
import { APP_INDEX_URL } from './app-url';

export interface WindowOptions {
  /** Absolute path of the bundled preload (dist/electron/preload.cjs). */
  readonly preload: string;
  /** DevTools only in development (`!app.isPackaged`). */
  readonly devTools: boolean;
}

/** Crash loops stop here: at most this many recreations within CRASH_WINDOW_MS. */
export const MAX_RECOVERIES = 3;
export const CRASH_WINDOW_MS = 60_000;

/** The URL a (re)created window loads; after a crash it asks the renderer to reopen the draft being edited. */
export function windowUrl(reopenDraftId: string | null, reason: 'crash' | null): string {
  if (!reopenDraftId) return APP_INDEX_URL;
  const query = new URLSearchParams({ reopen: reopenDraftId, ...(reason ? { notice: reason } : {}) });
  return `${APP_INDEX_URL}?${query.toString()}`;
}

/** Which draft a successful call shows the clerk is editing (open/save by request, others by the OpenedDraft back). */
export function draftIdTouched(channel: string, request: unknown, value: unknown): string | undefined {
  const pick = (o: unknown, ...keys: string[]): unknown =>
    keys.reduce<unknown>(
      (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
      o,
    );
  if (!channel.startsWith('drafts:')) return undefined;
  const id =
    channel === 'drafts:open'
      ? pick(request, 'id')
      : channel === 'drafts:save'
        ? pick(request, 'draft', 'id')
        : pick(value, 'draft', 'id');
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}

export class MainWindow {
  private window: BrowserWindow | null = null;
  private draftId: string | null = null;
  private crashes: number[] = [];

  constructor(
    private readonly options: WindowOptions,
    private readonly now: () => number = Date.now,
  ) {}

  get current(): BrowserWindow | null {
    return this.window && !this.window.isDestroyed() ? this.window : null;
  }

  /** Remembered from successful IPC calls, so a recreated window can reopen it. */
  noteDraft(id: string): void {
    this.draftId = id;
  }

  create(reason: 'crash' | null = null): BrowserWindow {
    const win = new BrowserWindow({
      width: 1280,
      height: 860,
      minWidth: 960,
      minHeight: 640,
      show: false,
      title: '年报助手',
      backgroundColor: '#ffffff',
      autoHideMenuBar: false,
      // Written out literally (not built elsewhere) so static scanners such as Electronegativity can verify it.
      webPreferences: {
        preload: this.options.preload,
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
        devTools: this.options.devTools,
      },
    });
    this.window = win;
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      if (this.window === win) this.window = null;
    });
    win.webContents.on('render-process-gone', (_event, details) => this.onGone(win, details));
    win.on('unresponsive', () => void this.onUnresponsive(win));
    void win.loadURL(windowUrl(reason ? this.draftId : null, reason));
    return win;
  }

  /** A second launch: bring the existing window forward (or make one if it was closed). */
  focus(): void {
    const win = this.current ?? this.create();
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  }

  private onGone(win: BrowserWindow, details: RenderProcessGoneDetails): void {
    if (details.reason === 'clean-exit') return;
    console.error(`渲染进程异常退出（${details.reason}，代码 ${details.exitCode}），正在恢复窗口。`);
    const t = this.now();
    this.crashes = [...this.crashes.filter((c) => t - c < CRASH_WINDOW_MS), t];
    if (this.crashes.length > MAX_RECOVERIES) {
      if (!win.isDestroyed()) win.destroy();
      dialog.showErrorBox(
        '年报助手无法继续运行',
        '界面在短时间内多次异常退出。已保存的内容不会丢失，请重新启动年报助手；如仍出现此问题，请联系技术支持。',
      );
      return;
    }
    // The new window exists before the old one goes, so the app never sees "all windows closed" and quits.
    this.create('crash');
    if (!win.isDestroyed()) win.destroy();
  }

  private async onUnresponsive(win: BrowserWindow): Promise<void> {
    const { response } = await dialog.showMessageBox(win, {
      type: 'warning',
      title: '年报助手',
      message: '窗口暂时没有响应。',
      detail: '可以继续等待，或重新打开窗口（已自动保存的内容不会丢失）。',
      buttons: ['继续等待', '重新打开窗口'],
      defaultId: 0,
      cancelId: 0,
    });
    if (response === 1 && !win.isDestroyed()) {
      this.create('crash');
      win.destroy();
    }
  }
}
