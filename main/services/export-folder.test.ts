// Path confinement: the export folder (relative, UNC, data folder refused; created on first use) and explicit paths.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkExportDir, ensureExportDir, isInside, isNetworkPath } from './export-folder';
import { fsErrorToAppError, knownFsError } from './fs-errors';
import { closeServices, createServices } from './index';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'nianbao-confine-'));

describe('checkExportDir', () => {
  const data = '/home/u/.config/nianbao';

  it('accepts an absolute local folder outside the data folder, normalised', () => {
    expect(checkExportDir(' /home/u/Documents/年报导出/ ', data, 'linux')).toBe('/home/u/Documents/年报导出');
    expect(checkExportDir('D:\\年报\\导出', 'C:\\Users\\u\\AppData\\Roaming\\nianbao', 'win32')).toBe(
      'D:\\年报\\导出',
    );
  });

  it('refuses relative paths, empty input and control characters', () => {
    expect(() => checkExportDir('exports', data, 'linux')).toThrow(/不是完整路径/);
    expect(() => checkExportDir('..\\out', 'C:\\d', 'win32')).toThrow(/不是完整路径/);
    expect(() => checkExportDir('C:out', 'C:\\d', 'win32')).toThrow(/不是完整路径/);
    expect(() => checkExportDir('   ', data, 'linux')).toThrow(/请填写导出文件夹/);
    expect(() => checkExportDir('/tmp/a\nb', data, 'linux')).toThrow(/无效字符/);
  });

  it('refuses UNC and other network paths in both spellings', () => {
    for (const p of ['\\\\server\\share', '//server/share', '\\\\?\\UNC\\server\\share', '\\\\.\\pipe\\x']) {
      expect(isNetworkPath(p)).toBe(true);
      expect(() => checkExportDir(p, 'C:\\d', 'win32')).toThrow(/网络共享路径/);
      expect(() => checkExportDir(p, data, 'linux')).toThrow(/网络共享路径/);
    }
  });

  it('refuses the data folder and anything inside it except its exports subfolder', () => {
    expect(() => checkExportDir(data, data, 'linux')).toThrow(/数据目录/);
    expect(() => checkExportDir(`${data}/drafts`, data, 'linux')).toThrow(/数据目录/);
    expect(() => checkExportDir(`${data}/exports/../`, data, 'linux')).toThrow(/数据目录/);
    expect(checkExportDir(`${data}/exports`, data, 'linux')).toBe(`${data}/exports`);
    // Windows compares case-insensitively.
    expect(() =>
      checkExportDir(
        'c:\\USERS\\u\\appdata\\roaming\\NIANBAO\\x',
        'C:\\Users\\u\\AppData\\Roaming\\nianbao',
        'win32',
      ),
    ).toThrow(/数据目录/);
    expect(isInside('/a/b', '/a/bc', 'linux')).toBe(false);
  });
});

