// API client: unwraps results, throws ApiError with the Chinese message; HTTP and bridge transports fail softly.
import { channelNames } from '../../shared/ipc/contract';
import type { Bridge } from '../../shared/ipc/bridge';
import { ApiError, createApiClient, errorMessage } from './client';
import { Connection, CONNECTION_MESSAGES, type ConnectionStatus } from './connection';
import { bridgeTransport, httpTransport, readToken, type Transport } from './transport';
import { UnsavedJournal } from './unsaved-journal';

describe('createApiClient', () => {
  it('has one method per contract channel and unwraps ok results', async () => {
    const seen: unknown[] = [];
    const transport: Transport = async (channel, request) => {
      seen.push([channel, request]);
      return { ok: true, value: { version: '9', dataDir: '/x', shell: 'browser' } };
    };
    const api = createApiClient(transport);
    expect(Object.keys(api).sort()).toEqual([...channelNames].sort());
    await expect(api['app:info']({})).resolves.toEqual({ version: '9', dataDir: '/x', shell: 'browser' });
    expect(seen).toEqual([['app:info', {}]]);
  });

  it('throws ApiError carrying the code and the Chinese message', async () => {
    const api = createApiClient(async () => ({
      ok: false,
      error: { code: 'NOT_FOUND', message: '找不到该草稿。' },
    }));
    const err = await api['drafts:open']({ id: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 'NOT_FOUND', message: '找不到该草稿。' });
    expect(errorMessage(err)).toBe('找不到该草稿。');
    expect(errorMessage(new Error('secret internals'))).toBe('操作未完成，请重试。');
  });
});

