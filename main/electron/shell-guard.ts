// The only door to `shell`: opens or reveals a file only if this app has just exported it (.pdf/.docx/.html).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';

export const OPENABLE_EXTENSIONS: ReadonlySet<string> = new Set(['.pdf', '.docx', '.html']);

/** How long after being exported a file may still be opened from the app (the session's export list). */
export const EXPORT_TTL_MS = 12 * 60 * 60 * 1000;

export interface ShellLike {
  openPath(path: string): Promise<string>;
  showItemInFolder(path: string): void;
}

/** File systems store modification times coarsely (FAT: 2 s). */
const MTIME_SLACK_MS = 2000;

const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';

function key(p: string): string {
  const normal = path.resolve(p);
  return caseInsensitive ? normal.toLowerCase() : normal;
}

/** Remembers files written by export (or chosen in the app's save dialog) and guards every open/reveal. */
export class ExportedFiles {
  private readonly files = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Records a path the app exported (or is about to export, after the clerk chose it in the save dialog). */
  remember(file: string): void {
    if (!path.isAbsolute(file)) return;
    this.files.set(key(file), this.now());
  }

  /** The real path of `file` if it may be opened: remembered, recent, allowed extension, a regular file. */
  async check(file: string): Promise<string> {
    if (file.startsWith('\\\\') || file.startsWith('//')) {
      // Opening a UNC path makes Windows contact that server (and offer credentials): never from inside the app.
      throw new AppError('FORBIDDEN', '不能从本应用直接打开网络路径上的文件，请在文件夹中手动打开。');
    }
    if (!path.isAbsolute(file)) throw new AppError('FORBIDDEN', '只能打开本应用刚刚导出的文件。');
    const ext = path.extname(file).toLowerCase();
    if (!OPENABLE_EXTENSIONS.has(ext))
      throw new AppError('FORBIDDEN', '只能打开导出的 PDF、Word 或网页文件。');
    const at = this.files.get(key(file));
    if (at === undefined || this.now() - at > EXPORT_TTL_MS) {
      throw new AppError('FORBIDDEN', '只能打开本应用刚刚导出的文件。');
    }
    let real: string;
    try {
      // The file itself must be a regular file: a symlink swapped in after export must not redirect the open.
      const stat = await fs.lstat(file);
      if (!stat.isFile()) throw new AppError('FORBIDDEN', '只能打开本应用刚刚导出的文件。');
      // …and written since it was remembered (a path chosen in the save dialog counts only once export wrote it).
      if (stat.mtimeMs < at - MTIME_SLACK_MS)
        throw new AppError('FORBIDDEN', '只能打开本应用刚刚导出的文件。');
      real = await fs.realpath(file);
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError('NOT_FOUND', '找不到该文件，可能已被移动或删除。');
    }
    return real;
  }

  async open(shell: ShellLike, file: string): Promise<void> {
    const real = await this.check(file);
    const failure = await shell.openPath(real);
    if (failure) throw new AppError('IO', `无法打开文件：${failure}`);
  }

  async reveal(shell: ShellLike, file: string): Promise<void> {
    shell.showItemInFolder(await this.check(file));
  }
}

/** Paths named in an export channel's response (`{path}`, `{paths}`, or a list of `{kind, path}`). */
export function exportedPathsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => exportedPathsIn(item));
  if (!value || typeof value !== 'object') return [];
  const v = value as { path?: unknown; paths?: unknown };
  const out: string[] = [];
  if (typeof v.path === 'string') out.push(v.path);
  if (Array.isArray(v.paths)) for (const p of v.paths) if (typeof p === 'string') out.push(p);
  return out;
}
