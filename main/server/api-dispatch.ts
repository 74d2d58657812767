// Browser-mode API: one contract channel per call — parse the JSON body with the channel's zod schema, call the service.
import { contract, isChannel, type Services } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { badRequest, runChannel } from '../services/run-channel';

/**
 * Runs one channel. Unknown channels, bodies that are not JSON and requests the schema refuses become
 * BAD_REQUEST results; errors thrown by a service become `{ ok: false }` with its Chinese message and no stack.
 */
export async function dispatch(services: Services, name: string, body: string): Promise<Result<unknown>> {
  if (!isChannel(name)) return badRequest(`没有这个接口：${name.slice(0, 60)}`);
  let raw: unknown;
  try {
    raw = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    return badRequest('请求内容不是有效的 JSON。');
  }
  const handler = services[name] as (req: unknown) => Promise<unknown>;
  return runChannel(name, contract[name].request, handler, raw, { logInternal });
}

function logInternal(name: string, err: unknown): void {
  const text = err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(`[nianbao serve] ${name} 内部错误：${text}\n`);
}
