// The one runner of a contract channel for every transport (Electron IPC, browser-mode HTTP): zod parse → call → Result.
import type { z } from 'zod';
import { toErrorShape, type AppErrorShape, type Result } from '../../shared/ipc/result';
import { knownFsError } from './fs-errors';

const ISSUE_TEXT: Readonly<Record<string, string>> = {
  invalid_type: '类型不正确',
  too_small: '内容过短或数值过小',
  too_big: '内容过长或数值过大',
  invalid_format: '格式不正确',
  invalid_value: '不是允许的取值',
  not_multiple_of: '数值不正确',
  unrecognized_keys: '含有不认识的字段',
  invalid_union: '内容不符合任何一种允许的形式',
  invalid_key: '字段名不正确',
  invalid_element: '其中一项不正确',
};

/**
 * Describes the first zod issue in Chinese: the schema's own message when it is plain Chinese (e.g. 请填写机关名称),
 * else by issue kind — zod's generic messages, even localised, name JavaScript types (“期望 string”).
 */
export function describeIssue(
  issues: readonly { code?: string; path: readonly PropertyKey[]; message: string }[],
): string {
  const first = issues[0];
  if (!first) return '请求内容不符合要求。';
  const where = first.path.map(String).join('.') || '请求';
  const text =
    /[\u4e00-\u9fff]/.test(first.message) && !/[A-Za-z]/.test(first.message)
      ? first.message
      : (ISSUE_TEXT[first.code ?? ''] ?? '内容不正确');
  return `请求内容不符合要求（${where}：${text}）。`;
}

export const badRequest = (message: string): Result<never> => ({
  ok: false,
  error: { code: 'BAD_REQUEST', message },
});

export interface RunOptions {
  /** Where an internal error (a bug, not the clerk's doing) is logged with its stack. */
  readonly logInternal: (channel: string, err: unknown) => void;
  /** Called after a successful call (e.g. to remember exported files or the open draft). */
  readonly onSuccess?: (channel: string, request: unknown, value: unknown) => void;
}

/**
 * Runs one channel: a request the schema refuses becomes BAD_REQUEST with a Chinese line; an error the handler
 * throws becomes `{ ok: false }` with its Chinese message (file-system errors named plainly) and no stack.
 */
export async function runChannel(
  channel: string,
  schema: z.ZodType,
  handle: (request: unknown) => Promise<unknown>,
  raw: unknown,
  options: RunOptions,
): Promise<Result<unknown>> {
  const parsed = schema.safeParse(raw ?? {});
  if (!parsed.success) return badRequest(describeIssue(parsed.error.issues));
  try {
    const value = await handle(parsed.data);
    options.onSuccess?.(channel, parsed.data, value);
    return { ok: true, value };
  } catch (err) {
    const shape: AppErrorShape = toErrorShape(knownFsError(err, '操作') ?? err);
    if (shape.code === 'INTERNAL') options.logInternal(channel, err);
    return { ok: false, error: shape };
  }
}
