// Browser-mode server: token handshake, Host/Origin checks, API dispatch through the contract, static file safety.
import http from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Services } from '../../shared/ipc/contract';
import { MAX_REQUEST_BYTES } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import { startServer, type RunningServer } from './server';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(
  port: number,
  method: string,
  urlPath: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method, path: urlPath, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const calls: unknown[] = [];
const services = new Proxy({} as Services, {
  get: (_t, name: string) => async (req: unknown) => {
    calls.push([name, req]);
    if (name === 'app:info') return { version: 't', dataDir: '/d', shell: 'browser' };
    if (name === 'drafts:open') throw new AppError('NOT_FOUND', '找不到该草稿。');
    if (name === 'drafts:history') throw Object.assign(new Error('ENOSPC: no space'), { code: 'ENOSPC' });
    if (name === 'drafts:exportFile') {
      const file = path.join(dir, '导出', '示例县2024年.nianbao.json');
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, '{"format":"nianbao-draft"}');
      return { path: file };
    }
    throw new Error('boom with a stack');
  },
});

let dir: string;
let server: RunningServer;
let api: (channel: string, body: string | Buffer, extra?: Record<string, string>) => Promise<Reply>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'nb-server-'));
  mkdirSync(path.join(dir, 'root', 'assets'), { recursive: true });
  writeFileSync(
    path.join(dir, 'root', 'index.html'),
    '<!doctype html><html><head><title>x</title></head></html>',
  );
  writeFileSync(path.join(dir, 'root', 'assets', 'a.js'), 'console.log(1)');
  writeFileSync(path.join(dir, 'secret.txt'), 'secret');
  server = await startServer({ services, root: path.join(dir, 'root') });
  api = (channel, body, extra = {}) =>
    request(
      server.port,
      'POST',
      `/api/${channel}`,
      { 'content-type': 'application/json', 'x-nianbao-token': server.token, ...extra },
      body,
    );
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('page and token handshake', () => {
  it('refuses the page without the token and hands it over once the launch URL was opened', async () => {
    const bare = await request(server.port, 'GET', '/');
    expect(bare.status).toBe(403);
    expect(bare.body).not.toContain(server.token);

    const launch = await request(server.port, 'GET', `/?token=${server.token}`);
    expect(launch.status).toBe(303);
    expect(launch.headers.location).toBe('/');
    const cookie = String(launch.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
    expect(launch.headers['set-cookie']?.[0]).toMatch(/HttpOnly; SameSite=Lax/);

    const page = await request(server.port, 'GET', '/', { cookie });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="nianbao-token" content="${server.token}">`);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-eval');
  });

  it('refuses a wrong token in the launch URL', async () => {
    const r = await request(server.port, 'GET', '/?token=wrong');
    expect(r.status).toBe(403);
  });

  it('serves assets and nothing outside the renderer folder', async () => {
    expect((await request(server.port, 'GET', '/assets/a.js')).status).toBe(200);
    expect((await request(server.port, 'GET', '/assets/a.js')).headers['content-type']).toMatch(/javascript/);
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%00a.js',
    ]) {
      const r = await request(server.port, 'GET', p);
      expect(r.status).toBe(404);
      expect(r.body).not.toContain('secret');
    }
  });
});

describe('Host and Origin checks', () => {
  it('refuses another Host (DNS rebinding) on pages and API', async () => {
    const r = await request(server.port, 'GET', '/assets/a.js', { host: `evil.example:${server.port}` });
    expect(r.status).toBe(403);
    const a = await api('app:info', '{}', { host: 'evil.example' });
    expect(a.status).toBe(403);
  });

  it('refuses a foreign Origin even with the token', async () => {
    const r = await api('app:info', '{}', { origin: 'http://evil.example' });
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body).error.code).toBe('FORBIDDEN');
  });

  it('accepts localhost and its own origin', async () => {
    const r = await api('app:info', '{}', {
      host: `localhost:${server.port}`,
      origin: `http://localhost:${server.port}`,
    });
    expect(r.status).toBe(200);
  });
});

