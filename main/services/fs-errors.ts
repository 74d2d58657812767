// Node file-system errors (EACCES, ENOENT, ENOSPC, EEXIST…) in one Chinese line the clerk can act on.
import { AppError } from '../../shared/ipc/result';

function codeOf(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null || !('code' in err)) return undefined;
  const code = (err as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** The clerk-facing reason for an errno code, or undefined when the code is not a file-system error we know. */
export function fsReason(code: string | undefined): string | undefined {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return '没有访问权限，或文件被其他程序占用';
    case 'EBUSY':
      return '文件被其他程序占用';
    case 'ENOENT':
      return '文件或文件夹不存在';
    case 'ENOTDIR':
      return '路径中有一项不是文件夹';
    case 'EISDIR':
      return '目标是一个文件夹';
    case 'EEXIST':
      return '同名文件已存在';
    case 'ENOSPC':
    case 'EDQUOT':
      return '磁盘空间不足';
    case 'EROFS':
      return '该位置是只读的';
    case 'ENAMETOOLONG':
      return '路径过长';
    case 'EMFILE':
    case 'ENFILE':
      return '同时打开的文件过多';
    case 'EIO':
      return '磁盘读写出错';
    case 'EINVAL':
      return '路径无效';
    case 'ELOOP':
      return '路径中的快捷方式（符号链接）层数过多';
    case 'EXDEV':
      return '不能跨磁盘移动文件';
    default:
      return undefined;
  }
}

const CODE_OF_ERRNO: Readonly<Record<string, AppError['code']>> = {
  ENOENT: 'NOT_FOUND',
  EEXIST: 'EXISTS',
  ENOSPC: 'DISK_FULL',
  EDQUOT: 'DISK_FULL',
  EBUSY: 'FILE_BUSY',
  EPERM: 'FILE_BUSY',
  EACCES: 'FORBIDDEN',
};

/** An AppError for any error: ours unchanged, a known errno as `<action>失败：<reason>。`, else undefined. */
export function knownFsError(err: unknown, action: string): AppError | undefined {
  if (err instanceof AppError) return err;
  const code = codeOf(err);
  const reason = fsReason(code);
  if (!reason || !code) return undefined;
  return new AppError(CODE_OF_ERRNO[code] ?? 'IO', `${action}失败：${reason}（${code}）。`);
}

/** Like knownFsError, but always an AppError (an unknown failure becomes a generic Chinese IO error). */
export function fsErrorToAppError(err: unknown, action: string): AppError {
  return knownFsError(err, action) ?? new AppError('IO', `${action}失败：读写出错，请重试。`);
}

/**
 * Every handler of `handlers` with its thrown errors passed through `translate(err, name)` (which returns the error to
 * throw): one wrapper for the services' file-system errors and the drafts service's more specific ones.
 */
export function translateErrors<T extends object>(
  handlers: T,
  translate: (err: unknown, name: string) => unknown,
): T {
  const wrapped: Record<string, (req: never) => Promise<unknown>> = {};
  for (const [name, fn] of Object.entries(handlers) as [string, (req: never) => Promise<unknown>][]) {
    wrapped[name] = async (req: never) => {
      try {
        return await fn(req);
      } catch (err) {
        throw translate(err, name);
      }
    };
  }
  return wrapped as T;
}
