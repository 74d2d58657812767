// The IPC wrapper refuses forged senders and malformed or oversized requests, and never leaks a stack.
import { z } from 'zod';
import { AppError } from '../../shared/ipc/result';
import { registerChannels, wrapHandler, type ChannelEntry } from './ipc-register';

interface Frame {
  url: string;
  parent: Frame | null;
}
const top: Frame = { url: 'app://nianbao/index.html', parent: null };
const event = (senderFrame: Frame | null) => ({ sender: {} as never, senderFrame });

const echo: ChannelEntry = {
  schema: z.object({ name: z.string().max(50), count: z.number().int() }),
  handle: async (req) => ({ got: req }),
};

describe('wrapHandler', () => {
  const handler = wrapHandler('test:echo', echo, { maxRequestBytes: 1024 });

  it('passes a parsed request from the app top frame and wraps the value', async () => {
    const res = await handler(event(top), { name: '蔡家岗', count: 3 });
    expect(res).toEqual({ ok: true, value: { got: { name: '蔡家岗', count: 3 } } });
  });

  it('refuses a malformed request with the same Chinese line as browser mode', async () => {
    const res = await handler(event(top), { name: 'a', count: 'x' });
    expect(res).toEqual({
      ok: false,
      error: { code: 'BAD_REQUEST', message: '请求内容不符合要求（count：类型不正确）。' },
    });
  });

  it.each([
    ['another scheme', { url: 'https://evil.example/index.html', parent: null }],
    ['file://', { url: 'file:///C:/app/index.html', parent: null }],
    ['another app host', { url: 'app://other/index.html', parent: null }],
    ['a port on the app host', { url: 'app://nianbao:1/index.html', parent: null }],
    ['credentials in the URL', { url: 'app://x@nianbao/index.html', parent: null }],
    ['a subframe of the app', { url: 'app://nianbao/index.html', parent: top }],
    ['a data: frame', { url: 'data:text/html,<p>x</p>', parent: null }],
    ['no frame at all', null],
  ])('refuses %s', async (_name, frame) => {
    const handle = jest.fn(echo.handle);
    const res = await wrapHandler('test:echo', { ...echo, handle })(event(frame as Frame | null), {
      name: 'a',
      count: 1,
    });
    expect(res).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('拒绝访问') },
    });
    expect(handle).not.toHaveBeenCalled();
  });

  it.each([
    ['a wrong type', { name: 1, count: 1 }],
    ['a missing field', { name: 'a' }],
    ['a fractional count', { name: 'a', count: 1.5 }],
    ['a string request', 'drop table'],
    ['a too long string', { name: 'x'.repeat(51), count: 1 }],
    ['an array', [1, 2, 3]],
  ])('refuses %s as BAD_REQUEST', async (_name, req) => {
    const res = await handler(event(top), req);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.code).toBe('BAD_REQUEST');
  });

  it('refuses a request over the size limit before parsing it', async () => {
    const parse = jest.spyOn(echo.schema, 'safeParse');
    const res = await handler(event(top), { name: 'a', count: 1, pad: 'x'.repeat(2000) });
    expect(res).toEqual({
      ok: false,
      error: { code: 'BAD_REQUEST', message: expect.stringContaining('请求过大') },
    });
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('uses MAX_REQUEST_BYTES by default (a 10 MB string is refused)', async () => {
    const res = await wrapHandler('test:echo', echo)(event(top), {
      name: 'x'.repeat(10 * 1024 * 1024),
      count: 1,
    });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toContain('请求过大');
  });

  it('refuses extra arguments and unmeasurable (cyclic) requests', async () => {
    expect((await handler(event(top), { name: 'a', count: 1 }, 'extra')).ok).toBe(false);
    const cyclic: Record<string, unknown> = { name: 'a', count: 1 };
    cyclic.self = cyclic;
    const res = await handler(event(top), cyclic);
    expect(res.ok).toBe(false);
  });

  it('drops __proto__ and unknown keys instead of passing them on', async () => {
    const req = JSON.parse('{"name":"a","count":1,"__proto__":{"polluted":true},"extra":1}') as unknown;
    const res = await handler(event(top), req);
    expect(res).toEqual({ ok: true, value: { got: { name: 'a', count: 1 } } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('returns AppError code and message, and a generic message for other errors, never a stack', async () => {
    const failing = (err: unknown) =>
      wrapHandler('test:fail', { schema: z.object({}), handle: async () => Promise.reject(err) });
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const known = await failing(new AppError('NOT_FOUND', '找不到该草稿。'))(event(top), {});
    expect(known).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '找不到该草稿。' } });
    const unknown = await failing(new Error('/home/clerk/secret path exploded'))(event(top), {});
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) {
      expect(unknown.error.code).toBe('INTERNAL');
      expect(Object.keys(unknown.error).sort()).toEqual(['code', 'message']);
      expect(JSON.stringify(unknown)).not.toMatch(/secret path|at .*\.ts/);
    }
    spy.mockRestore();
  });

  it('reports successful calls to onSuccess with the parsed request', async () => {
    const onSuccess = jest.fn();
    await wrapHandler('test:echo', echo, { onSuccess })(event(top), { name: 'a', count: 1, junk: true });
    expect(onSuccess).toHaveBeenCalledWith(
      'test:echo',
      { name: 'a', count: 1 },
      { got: { name: 'a', count: 1 } },
    );
  });
});

describe('registerChannels', () => {
  it('registers every entry with ipcMain.handle and nothing else', () => {
    const ipcMain = { handle: jest.fn() };
    const names = registerChannels(ipcMain, { 'a:one': echo, 'b:two': echo });
    expect(names).toEqual(['a:one', 'b:two']);
    expect(ipcMain.handle.mock.calls.map((c) => c[0])).toEqual(['a:one', 'b:two']);
  });
});
