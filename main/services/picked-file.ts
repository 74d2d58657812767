// A file named by path in an import request: only one the clerk picked in the desktop app's open dialog, read here.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { MAX_FILE_BYTES, fileTooLarge } from '../../shared/ipc/limits';
import { AppError } from '../../shared/ipc/result';

interface FileRequest {
  readonly fileName: string;
  readonly contentBase64?: string | undefined;
  readonly path?: string | undefined;
}

/**
 * The request with the picked file's bytes in place of its path (unchanged when it already carries the bytes), so
 * that the desktop app's bytes stay in main. A path the clerk did not pick in an open dialog is refused.
 */
export async function withPickedBytes<R extends FileRequest>(
  req: R,
  allowPicked: (file: string) => boolean,
): Promise<R> {
  const file = req.path;
  if (file === undefined) return req;
  if (!allowPicked(file)) {
    throw new AppError('FORBIDDEN', '只能导入在“打开”对话框中选择的文件，请重新选择。');
  }
  const name = path.basename(file);
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new AppError('BAD_REQUEST', '所选项目不是文件。');
    if (stat.size > MAX_FILE_BYTES) throw new AppError('BAD_REQUEST', fileTooLarge(name));
    bytes = await fs.readFile(file);
  } catch (err) {
    if (err instanceof AppError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new AppError('NOT_FOUND', '找不到所选文件，可能已被移动或删除。');
    }
    throw new AppError('IO', '无法读取所选文件，请确认文件未被其他程序占用。');
  }
  if (bytes.length > MAX_FILE_BYTES) throw new AppError('BAD_REQUEST', fileTooLarge(name));
  const { path: _path, ...rest } = req;
  return { ...rest, contentBase64: bytes.toString('base64') } as R;
}
