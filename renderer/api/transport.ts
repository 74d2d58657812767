// The two transports behind the API client: the Electron preload bridge (window.nianbao) or HTTP in browser mode.
import type { ChannelName } from '../../shared/ipc/contract';
import type { Bridge } from '../../shared/ipc/bridge';
import type { Result } from '../../shared/ipc/result';
import { connection, type Connection } from './connection';
import { otherLivePages, UnsavedJournal } from './unsaved-journal';

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

export interface HttpTransportOptions {
  /** Where the state for the banner goes. */
  readonly connection?: Connection;
  /** Keeps unanswered saves across a reload (localStorage; null disables). */
  readonly storage?: Storage | null;
  /** Waits between retries (tests pass an instant one). */
  readonly sleep?: (ms: number) => Promise<void>;
}

type Attempt =
  | { readonly kind: 'answer'; readonly result: Result<unknown> }
  | { readonly kind: 'down' }
  | { readonly kind: 'refused' };

/** Waits between attempts while the service is unreachable: quickly at first, then every 2 s. */
export const RETRY_DELAYS_MS: readonly number[] = [300, 600, 1000, 2000];

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function defaultStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * HTTP to the browser-mode server. When the service cannot be reached (stopped, restarting) the request is not
 * failed: the banner says 无法连接年报助手服务，正在重试… and the request is sent again until the service answers,
 * so the editor's pending save simply completes after the restart. A save is also kept in localStorage until
 * answered (see unsaved-journal.ts) and re-sent when the page is opened again.
 */
export function httpTransport(
  initialToken: string,
  fetchImpl: typeof fetch = fetch.bind(globalThis),
  options: HttpTransportOptions = {},
): Transport {
  const conn = options.connection ?? connection;
  const sleep = options.sleep ?? defaultSleep;
  let token = initialToken;
  const journal = new UnsavedJournal(options.storage === undefined ? defaultStorage() : options.storage);

  const attempt = async (channel: ChannelName, body: string): Promise<Attempt> => {
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
      return { kind: 'down' };
    }
    let parsed: unknown;
    try {
      parsed = await response.json();
    } catch {
      return {
        kind: 'answer',
        result: failure(`年报助手服务返回了无法识别的内容（HTTP ${response.status}）。`),
      };
    }
    // 403 comes only from the server's guards (token, Host, Origin): the page's token is no longer accepted.
    if (response.status === 403) return { kind: 'refused' };
    if (parsed && typeof parsed === 'object' && 'ok' in parsed) {
      return { kind: 'answer', result: parsed as Result<unknown> };
    }
    return {
      kind: 'answer',
      result: failure(`年报助手服务返回了无法识别的内容（HTTP ${response.status}）。`),
    };
  };

  /**
   * After a 403: if the clerk has opened the service's new address in another tab, the page now carries the new
   * token cookie, and index.html (fetched with it) holds the new token: take it and go on, edits and all.
   */
  const refreshToken = async (): Promise<boolean> => {
    try {
      const page = await fetchImpl('./', { cache: 'no-store', credentials: 'same-origin' });
      if (page.status !== 200) return false;
      const doc = new DOMParser().parseFromString(await page.text(), 'text/html');
      const fresh = readToken(doc);
      if (!fresh || fresh === token) return false;
      token = fresh;
      return true;
    } catch {
      return false;
    }
  };

  /** Sends until the service answers. */
  const deliver = async (channel: ChannelName, body: string): Promise<Result<unknown>> => {
    for (let n = 0; ; n++) {
      const got = await attempt(channel, body);
      if (got.kind === 'answer') {
        conn.set('online');
        return got.result;
      }
      if (got.kind === 'refused' && (await refreshToken())) continue;
      conn.set(got.kind === 'down' ? 'retrying' : 'refused');
      await sleep(RETRY_DELAYS_MS[Math.min(n, RETRY_DELAYS_MS.length - 1)] ?? 2000);
    }
  };

  // Saves left unanswered when the page was last closed go first, before anything reads the drafts.
  let replay: Promise<void> | null = null;
  const replayOnce = () =>
    (replay ??= (async () => {
      for (const entry of journal.pending(await otherLivePages())) {
        const result = await deliver('drafts:save', entry.body);
        // Refused as stale (saved elsewhere since): kept for the editor, which shows the conflict dialog on opening
        // the draft; nothing is overwritten.
        if (result.ok || result.error.code !== 'STALE') journal.settle(entry.key, entry.body);
      }
    })());

  return async (channel, request) => {
    await replayOnce();
    const body = JSON.stringify(request ?? {});
    const key = channel === 'drafts:save' ? journal.keep(request, body) : null;
    const result = await deliver(channel, body);
    if (key) journal.settle(key, body);
    return result;
  };
}