describe('ensureExportDir', () => {
  it('creates the folder on first use (nested) and returns it', async () => {
    const root = tmp();
    const target = path.join(root, 'Documents', '年报导出');
    await expect(ensureExportDir(target, path.join(root, 'data'))).resolves.toBe(target);
    expect(existsSync(target)).toBe(true);
  });

  it('refuses a path that reaches the data folder through a symbolic link', async () => {
    const root = tmp();
    const data = path.join(root, 'data');
    mkdirSync(data);
    symlinkSync(data, path.join(root, 'link'));
    await expect(ensureExportDir(path.join(root, 'link', 'x'), data)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('refuses a file standing where the folder should be, in Chinese', async () => {
    const root = tmp();
    writeFileSync(path.join(root, 'f'), 'x');
    await expect(ensureExportDir(path.join(root, 'f'), path.join(root, 'data'))).rejects.toThrow(
      /不是文件夹/,
    );
  });
});

describe('file-system errors in Chinese', () => {
  it('maps EACCES, ENOENT, ENOSPC, EEXIST and friends; leaves unknown errors alone', () => {
    const e = (code: string) => Object.assign(new Error(`${code}: x`), { code });
    expect(knownFsError(e('EACCES'), '导出')?.message).toBe(
      '导出失败：没有访问权限，或文件被其他程序占用（EACCES）。',
    );
    expect(knownFsError(e('ENOENT'), '导出')).toMatchObject({ code: 'NOT_FOUND' });
    expect(knownFsError(e('ENOSPC'), '导出')).toMatchObject({
      code: 'DISK_FULL',
      message: expect.stringMatching(/磁盘空间不足/),
    });
    expect(knownFsError(e('EEXIST'), '导出')).toMatchObject({ code: 'EXISTS' });
    expect(knownFsError(new Error('boom'), '导出')).toBeUndefined();
    expect(fsErrorToAppError(new Error('boom'), '导出').message).toBe('导出失败：读写出错，请重试。');
  });
});

describe('createServices confines writes', () => {
  async function withServices(
    fn: (s: ReturnType<typeof createServices>, data: string, root: string) => Promise<void>,
    allow?: (p: string) => boolean,
  ) {
    const root = tmp();
    const data = path.join(root, 'data');
    const services = createServices({
      dataDir: data,
      shell: 'browser',
      documentsDir: path.join(root, 'Documents'),
      ...(allow ? { allowExplicitPath: allow } : {}),
    });
    try {
      await fn(services, data, root);
    } finally {
      await closeServices(services);
    }
  }
  const create = (s: ReturnType<typeof createServices>) =>
    s['drafts:create']({ agency: '示例县统计局', year: 2024 }).then((o) => o.draft.id);

  it('drafts:exportFile refuses a path named by the page, even settings.json with overwrite', async () => {
    await withServices(async (s, data, root) => {
      const id = await create(s);
      await s['settings:set']({ defaultAgency: '原设置' });
      const settingsFile = path.join(data, 'settings.json');
      const before = readFileSync(settingsFile, 'utf8');
      for (const targetPath of [
        settingsFile,
        path.join(root, 'elsewhere', 'x.json'),
        'rel.json',
        '\\\\srv\\share\\x.json',
      ]) {
        await expect(s['drafts:exportFile']({ id, targetPath, overwrite: true })).rejects.toMatchObject({
          code: 'FORBIDDEN',
        });
      }
      expect(readFileSync(settingsFile, 'utf8')).toBe(before);
      expect(existsSync(path.join(root, 'elsewhere'))).toBe(false);
      // Without a path the file goes to the export folder, which is created on first use.
      const out = await s['drafts:exportFile']({ id });
      expect(path.dirname(out.path)).toBe(path.join(root, 'Documents', '年报导出'));
      expect(existsSync(out.path)).toBe(true);
    });
  });

  it('even an allowed explicit path may not touch the data folder', async () => {
    await withServices(
      async (s, data) => {
        const id = await create(s);
        await s['settings:set']({ defaultAgency: '原设置' });
        await expect(
          s['drafts:exportFile']({ id, targetPath: path.join(data, 'settings.json'), overwrite: true }),
        ).rejects.toMatchObject({ code: 'FORBIDDEN' });
        expect(JSON.parse(readFileSync(path.join(data, 'settings.json'), 'utf8'))).toMatchObject({
          defaultAgency: '原设置',
        });
      },
      () => true,
    );
  });

  it('export:run refuses a targetDir the page names', async () => {
    await withServices(async (s, _data, root) => {
      const id = await create(s);
      await expect(
        s['export:run']({ draftId: id, kinds: ['html'], targetDir: path.join(root, 'x') }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(existsSync(path.join(root, 'x'))).toBe(false);
    });
  });

  it('settings:set validates the export folder and creates it only when asked', async () => {
    await withServices(async (s, data, root) => {
      // The default folder in use need not exist yet (export creates it), so saving it again is fine.
      await expect(
        s['settings:set']({ exportDir: path.join(root, 'Documents', '年报导出') }),
      ).resolves.toBeTruthy();
      await expect(s['settings:set']({ exportDir: 'relative/dir' })).rejects.toThrow(/不是完整路径/);
      await expect(s['settings:set']({ exportDir: '\\\\server\\share' })).rejects.toThrow(/网络共享路径/);
      await expect(s['settings:set']({ exportDir: '//server/share' })).rejects.toThrow(/网络共享路径/);
      await expect(s['settings:set']({ exportDir: path.join(data, 'drafts') })).rejects.toThrow(/数据目录/);
      const missing = path.join(root, '新文件夹');
      await expect(s['settings:set']({ exportDir: missing })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(existsSync(missing)).toBe(false);
      await expect(s['settings:set']({ exportDir: missing, createExportDir: true })).resolves.toMatchObject({
        exportDir: missing,
      });
      expect(existsSync(missing)).toBe(true);
      expect((await s['settings:get']({})).exportDir).toBe(missing);
    });
  });
});
