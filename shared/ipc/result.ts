// Result type and error codes shared by every transport (Electron IPC, HTTP in browser mode, CLI).

export type ErrorCode =
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'CONFLICT'
  /** A save based on a revision that is no longer the saved one (another window or tab saved in between). */
  | 'STALE'
  | 'EXISTS'
  | 'READ_ONLY'
  | 'LOCKED'
  | 'CORRUPT'
  | 'IO'
  | 'DISK_FULL'
  | 'FILE_BUSY'
  | 'UNSUPPORTED'
  | 'FORBIDDEN'
  | 'INTERNAL';

export interface AppErrorShape {
  readonly code: ErrorCode;
  /** A Chinese message fit to show to the clerk. */
  readonly message: string;
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppErrorShape };

/** Thrown by services; transports turn it into `{ ok: false, error }` without a stack. */
export class AppError extends Error implements AppErrorShape {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function toErrorShape(err: unknown): AppErrorShape {
  if (err instanceof AppError) return { code: err.code, message: err.message };
  return {
    code: 'INTERNAL',
    message: '内部错误，操作未完成。请重试；如仍失败，请导出草稿文件备份后联系技术支持。',
  };
}
