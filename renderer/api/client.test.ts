// API client: unwraps results, throws ApiError with the Chinese message; HTTP and bridge transports fail softly.
import { channelNames } from '../../shared/ipc/contract';
import type { Bridge } from '../../shared/ipc/bridge';
import { ApiError, createApiClient, errorMessage } from './client';
import { bridgeTransport, httpTransport, readToken, type Transport } from './transport';

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
    const result = await httpTransport('tok', fetchImpl)('drafts:list', {});
    expect(result).toEqual({ ok: true, value: [] });
    const [url, init] = calls[0] ?? ['', {}];
    expect(url).toBe('./api/drafts:list');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json', 'X-Nianbao-Token': 'tok' });
    expect(init.body).toBe('{}');
    expect(init.keepalive).toBe(true);
  });

  it('turns a lost connection or an unreadable answer into a Chinese IO error', async () => {
    const down = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const r1 = await httpTransport('t', down)('drafts:list', {});
    expect(r1).toMatchObject({ ok: false, error: { code: 'IO' } });
    expect(r1.ok ? '' : r1.error.message).toMatch(/无法连接年报助手服务/);
    const html = (async () => ({
      status: 502,
      json: async () => {
        throw new SyntaxError('x');
      },
    })) as unknown as typeof fetch;
    const r2 = await httpTransport('t', html)('drafts:list', {});
    expect(r2.ok ? '' : r2.error.message).toMatch(/HTTP 502/);
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
