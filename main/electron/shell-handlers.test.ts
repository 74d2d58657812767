// Save/open dialogs (default names, last folder), and printing through the OS dialog, never silently.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_FILE_BYTES } from '../../shared/ipc/limits';
import { dialog } from './__mocks__/electron';
import type { InvokeContext } from './ipc-register';
import { CHOSEN_TTL_MS, ChosenPaths, settingsLastFolder, type LastFolder } from './last-folder';
import { ExportedFiles } from './shell-guard';
import { PRINT_OPTIONS, printContents, shellEntries } from './shell-handlers';

let dir: string;
let folder: string;
const folders: LastFolder = {
  get: async () => folder,
  set: async (d) => {
    folder = d;
  },
};
const shell = { openPath: jest.fn(async () => ''), showItemInFolder: jest.fn() };
const win = { id: 1 };

function setup() {
  const exported = new ExportedFiles();
  const chosen = new ChosenPaths();
  const reviewSources = new ChosenPaths(Date.now, process.platform, Number.POSITIVE_INFINITY);
  const entries = shellEntries({
    dialog: dialog as never,
    shell,
    exported,
    chosen,
    reviewSources,
    folders,
    windowFor: () => win as never,
  });
  const call = (name: keyof typeof entries, req: unknown, sender: unknown = {}) =>
    entries[name].handle(entries[name].schema.parse(req), { sender } as InvokeContext);
  return { exported, chosen, reviewSources, call };
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-dialogs-'));
  folder = dir;
  jest.clearAllMocks();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('shell:choose-save-path (另存为…)', () => {
  it('offers the default name in the last used folder, attached to the window', async () => {
    const { call } = setup();
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(
      await call('shell:choose-save-path', { kind: 'pdf', agency: '蔡家岗街道办事处', year: 2025 }),
    ).toBeNull();
    const [parent, options] = dialog.showSaveDialog.mock.calls[0] as [unknown, Record<string, unknown>];
    expect(parent).toBe(win);
    expect(options.defaultPath).toBe(path.join(dir, '蔡家岗街道办事处2025年政府信息公开工作年度报告.pdf'));
    expect(options.filters).toEqual([{ name: 'PDF 文件', extensions: ['pdf'] }]);
    expect(options.properties).toContain('showOverwriteConfirmation');
  });

  it('adds a missing extension, remembers the folder and lets the exported file be opened', async () => {
    const { call } = setup();
    const sub = path.join(dir, '2025');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path.join(sub, '年报') });
    const chosen = (await call('shell:choose-save-path', { kind: 'docx', agency: 'x', year: 2025 })) as {
      path: string;
    };
    expect(chosen).toEqual({ path: path.join(sub, '年报.docx') });
    expect(folder).toBe(sub);
    mkdirSync(sub);
    writeFileSync(chosen.path, 'docx');
    expect(await call('shell:open-exported', { path: chosen.path })).toEqual({ opened: true });
    expect(shell.openPath).toHaveBeenCalledWith(chosen.path);
  });

  it('refuses to open or reveal a file never chosen or exported', async () => {
    const { call } = setup();
    const other = path.join(dir, 'other.pdf');
    writeFileSync(other, 'x');
    await expect(call('shell:open-exported', { path: other })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(call('shell:show-in-folder', { path: other })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(shell.openPath).not.toHaveBeenCalled();
    expect(shell.showItemInFolder).not.toHaveBeenCalled();
  });
});

describe('shell:choose-open-file', () => {
  it('returns the chosen file’s name, path and hash (no bytes) and opens there next time, leaving the export folder alone', async () => {
    const { call } = setup();
    const file = path.join(dir, '2024年报.html');
    writeFileSync(file, '<p>年报</p>');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    const opened = (await call('shell:choose-open-file', { purpose: 'import' })) as Record<string, unknown>;
    // Name, path and size only: the bytes stay in main (import:file reads the picked path).
    expect(opened).toMatchObject({
      name: '2024年报.html',
      path: file,
      size: Buffer.byteLength('<p>年报</p>'),
    });
    expect(opened).not.toHaveProperty('bytesBase64');
    const b64 = Buffer.from('<p>年报</p>').toString('base64');
    expect(opened['contentHash']).toBe(createHash('sha256').update(b64).digest('hex'));
    const options = dialog.showOpenDialog.mock.calls[0]![1] as { filters: { extensions: string[] }[] };
    expect(options.filters[0]!.extensions).toEqual(expect.arrayContaining(['docx', 'html', 'txt']));
    expect(options).toMatchObject({ defaultPath: dir });
    expect(folder).toBe(dir);
  });

  it('starts the next open dialog where the last file came from', async () => {
    const { call } = setup();
    const sub = path.join(dir, '下载');
    mkdirSync(sub);
    const file = path.join(sub, 'a.txt');
    writeFileSync(file, '年报');
    folder = path.join(dir, 'exports');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    await call('shell:choose-open-file', { purpose: 'import' });
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await call('shell:choose-open-file', { purpose: 'draft' });
    expect(dialog.showOpenDialog.mock.calls[1]![1]).toMatchObject({ defaultPath: sub });
    expect(folder).toBe(path.join(dir, 'exports'));
  });

  it('refuses a file that is too large, and returns null when cancelled', async () => {
    const { call } = setup();
    const big = path.join(dir, 'big.txt');
    writeFileSync(big, Buffer.alloc(MAX_FILE_BYTES + 1));
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [big] });
    await expect(call('shell:choose-open-file', { purpose: 'import' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('过大（超过 5 MB）'),
    });
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await call('shell:choose-open-file', { purpose: 'draft' })).toBeNull();
  });
});

