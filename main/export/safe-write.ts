// Writing an export safely: temp file + fsync + rename (never a half-written file), no silent overwrite, clear Chinese errors.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { errnoOf } from '../fs-errno';

/** Maps a file-system error to a message the clerk can act on. */
export function writeError(err: unknown, file: string): AppError {
  const name = path.basename(file);
  switch (errnoOf(err)) {
    case 'EBUSY':
    case 'EPERM':
    case 'EACCES':
      return new AppError(
        'FILE_BUSY',
        `无法写入“${name}”：文件可能正被 Word、WPS 或 PDF 阅读器打开，或没有写入权限。请关闭该文件后重试，或换一个文件名。`,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('DISK_FULL', `磁盘空间不足，“${name}”未能写入。请清理磁盘或换一个位置后重试。`);
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError('NOT_FOUND', `保存位置“${path.dirname(file)}”不存在，请选择其他文件夹。`);
    case 'EROFS':
      return new AppError('IO', `“${path.dirname(file)}”是只读位置，无法保存“${name}”。`);
    case 'EISDIR':
      return new AppError('IO', `“${name}”是一个文件夹，不能作为导出文件名。`);
    default:
      return new AppError('IO', `写入“${name}”失败，文件未保存。请重试或换一个位置。`);
  }
}

export const existsError = (file: string): AppError =>
  new AppError('EXISTS', `文件“${path.basename(file)}”已存在，是否覆盖？`);

async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

/** A file written and synced under a temporary name beside its target, not yet in place. */
export interface StagedFile {
  /** Puts it in place (see writeFileSafely); on failure the temporary file is removed. */
  commit(overwrite: boolean): Promise<void>;
  /** Removes the temporary file. */
  discard(): Promise<void>;
}

/** Writes and syncs `data` beside `file` under a temporary name: the slow part of a safe write, done early. */
export async function stageFile(file: string, data: Uint8Array | string): Promise<StagedFile> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const discard = () =>
    fs.rm(temp, { force: true }).then(
      () => undefined,
      () => undefined,
    );
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx');
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await discard();
    throw writeError(err, file);
  }
  return {
    discard,
    commit: async (overwrite) => {
      try {
        if (overwrite) {
          await fs.rename(temp, file);
        } else {
          try {
            await fs.link(temp, file);
            await fs.unlink(temp);
          } catch (err) {
            if (errnoOf(err) === 'EEXIST') throw existsError(file);
            // File systems without hard links (FAT/exFAT USB sticks): re-check, then rename.
            if (await exists(file)) throw existsError(file);
            await fs.rename(temp, file);
          }
        }
      } catch (err) {
        await discard();
        if (err instanceof AppError) throw err;
        throw writeError(err, file);
      }
    },
  };
}

/**
 * Writes `data` to `file` atomically. Without `overwrite`, an existing file is refused with AppError('EXISTS');
 * the final step then uses link() so a file created meanwhile is not clobbered either.
 */
export async function writeFileSafely(
  file: string,
  data: Uint8Array | string,
  overwrite = false,
): Promise<void> {
  if (!overwrite && (await exists(file))) throw existsError(file);
  const staged = await stageFile(file, data);
  await staged.commit(overwrite);
}
