// shell.openPath / showItemInFolder only for a just-exported .pdf/.docx/.html that is still the file written.
import { mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EXPORT_TTL_MS, ExportedFiles, exportedPathsIn } from './shell-guard';

let dir: string;
const shell = { openPath: jest.fn(async (_p: string) => ''), showItemInFolder: jest.fn() };

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-shell-'));
  jest.clearAllMocks();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function exportFile(files: ExportedFiles, name: string): string {
  const file = path.join(dir, name);
  files.remember(file);
  writeFileSync(file, 'x');
  return file;
}

describe('ExportedFiles', () => {
  it.each(['报告.pdf', '报告.docx', '报告.html', 'REPORT.PDF'])(
    'opens and reveals the just-exported %s',
    async (name) => {
      const files = new ExportedFiles();
      const file = exportFile(files, name);
      await files.open(shell, file);
      expect(shell.openPath).toHaveBeenCalledWith(file);
      await files.reveal(shell, file);
      expect(shell.showItemInFolder).toHaveBeenCalledWith(file);
    },
  );

  it.each(['run.exe', 'link.lnk', 'script.bat', 'x.cmd', 'x.js', 'x.pdf.exe', 'draft.nianbao.json', 'noext'])(
    'refuses the extension of %s even when remembered',
    async (name) => {
      const files = new ExportedFiles();
      const file = exportFile(files, name);
      await expect(files.open(shell, file)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(files.reveal(shell, file)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(shell.openPath).not.toHaveBeenCalled();
      expect(shell.showItemInFolder).not.toHaveBeenCalled();
    },
  );

  it('refuses a file the app did not export, relative, traversal and UNC paths', async () => {
    const files = new ExportedFiles();
    const other = path.join(dir, 'other.pdf');
    writeFileSync(other, 'x');
    exportFile(files, 'mine.pdf');
    for (const p of [
      other,
      'mine.pdf',
      path.join(dir, 'sub', '..', '..', 'x.pdf'),
      '\\\\server\\share\\x.pdf',
      '//server/share/x.pdf',
    ]) {
      await expect(files.open(shell, p)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(shell.openPath).not.toHaveBeenCalled();
  });

  it('refuses a path chosen in the save dialog until the export has written it', async () => {
    let now = Date.now();
    const files = new ExportedFiles(() => now);
    const file = path.join(dir, 'old.pdf');
    writeFileSync(file, 'someone else');
    const old = new Date(now - 60_000);
    utimesSync(file, old, old);
    files.remember(file);
    await expect(files.open(shell, file)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    writeFileSync(file, 'exported');
    now += 10;
    await files.open(shell, file);
    expect(shell.openPath).toHaveBeenCalledTimes(1);
  });

  it('forgets exports after the time limit', async () => {
    let now = Date.now();
    const files = new ExportedFiles(() => now);
    const file = exportFile(files, 'a.pdf');
    now += EXPORT_TTL_MS + 1;
    await expect(files.open(shell, file)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a symlink swapped in for the exported file', async () => {
    const files = new ExportedFiles();
    const target = path.join(dir, 'evil.exe');
    writeFileSync(target, 'MZ');
    const file = path.join(dir, 'report.pdf');
    files.remember(file);
    symlinkSync(target, file);
    await expect(files.open(shell, file)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(shell.openPath).not.toHaveBeenCalled();
  });

  it('reports a missing file and an openPath failure in Chinese', async () => {
    const files = new ExportedFiles();
    const gone = path.join(dir, 'gone.pdf');
    files.remember(gone);
    await expect(files.open(shell, gone)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const file = exportFile(files, 'b.pdf');
    shell.openPath.mockResolvedValueOnce('No application is associated');
    await expect(files.open(shell, file)).rejects.toMatchObject({
      code: 'IO',
      message: expect.stringContaining('无法打开'),
    });
  });
});

describe('exportedPathsIn', () => {
  it('reads path, paths and lists of files from an export response, ignoring anything else', () => {
    expect(exportedPathsIn({ path: '/a.pdf' })).toEqual(['/a.pdf']);
    expect(exportedPathsIn({ paths: ['/a.pdf', 3, '/b.docx'] })).toEqual(['/a.pdf', '/b.docx']);
    expect(
      exportedPathsIn([
        { kind: 'pdf', path: '/a.pdf' },
        { kind: 'docx', path: '/a.docx' },
      ]),
    ).toEqual(['/a.pdf', '/a.docx']);
    expect(exportedPathsIn(null)).toEqual([]);
    expect(exportedPathsIn('/a.pdf')).toEqual([]);
  });
});
