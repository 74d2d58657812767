// Atomic file writes (temp file → write → fsync → rename → directory fsync) with retries, and errno → AppError.
//
// Why not conf's/atomically's writer for drafts: conf falls back to a plain, non-atomic writeFileSync on EXDEV
// and whenever $SNAP is set, retries EPERM/EBUSY in a 1 s busy loop we cannot tune, never fsyncs the directory,
// and gives no seam to inject faults. The guarantees matter more than the library, so drafts use this writer.
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { errno, type FsOps, type WritableFile } from './fs-ops';

export interface RetryPolicy {
  /** Waits between attempts when a file is busy (EPERM/EBUSY, typically antivirus on Windows). */
  readonly delaysMs: readonly number[];
  readonly sleep?: (ms: number) => Promise<void>;
}

/** About 1.3 s of backoff in total, then the error is reported. */
export const DEFAULT_RETRY: RetryPolicy = { delaysMs: [20, 40, 80, 160, 320, 640] };

const BUSY = new Set(['EPERM', 'EBUSY']);
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `op`, retrying with backoff while it fails with EPERM/EBUSY. */
export async function withBusyRetry<T>(op: () => Promise<T>, retry: RetryPolicy = DEFAULT_RETRY): Promise<T> {
  const sleep = retry.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await op();
    } catch (err) {
      const delay = retry.delaysMs[attempt];
      if (!BUSY.has(errno(err) ?? '') || delay === undefined) throw err;
      await sleep(delay);
    }
  }
}

/** Turns a file-system error into an AppError whose Chinese message says what happened and what is safe. */
export function toAppError(err: unknown, action: string, intactNote = '之前保存的版本完好无损。'): AppError {
  if (err instanceof AppError) return err;
  const code = errno(err);
  switch (code) {
    case 'EPERM':
    case 'EBUSY':
      return new AppError(
        'FILE_BUSY',
        `${action}失败：文件被其他程序占用（可能是杀毒软件或正在打开它的程序），多次重试后仍未成功。${intactNote}请稍后再试。`,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('DISK_FULL', `${action}失败：磁盘空间不足。${intactNote}请清理磁盘空间后重试。`);
    case 'ENOTREG':
    case 'EISDIR':
      return new AppError(
        'CORRUPT',
        `${action}失败：该位置不是普通文件（可能是文件夹或特殊文件），无法读取。${intactNote}`,
      );
    case 'EACCES':
      return new AppError('IO', `${action}失败：没有访问权限（${code}）。${intactNote}`);
    case 'EROFS':
      return new AppError('IO', `${action}失败：磁盘或文件夹是只读的（${code}）。${intactNote}`);
    default:
      return new AppError('IO', `${action}失败：读写磁盘出错（${code ?? '未知错误'}）。${intactNote}`);
  }
}

export interface AtomicWriteOptions {
  readonly retry?: RetryPolicy;
  /** Refuse (EEXIST) instead of replacing an existing target. */
  readonly exclusive?: boolean;
}

let tempCounter = 0;
export const TEMP_SUFFIX = '.tmp';

/** A temp name next to the target: same directory, so the rename is atomic. */
export function tempNameFor(target: string): string {
  tempCounter = (tempCounter + 1) % 1_000_000;
  const rand = Math.random().toString(36).slice(2, 8);
  return `${target}.${process.pid}-${tempCounter}-${rand}${TEMP_SUFFIX}`;
}

export function isTempName(name: string): boolean {
  return /\.\d+-\d+-[a-z0-9]+\.tmp$/.test(name);
}

/**
 * Writes `data` to `target` so that a reader (or a crash at any instant) sees either the old file or the new
 * one, never a mixture. Throws the raw errno error; the temp file is removed on failure.
 */
export async function writeFileAtomic(
  fs: FsOps,
  target: string,
  data: Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const retry = options.retry ?? DEFAULT_RETRY;
  const temp = tempNameFor(target);
  let file: WritableFile | null = null;
  let tempExists = false;
  try {
    file = await withBusyRetry(() => fs.create(temp), retry);
    tempExists = true;
    await file.write(data);
    await file.sync();
    const f = file;
    file = null;
    await f.close();
    if (options.exclusive) {
      await publishExclusive(fs, temp, target, retry);
    } else {
      await withBusyRetry(() => fs.rename(temp, target), retry);
    }
    tempExists = false;
    await fs.syncDir(path.dirname(target));
  } finally {
    if (file) await file.close().catch(() => undefined);
    if (tempExists) await fs.unlink(temp).catch(() => undefined);
  }
}

/** Publishes a finished temp file under `target` only if nothing is there (hard link is atomic no-clobber). */
async function publishExclusive(fs: FsOps, temp: string, target: string, retry: RetryPolicy): Promise<void> {
  try {
    await fs.link(temp, target);
  } catch (err) {
    const code = errno(err);
    if (code === 'EEXIST') throw err;
    // File systems without hard links (FAT on USB sticks): check, then rename.
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK'].includes(code ?? '')) throw err;
    if (await fs.stat(target)) {
      throw Object.assign(new Error(`EEXIST: ${target}`), { code: 'EEXIST' });
    }
    await withBusyRetry(() => fs.rename(temp, target), retry);
    return;
  }
  await fs.unlink(temp).catch(() => undefined);
}
