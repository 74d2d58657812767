// Node file-system errors (EACCES, ENOENT, ENOSPC, EEXIST…) in one Chinese line the clerk can act on.
import { AppError } from '../../shared/ipc/result';
import { errnoOf, fsReason } from '../fs-errno';

export { fsReason };

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
  const code = errnoOf(err);
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