describe('shell:choose-folder', () => {
  it('returns the chosen folder (审核与汇总), or null when cancelled', async () => {
    const { call } = setup();
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [dir] });
    expect(await call('shell:choose-folder', { purpose: 'review-sources' })).toEqual({ path: dir });
    expect(dialog.showOpenDialog.mock.calls[0]![1]).toMatchObject({ properties: ['openDirectory'] });
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await call('shell:choose-folder', { purpose: 'review-sources' })).toBeNull();
  });
});

describe('print', () => {
  it('prints the calling window through the OS dialog: not silent, A4, backgrounds', async () => {
    const { call } = setup();
    const sender = {
      print: jest.fn((_o: unknown, cb: (ok: boolean, reason: string) => void) => cb(true, '')),
    };
    expect(await call('shell:print', {}, sender)).toEqual({ printed: true });
    expect(sender.print.mock.calls[0]![0]).toEqual({
      silent: false,
      printBackground: true,
      pageSize: 'A4',
      margins: { marginType: 'none' },
    });
    expect(PRINT_OPTIONS.silent).toBe(false);
  });

  it('treats cancel as not printed and other failures as a Chinese error', async () => {
    const cancelled = {
      print: jest.fn((_o: unknown, cb: (ok: boolean, r: string) => void) => cb(false, 'Print job canceled')),
    };
    expect(await printContents(cancelled as never)).toEqual({ printed: false });
    const failed = {
      print: jest.fn((_o: unknown, cb: (ok: boolean, r: string) => void) => cb(false, 'Print job failed')),
    };
    await expect(printContents(failed as never)).rejects.toMatchObject({
      code: 'IO',
      message: '打印失败：Print job failed',
    });
  });
});

