// The two transports behind the API client: the Electron preload bridge (window.nianbao) or HTTP in browser mode.
import type { ChannelName } from '../../shared/ipc/contract';
import type { Bridge } from '../../shared/ipc/bridge';
import type { Result } from '../../shared/ipc/result';

/** Sends one channel request and resolves to its Result (never rejects). */
export type Transport = (channel: ChannelName, request: unknown) => Promise<Result<unknown>>;

const TOKEN_META = 'nianbao-token';
/** Requests up to this size may outlive the page (keepalive), so a save on close still arrives. */
const KEEPALIVE_LIMIT = 60 * 1024;

const failure = (message: string): Result<never> => ({ ok: false, error: { code: 'IO', message } });

export function bridgeTransport(bridge: Bridge): Transport {
  return async (channel, request) => {
    const method = bridge[channel] as ((req: unknown) => Promise<Result<unknown>>) | undefined;
    if (typeof method !== 'function') return failure(`桌面程序不支持此操作（${channel}）。`);
    try {
      return await method(request);
    } catch {
      return failure('与年报助手后台的连接中断，请重新启动程序。');
    }
  };
}

/** The per-launch token the server put into index.html. */
export function readToken(doc: Document = document): string {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`);
  return meta?.content ?? '';
}

export function httpTransport(token: string, fetchImpl: typeof fetch = fetch.bind(globalThis)): Transport {
  return async (channel, request) => {
    const body = JSON.stringify(request ?? {});
    let response: Response;
    try {
      response = await fetchImpl(`./api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Nianbao-Token': token },
        body,
        keepalive: body.length <= KEEPALIVE_LIMIT,
        cache: 'no-store',
      });
    } catch {
      return failure('无法连接年报助手服务：请确认启动它的命令行窗口没有关闭。');
    }
    let parsed: unknown;
    try {
      parsed = await response.json();
    } catch {
      return failure(`年报助手服务返回了无法识别的内容（HTTP ${response.status}）。`);
    }
    if (parsed && typeof parsed === 'object' && 'ok' in parsed) return parsed as Result<unknown>;
    return failure(`年报助手服务返回了无法识别的内容（HTTP ${response.status}）。`);
  };
}
