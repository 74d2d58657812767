// Messages between the app and the import worker (a worker thread under Node, a utilityProcess in Electron).
import type { ImportResult } from '../../../shared/import';
import type { AppErrorShape } from '../../../shared/ipc/result';

export interface ImportJob {
  readonly id: number;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly now?: string;
  readonly draftId?: string;
}

export type ImportReply =
  | { readonly id: number; readonly ok: true; readonly result: ImportResult }
  | { readonly id: number; readonly ok: false; readonly error: AppErrorShape };

/** Sent once by the worker when it is ready for jobs. */
export const READY = 'nianbao-import-ready';

/** Time one import may take (a real report takes well under a second; a long PDF a few seconds). */
export const IMPORT_TIME_LIMIT_MS = 20_000;
/** The worker's JavaScript heap (a report needs a few dozen MB). */
export const IMPORT_MEMORY_LIMIT_MB = 512;

export function budgetMessage(kind: 'time' | 'memory', limit: number): string {
  const what = kind === 'time' ? `超过 ${Math.round(limit / 1000)} 秒` : `超过内存上限 ${limit} MB`;
  return `该文件过大或结构异常，导入已中止（${what}），其他工作不受影响。`;
}