describe('httpTransport', () => {
  it('posts JSON to ./api/<channel> with the token header', async () => {
    const calls: [string, RequestInit][] = [];
    const fetchImpl = (async (url: string, init: RequestInit) => {
      calls.push([url, init]);
      return { status: 200, json: async () => ({ ok: true, value: [] }) };
    }) as unknown as typeof fetch;
    const result = await httpTransport('tok', fetchImpl, { storage: null })('drafts:list', {});
    expect(result).toEqual({ ok: true, value: [] });
    const [url, init] = calls[0] ?? ['', {}];
    expect(url).toBe('./api/drafts:list');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json', 'X-Nianbao-Token': 'tok' });
    expect(init.body).toBe('{}');
    expect(init.keepalive).toBe(true);
  });

  it('keeps retrying while the service is down, shows the state, and completes once it answers', async () => {
    const conn = new Connection();
    const seen: ConnectionStatus[] = [];
    conn.subscribe(() => seen.push(conn.get()));
    let calls = 0;
    const flaky = (async () => {
      calls++;
      if (calls <= 3) throw new TypeError('Failed to fetch');
      return { status: 200, json: async () => ({ ok: true, value: { savedAt: 'x' } }) };
    }) as unknown as typeof fetch;
    const waits: number[] = [];
    const t = httpTransport('t', flaky, {
      connection: conn,
      storage: null,
      sleep: async (ms) => void waits.push(ms),
    });
    await expect(t('drafts:list', {})).resolves.toEqual({ ok: true, value: { savedAt: 'x' } });
    expect(calls).toBe(4);
    expect(waits).toEqual([300, 600, 1000]);
    expect(seen).toEqual(['retrying', 'online']);
    expect(CONNECTION_MESSAGES.retrying).toBe('无法连接年报助手服务，正在重试…');
  });

  it('says so when the token is refused (403) and recovers when it is accepted again', async () => {
    const conn = new Connection();
    let calls = 0;
    const fetchImpl = (async (url: string) => {
      if (url === './') return { status: 403, text: async () => '' };
      calls++;
      if (calls === 1)
        return {
          status: 403,
          json: async () => ({ ok: false, error: { code: 'FORBIDDEN', message: '令牌' } }),
        };
      expect(conn.get()).toBe('refused');
      return { status: 200, json: async () => ({ ok: true, value: 1 }) };
    }) as unknown as typeof fetch;
    const t = httpTransport('t', fetchImpl, { connection: conn, storage: null, sleep: async () => {} });
    await expect(t('app:info', {})).resolves.toEqual({ ok: true, value: 1 });
    expect(conn.get()).toBe('online');
    expect(CONNECTION_MESSAGES.refused).toMatch(/^年报助手服务的访问令牌已更换/);
  });

  it('after a 403 takes the new token from the page once the new address was opened in another tab', async () => {
    const headers: string[] = [];
    const fetchImpl = (async (url: string, init: RequestInit) => {
      if (url === './') {
        return {
          status: 200,
          text: async () => '<html><head><meta name="nianbao-token" content="NEW"></head></html>',
        };
      }
      const token = (init.headers as Record<string, string>)['X-Nianbao-Token'] ?? '';
      headers.push(token);
      if (token === 'OLD')
        return { status: 403, json: async () => ({ ok: false, error: { code: 'FORBIDDEN', message: 'x' } }) };
      return { status: 200, json: async () => ({ ok: true, value: { savedAt: 's' } }) };
    }) as unknown as typeof fetch;
    const t = httpTransport('OLD', fetchImpl, { storage: null, sleep: async () => {} });
    await expect(t('drafts:save', { draft: { id: 'd' } })).resolves.toEqual({
      ok: true,
      value: { savedAt: 's' },
    });
    await t('drafts:list', {});
    expect(headers).toEqual(['OLD', 'NEW', 'NEW']);
  });

  it('turns an unreadable answer into a Chinese IO error', async () => {
    const html = (async () => ({
      status: 502,
      json: async () => {
        throw new SyntaxError('x');
      },
    })) as unknown as typeof fetch;
    const r2 = await httpTransport('t', html, { storage: null })('drafts:list', {});
    expect(r2).toMatchObject({ ok: false, error: { code: 'IO' } });
    expect(r2.ok ? '' : r2.error.message).toMatch(/HTTP 502/);
  });

  it('keeps an unanswered save in storage and sends it first when the page is opened again', async () => {
    localStorage.clear();
    const save = { draft: { id: 'd1', agency: 'x' } };
    // The page is closed while the save is still waiting for the service.
    const never = (() => new Promise(() => {})) as unknown as typeof fetch;
    void httpTransport('t', never, { sleep: async () => {} })('drafts:save', save);
    await new Promise((r) => setTimeout(r, 0)); // after the replay check of other open pages
    expect(localStorage.getItem('nianbao:unsaved:d1')).toContain('"id\\":\\"d1\\"');
    // Next time: the stored save goes out before the first request, and is forgotten once answered.
    const sent: [string, string][] = [];
    const ok = (async (url: string, init: RequestInit) => {
      sent.push([url, String(init.body)]);
      return { status: 200, json: async () => ({ ok: true, value: [] }) };
    }) as unknown as typeof fetch;
    await httpTransport('t', ok)('drafts:list', {});
    expect(sent).toEqual([
      ['./api/drafts:save', JSON.stringify(save)],
      ['./api/drafts:list', '{}'],
    ]);
    expect(localStorage.getItem('nianbao:unsaved:d1')).toBeNull();
  });

  it('keeps a replayed save refused as stale for the editor, and leaves entries of pages still open alone', async () => {
    localStorage.clear();
    const body = JSON.stringify({ draft: { id: 'd2' }, baseRevision: 'old' });
    localStorage.setItem('nianbao:unsaved:d2', JSON.stringify({ at: Date.now(), body }));
    const stale = (async () => ({
      status: 200,
      json: async () => ({ ok: false, error: { code: 'STALE', message: '已在别处保存' } }),
    })) as unknown as typeof fetch;
    await httpTransport('t', stale)('drafts:list', {});
    expect(localStorage.getItem('nianbao:unsaved:d2')).not.toBeNull(); // the conflict dialog shows on opening
    const live = { at: Date.now(), body, owner: 'other-tab' };
    localStorage.setItem('nianbao:unsaved:d2', JSON.stringify(live));
    expect(new UnsavedJournal(localStorage).pending(new Set(['other-tab']))).toEqual([]);
    expect(new UnsavedJournal(localStorage).pending()).toHaveLength(1);
  });

  it('reads the token from the meta element the server inserts', () => {
    document.head.innerHTML = '<meta name="nianbao-token" content="abc123">';
    expect(readToken()).toBe('abc123');
    document.head.innerHTML = '';
    expect(readToken()).toBe('');
  });
});

describe('bridgeTransport', () => {
  it('calls the bridge method and reports a missing or failing one', async () => {
    const bridge = {
      'app:info': async () => ({ ok: true, value: 1 }),
      'drafts:list': async () => {
        throw new Error('ipc gone');
      },
    } as unknown as Bridge;
    const t = bridgeTransport(bridge);
    await expect(t('app:info', {})).resolves.toEqual({ ok: true, value: 1 });
    await expect(t('drafts:list', {})).resolves.toMatchObject({ ok: false, error: { code: 'IO' } });
    await expect(t('drafts:open', { id: 'a' })).resolves.toMatchObject({ ok: false });
  });
});
