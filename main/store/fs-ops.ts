// The file operations the draft store uses, behind an interface so fault tests can inject EPERM/EBUSY/ENOSPC.
import { constants, promises as fsp } from 'node:fs';
import { errnoOf } from '../fs-errno';

export interface WritableFile {
  /** Writes all bytes (loops over short writes). */
  write(data: Uint8Array): Promise<void>;
  /** fsync: the bytes are on disk when this resolves. */
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface FileStat {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ino: number;
}

export interface FsOps {
  /** Creates a new file for writing; fails with EEXIST if it exists. */
  create(path: string): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  /** Hard link, used for no-clobber publication of exports. */
  link(existing: string, newPath: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Reads a regular file; anything else (a FIFO, a device, a folder) fails with ENOTREG instead of blocking. */
  readFile(path: string): Promise<Uint8Array>;
  /** Names in a directory; [] when it does not exist. */
  readdir(path: string): Promise<string[]>;
  mkdirp(path: string): Promise<void>;
  stat(path: string): Promise<FileStat | null>;
  /** Removes a directory tree (no error when missing). */
  rmTree(path: string): Promise<void>;
  /** fsync of a directory so a rename survives a power cut (POSIX); a no-op where unsupported. */
  syncDir(path: string): Promise<void>;
}

const errno = errnoOf;

export const nodeFsOps: FsOps = {
  async create(path) {
    const handle = await fsp.open(path, 'wx', 0o644);
    return {
      write: async (data) => {
        await handle.writeFile(data);
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => fsp.rename(from, to),
  link: (existing, newPath) => fsp.link(existing, newPath),
  unlink: (path) => fsp.unlink(path),
  async readFile(path) {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; the type is checked on the open handle (no race).
    const handle = await fsp.open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      if (!(await handle.stat()).isFile()) {
        throw Object.assign(new Error(`not a regular file: ${path}`), { code: 'ENOTREG' });
      }
      return new Uint8Array(await handle.readFile());
    } finally {
      await handle.close();
    }
  },
  async readdir(path) {
    try {
      return await fsp.readdir(path);
    } catch (err) {
      if (errno(err) === 'ENOENT' || errno(err) === 'ENOTDIR') return [];
      throw err;
    }
  },
  mkdirp: async (path) => {
    await fsp.mkdir(path, { recursive: true });
  },
  async stat(path) {
    try {
      const s = await fsp.stat(path);
      return { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino };
    } catch (err) {
      if (errno(err) === 'ENOENT') return null;
      throw err;
    }
  },
  rmTree: (path) => fsp.rm(path, { recursive: true, force: true }),
  async syncDir(path) {
    if (process.platform === 'win32') return;
    let handle: fsp.FileHandle | null = null;
    try {
      handle = await fsp.open(path, 'r');
      await handle.sync();
    } catch (err) {
      // Some file systems refuse fsync on directories; the rename itself is already atomic.
      if (!['EINVAL', 'EISDIR', 'EPERM', 'EBADF', 'ENOTSUP'].includes(errno(err) ?? '')) throw err;
    } finally {
      await handle?.close();
    }
  },
};

export { errno };