describe('API', () => {
  it('calls the service with the parsed request and wraps the value', async () => {
    const r = await api('app:info', '{}');
    expect(JSON.parse(r.body)).toEqual({
      ok: true,
      value: { version: 't', dataDir: '/d', shell: 'browser' },
    });
  });

  it('requires the token header', async () => {
    const before = calls.length;
    const r = await api('app:info', '{}', { 'x-nianbao-token': 'nope' });
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body).error.message).toMatch(/令牌/);
    expect(calls.length).toBe(before);
  });

  it('refuses requests the schema refuses, unknown channels, non-JSON and GET', async () => {
    const before = calls.length;
    const bad = JSON.parse((await api('drafts:open', '{"id":5}')).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(bad.error.message).toBe('请求内容不符合要求（id：类型不正确）。');
    const agency = JSON.parse((await api('drafts:create', '{"agency":" ","year":2024}')).body);
    expect(agency.error.message).toBe('请求内容不符合要求（agency：请填写机关名称）。');
    expect(JSON.parse((await api('nope:x', '{}')).body).error.code).toBe('BAD_REQUEST');
    expect(JSON.parse((await api('app:info', '{x')).body).error.message).toMatch(/JSON/);
    expect((await api('app:info', '{}', { 'content-type': 'text/plain' })).status).toBe(415);
    expect(
      (await request(server.port, 'GET', '/api/app:info', { 'x-nianbao-token': server.token })).status,
    ).toBe(405);
    expect(calls.length).toBe(before);
  });

  it('passes AppError messages through and hides internal errors', async () => {
    const nf = JSON.parse((await api('drafts:open', '{"id":"abc"}')).body);
    expect(nf).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '找不到该草稿。' } });
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const internal = JSON.parse((await api('drafts:list', '{}')).body);
    spy.mockRestore();
    expect(internal.error.code).toBe('INTERNAL');
    expect(internal.error.message).not.toContain('boom');
    // A file-system error is told in Chinese, not as 内部错误.
    const full = JSON.parse((await api('drafts:history', '{"id":"abc"}')).body);
    expect(full.error).toEqual({ code: 'DISK_FULL', message: '操作失败：磁盘空间不足（ENOSPC）。' });
  });

  it('refuses bodies larger than MAX_REQUEST_BYTES', async () => {
    const big = Buffer.alloc(MAX_REQUEST_BYTES + 10, 0x20);
    const r = await api('app:info', big);
    expect(r.status).toBe(413);
  });
});

describe('downloads (browser mode offers exported files back to the page)', () => {
  const cookieOf = async () => {
    const launch = await request(server.port, 'GET', `/?token=${server.token}`);
    return String(launch.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
  };
  const download = (file: string, headers: Record<string, string>) =>
    request(server.port, 'GET', `/download?path=${encodeURIComponent(file)}`, headers);

  it('serves a file just exported, as an attachment, only with the token cookie', async () => {
    const exported = JSON.parse((await api('drafts:exportFile', '{"id":"a"}')).body) as {
      value: { path: string };
    };
    const file = exported.value.path;
    expect((await download(file, {})).status).toBe(403);
    const cookie = await cookieOf();
    const r = await download(file, { cookie });
    expect(r.status).toBe(200);
    expect(r.body).toBe('{"format":"nianbao-draft"}');
    expect(r.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('示例县2024年.nianbao.json')}`,
    );
    expect(r.headers['content-type']).toBe('application/octet-stream');
  });

  it('refuses any other file, however it is spelled', async () => {
    const cookie = await cookieOf();
    for (const file of [
      path.join(dir, 'secret.txt'),
      'secret.txt',
      path.join(dir, '导出', '..', 'secret.txt'),
    ]) {
      const r = await download(file, { cookie });
      expect(r.status).toBe(404);
      expect(r.body).not.toContain('secret');
    }
  });
});