describe('settingsLastFolder', () => {
  const fallback = '/home/clerk/文档';

  it('reads the export folder from the settings and writes the chosen one back', async () => {
    const settings = { exportDir: '/srv/年报' };
    const services = {
      'settings:get': jest.fn(async () => ({ ...settings, defaultAgency: '', deadline: '01-31' })),
      'settings:set': jest.fn(async (p: { exportDir?: string }) => ({
        ...settings,
        ...p,
        defaultAgency: '',
        deadline: '01-31',
      })),
    };
    const folders = settingsLastFolder(services as never, fallback);
    expect(await folders.get()).toBe('/srv/年报');
    await folders.set('/srv/2025');
    expect(services['settings:set']).toHaveBeenCalledWith({ exportDir: '/srv/2025' });
    expect(await folders.get()).toBe('/srv/2025');
  });

  it('falls back to Documents when settings are empty or unreadable, and survives a failed write', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = {
      'settings:get': jest.fn(async () => Promise.reject(new Error('locked'))),
      'settings:set': jest.fn(async () => Promise.reject(new Error('disk full'))),
    };
    const folders = settingsLastFolder(broken as never, fallback);
    expect(await folders.get()).toBe(fallback);
    await folders.set('/tmp/x');
    expect(await folders.get()).toBe('/tmp/x');
    warn.mockRestore();
  });
});

describe('paths the clerk picked (the only explicit paths the services write)', () => {
  it('a path from the save dialog is allowed, another one is not', async () => {
    const { call, chosen } = setup();
    const file = path.join(dir, '草稿.nianbao.json');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    await call('shell:choose-save-path', { kind: 'draft', agency: '某局', year: 2024 });
    expect(chosen.allows(file)).toBe(true);
    expect(chosen.allows(path.join(dir, 'settings.json'))).toBe(false);
    expect(chosen.allows(path.join(dir, 'x', '..', '草稿.nianbao.json'))).toBe(true);
  });

  it('forgets after an hour; compares case-insensitively on Windows only', () => {
    let now = 0;
    const win32 = new ChosenPaths(() => now, 'win32');
    win32.remember('C:\\Users\\u\\Documents\\a.json');
    expect(win32.allows('c:\\users\\U\\documents\\A.JSON')).toBe(true);
    now = CHOSEN_TTL_MS + 1;
    expect(win32.allows('C:\\Users\\u\\Documents\\a.json')).toBe(false);
    const linux = new ChosenPaths(() => 0, 'linux');
    linux.remember('/home/u/a.json');
    expect(linux.allows('/home/u/A.json')).toBe(false);
  });
});

describe('审核与汇总 sources (the only paths review reads in the desktop app)', () => {
  it('records a folder picked for review sources (and what lies in it) and an opened file, not export folders', async () => {
    const { call, reviewSources, chosen } = setup();
    const units = path.join(dir, '各单位');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [units] });
    await call('shell:choose-folder', { purpose: 'review-sources' });
    expect(reviewSources.covers(units)).toBe(true);
    expect(reviewSources.covers(path.join(units, '甲', '年报.docx'))).toBe(true);
    expect(reviewSources.covers(path.join(dir, '各单位2', 'a.docx'))).toBe(false);
    expect(reviewSources.covers(dir)).toBe(false);
    expect(chosen.allows(units)).toBe(false); // picking to read never allows writing
    const out = path.join(dir, '导出');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [out] });
    await call('shell:choose-folder', { purpose: 'export-folder' });
    expect(reviewSources.covers(out)).toBe(false);
    const file = path.join(dir, 'a.json');
    writeFileSync(file, '{}');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    await call('shell:choose-open-file', { purpose: 'draft' });
    expect(reviewSources.covers(file)).toBe(true);
  });
});

describe('shell:choose-folder (导出文件夹 的 选择…)', () => {
  it('opens a folder dialog at the current folder that can create folders; null when cancelled', async () => {
    const { call } = setup();
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await call('shell:choose-folder', { purpose: 'export-folder', current: '/srv/年报' })).toBeNull();
    const options = dialog.showOpenDialog.mock.calls[0]![1] as { defaultPath: string; properties: string[] };
    expect(options.defaultPath).toBe('/srv/年报');
    expect(options.properties).toEqual(expect.arrayContaining(['openDirectory', 'createDirectory']));
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path.join(dir, '导出')] });
    expect(await call('shell:choose-folder', { purpose: 'export-folder' })).toEqual({
      path: path.join(dir, '导出'),
    });
    expect((dialog.showOpenDialog.mock.calls[1]![1] as { defaultPath: string }).defaultPath).toBe(dir);
  });
});
