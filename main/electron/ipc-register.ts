// The one wrapper every IPC channel goes through: sender check → size limit → runChannel (zod parse → call → Result).
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { MAX_REQUEST_BYTES } from '../../shared/ipc/contract';
import { AppError, toErrorShape, type Result } from '../../shared/ipc/result';
import { runChannel } from '../services/run-channel';
import { isTrustedSenderFrame, type SenderFrame } from './app-url';

/** What a handler sees of the invoking event: only the sender's frame and web contents. */
export interface InvokeContext {
  readonly sender: IpcMainInvokeEvent['sender'];
}

export interface ChannelEntry {
  readonly schema: z.ZodType;
  readonly handle: (req: unknown, context: InvokeContext) => Promise<unknown>;
}

export interface RegisterOptions {
  readonly maxRequestBytes?: number;
  /** Called after a successful call (e.g. to remember exported files or the open draft). */
  readonly onSuccess?: (channel: string, request: unknown, value: unknown) => void;
}

const FORBIDDEN = new AppError('FORBIDDEN', '拒绝访问：请求不是来自本应用的主窗口。');

/** JSON size of a request in bytes, or null when it cannot be measured (cycles, BigInt …). */
function byteSize(value: unknown): number | null {
  try {
    const json = JSON.stringify(value === undefined ? null : value);
    return Buffer.byteLength(json, 'utf8');
  } catch {
    return null;
  }
}

type InvokeEventLike = Pick<IpcMainInvokeEvent, 'sender'> & { readonly senderFrame: SenderFrame | null };

/** Builds the ipcMain.handle listener for one channel. Exported for tests. */
export function wrapHandler(
  channel: string,
  entry: ChannelEntry,
  options: RegisterOptions = {},
): (event: InvokeEventLike, ...args: unknown[]) => Promise<Result<unknown>> {
  const limit = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
  return async (event, ...args) => {
    try {
      if (!isTrustedSenderFrame(event.senderFrame)) throw FORBIDDEN;
      if (args.length > 1) throw new AppError('BAD_REQUEST', '请求格式不正确：参数过多。');
      const size = byteSize(args[0]);
      if (size === null) throw new AppError('BAD_REQUEST', '请求格式不正确：无法读取请求内容。');
      if (size > limit) {
        throw new AppError('BAD_REQUEST', `请求过大（${Math.ceil(size / 1024)} KB），已拒绝。`);
      }
      return await runChannel(
        channel,
        entry.schema,
        (req) => entry.handle(req, { sender: event.sender }),
        args[0],
        {
          logInternal,
          ...(options.onSuccess ? { onSuccess: options.onSuccess } : {}),
        },
      );
    } catch (err) {
      return { ok: false, error: toErrorShape(err) };
    }
  };
}

function logInternal(channel: string, err: unknown): void {
  console.error(`[ipc] ${channel} 内部错误：`, err);
}

/** Registers every entry through the wrapper; `ipcMain.on` is never used. */
export function registerChannels(
  ipcMain: Pick<IpcMain, 'handle'>,
  entries: Readonly<Record<string, ChannelEntry>>,
  options: RegisterOptions = {},
): string[] {
  const names = Object.keys(entries);
  for (const name of names) {
    const entry = entries[name];
    if (!entry) continue;
    ipcMain.handle(name, wrapHandler(name, entry, options) as Parameters<IpcMain['handle']>[1]);
  }
  return names;
}
