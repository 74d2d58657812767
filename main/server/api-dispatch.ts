// Browser-mode API: one contract channel per call — parse the JSON body with the channel's zod schema, call the service.
import { contract, isChannel, type ChannelName, type Services } from '../../shared/ipc/contract';
import { toErrorShape, type AppErrorShape, type Result } from '../../shared/ipc/result';

const bad = (message: string): Result<never> => ({ ok: false, error: { code: 'BAD_REQUEST', message } });

/** Describes the first zod issue in words a clerk (or support) can read. */
function describeIssue(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const first = issues[0];
  if (!first) return '请求内容不符合要求。';
  const where = first.path.map(String).join('.') || '请求';
  return `请求内容不符合要求（${where}：${first.message}）。`;
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
    const shape: AppErrorShape = toErrorShape(err);
    if (shape.code === 'INTERNAL') logInternal(name, err);
    return { ok: false, error: shape };
  }
}

function logInternal(name: ChannelName, err: unknown): void {
  const text = err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(`[nianbao serve] ${name} 内部错误：${text}\n`);
}
