// Browser-mode API: one contract channel per call — parse the JSON body with the channel's zod schema, call the service.
import { contract, isChannel, type ChannelName, type Services } from '../../shared/ipc/contract';
import { toErrorShape, type AppErrorShape, type Result } from '../../shared/ipc/result';
import { knownFsError } from '../services/fs-errors';

const bad = (message: string): Result<never> => ({ ok: false, error: { code: 'BAD_REQUEST', message } });

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

/**
 * Runs one channel. Unknown channels, bodies that are not JSON and requests the schema refuses become
 * BAD_REQUEST results; errors thrown by a service become `{ ok: false }` with its Chinese message and no stack.
 */
export async function dispatch(services: Services, name: string, body: string): Promise<Result<unknown>> {
  if (!isChannel(name)) return bad(`没有这个接口：${name.slice(0, 60)}`);
  let raw: unknown;
  try {
    raw = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    return bad('请求内容不是有效的 JSON。');
  }
  const parsed = contract[name].request.safeParse(raw);
  if (!parsed.success) return bad(describeIssue(parsed.error.issues));
  try {
    const handler = services[name] as (req: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (err) {
    const shape: AppErrorShape = toErrorShape(knownFsError(err, '操作') ?? err);
    if (shape.code === 'INTERNAL') logInternal(name, err);
    return { ok: false, error: shape };
  }
}

function logInternal(name: ChannelName, err: unknown): void {
  const text = err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(`[nianbao serve] ${name} 内部错误：${text}\n`);
}
