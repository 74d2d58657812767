// The main window: recreated after a renderer crash (reopening the draft), crash loops stopped, clean exits ignored.
import { BrowserWindow, dialog, resetElectronMock } from './__mocks__/electron';
import { CRASH_WINDOW_MS, MAX_RECOVERIES, MainWindow, draftIdTouched, windowUrl } from './window';

let now = 0;
const make = () => new MainWindow({ preload: '/app/preload.cjs', devTools: false }, () => now);
/** The mock's window behind the real type MainWindow declares. */
const fake = (w: unknown) => w as BrowserWindow;

beforeEach(() => {
  resetElectronMock();
  now = 1_000_000;
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});

const crash = (win: BrowserWindow, reason = 'crashed') =>
  win.webContents.emit('render-process-gone', {}, { reason, exitCode: 139 });

describe('MainWindow', () => {
  it('shows the window only when ready, loading the app page', () => {
    const win = fake(make().create());
    expect(win.loadURL).toHaveBeenCalledWith('app://nianbao/index.html');
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalled();
  });

  it('recreates the window after a crash and reopens the draft being edited', () => {
    const windows = make();
    const first = fake(windows.create());
    windows.noteDraft('草稿-1');
    crash(first, 'oom');
    expect(first.destroyed).toBe(true);
    const second = fake(windows.current);
    expect(second).not.toBe(first);
    expect(second.loadURL).toHaveBeenCalledWith(windowUrl('草稿-1', 'crash'));
    expect(windowUrl('草稿-1', 'crash')).toBe(
      `app://nianbao/index.html?reopen=${encodeURIComponent('草稿-1')}&notice=crash`,
    );
  });

  it('ignores a clean exit', () => {
    const windows = make();
    const first = fake(windows.create());
    crash(first, 'clean-exit');
    expect(BrowserWindow.instances).toHaveLength(1);
    expect(first.destroyed).toBe(false);
  });

  it(`stops after ${MAX_RECOVERIES} recoveries within a minute and tells the clerk`, () => {
    const windows = make();
    let win = fake(windows.create());
    for (let i = 0; i < MAX_RECOVERIES; i++) {
      crash(win);
      win = fake(windows.current);
      now += 1000;
    }
    expect(BrowserWindow.instances).toHaveLength(MAX_RECOVERIES + 1);
    crash(win);
    expect(BrowserWindow.instances).toHaveLength(MAX_RECOVERIES + 1);
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      '年报助手无法继续运行',
      expect.stringContaining('不会丢失'),
    );
    // Later crashes, once the minute has passed, are recovered again.
    now += CRASH_WINDOW_MS + 1;
    fake(windows.create());
    crash(fake(windows.current));
    expect(BrowserWindow.instances).toHaveLength(MAX_RECOVERIES + 3);
  });

  it('offers to reopen an unresponsive window', async () => {
    const windows = make();
    const first = fake(windows.create());
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    first.emit('unresponsive');
    await new Promise((r) => setImmediate(r));
    expect(first.destroyed).toBe(true);
    expect(BrowserWindow.instances).toHaveLength(2);
  });

  it('a second launch focuses (and restores) the window, or makes one if it was closed', () => {
    const windows = make();
    windows.focus();
    expect(BrowserWindow.instances).toHaveLength(1);
    const win = BrowserWindow.instances[0]!;
    win.minimized = true;
    windows.focus();
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(1);
  });
});

describe('draftIdTouched', () => {
  it('takes the id from open/save requests and from returned drafts', () => {
    expect(draftIdTouched('drafts:open', { id: 'a' }, {})).toBe('a');
    expect(draftIdTouched('drafts:save', { draft: { id: 'b' } }, {})).toBe('b');
    expect(draftIdTouched('drafts:create', {}, { draft: { id: 'c' } })).toBe('c');
    expect(draftIdTouched('drafts:list', {}, [{ id: 'x' }])).toBeUndefined();
    expect(draftIdTouched('settings:get', { id: 'x' }, {})).toBeUndefined();
  });
});
