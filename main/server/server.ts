// Browser mode: a node:http server on 127.0.0.1 serving the built renderer and the IPC contract (POST /api/<channel>).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_REQUEST_BYTES, type Services } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import { dispatch } from './api-dispatch';
import {
  TOKEN_COOKIE,
  TOKEN_HEADER,
  readCookie,
  hostAllowed,
  newToken,
  originAllowed,
  securityHeaders,
  tokenMatches,
  withTokenMeta,
} from './security';
import { mimeOf, readStatic, resolveStaticPath } from './static-files';
import { contentDisposition, DOWNLOAD_PATH, Downloads, writtenPathsIn } from './downloads';

export interface ServerOptions {
  readonly services: Services;
  /** The built renderer folder (dist/renderer). */
  readonly root: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** The token (browser mode keeps one per data folder, see token-file.ts); a fresh random one otherwise. */
  readonly token?: string;
}

export interface RunningServer {
  readonly url: string;
  /** The address to open: carries the token once, which the page then keeps in a cookie. */
  readonly launchUrl: string;
  readonly port: number;
  readonly token: string;
  close(): Promise<void>;
}

const API_PREFIX = '/api/';

function send(
  res: http.ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra = {},
): void {
  res.writeHead(status, {
    ...securityHeaders(),
    'Content-Type': type,
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}

function sendResult(res: http.ServerResponse, status: number, result: Result<unknown>): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(result));
}

function refuse(
  res: http.ServerResponse,
  status: number,
  code: 'FORBIDDEN' | 'BAD_REQUEST' | 'NOT_FOUND',
  message: string,
) {
  sendResult(res, status, { ok: false, error: { code, message } });
}

/** Reads the body up to `limit` bytes; resolves null when it is larger (the rest is discarded). */
function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const declared = req.headers['content-length'];
    if (declared !== undefined && /^\d+$/.test(declared) && declared.length > 12) return resolve(null);
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      if (!over) chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handleApi(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  opts: ServerOptions,
  token: string,
  pathname: string,
  downloads: Downloads,
) {
  if (req.method !== 'POST') return refuse(res, 405, 'BAD_REQUEST', '接口只接受 POST 请求。');
  if (!tokenMatches(token, req.headers[TOKEN_HEADER])) {
    return refuse(res, 403, 'FORBIDDEN', '访问令牌无效：请从启动时显示的地址重新打开本页面。');
  }
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) return refuse(res, 415, 'BAD_REQUEST', '请求内容须为 JSON。');
  const body = await readBody(req, MAX_REQUEST_BYTES);
  if (body === null) return refuse(res, 413, 'BAD_REQUEST', '请求内容过大，未处理。');
  let name: string;
  try {
    name = decodeURIComponent(pathname.slice(API_PREFIX.length));
  } catch {
    return refuse(res, 404, 'NOT_FOUND', '没有这个接口。');
  }
  const result = await dispatch(opts.services, name, body);
  if (result.ok) for (const file of writtenPathsIn(name, result.value)) downloads.remember(file);
  sendResult(res, 200, result);
}

const NO_TOKEN_PAGE =
  '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>年报助手</title></head><body>' +
  '<p>请使用启动年报助手时显示的完整地址（含 token）打开本页面。</p></body></html>';

const cookieNameFor = (port: number) => `${TOKEN_COOKIE}_${port}`;

/** GET /download?path=…: a file this server just exported, as an attachment; needs the token cookie. */
async function handleDownload(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  token: string,
  port: number,
  downloads: Downloads,
) {
  if (req.method !== 'GET') return refuse(res, 405, 'BAD_REQUEST', '不支持的请求方法。');
  if (!tokenMatches(token, readCookie(req.headers.cookie, cookieNameFor(port)))) {
    return send(res, 403, 'text/html; charset=utf-8', NO_TOKEN_PAGE);
  }
  const wanted = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('path') ?? '';
  const file = await downloads.read(wanted);
  if (!file) {
    return send(
      res,
      404,
      'text/plain; charset=utf-8',
      '找不到该文件：只能下载本次刚导出的文件，请重新导出。',
    );
  }
  send(res, 200, 'application/octet-stream', file.bytes, {
    'Content-Disposition': contentDisposition(file.name),
  });
}

async function handleStatic(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  root: string,
  token: string,
  pathname: string,
  port: number,
) {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return refuse(res, 405, 'BAD_REQUEST', '不支持的请求方法。');
  const file = resolveStaticPath(root, pathname);
  const bytes = file ? await readStatic(root, file) : null;
  if (!file || !bytes) return send(res, 404, 'text/plain; charset=utf-8', '找不到该页面。');
  if (file.endsWith('index.html')) {
    const cookieName = cookieNameFor(port);
    const query = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('token') ?? undefined;
    if (query !== undefined && tokenMatches(token, query)) {
      // The launch URL carries the token once; keep it in a strict cookie and drop it from the address bar.
      return send(res, 303, 'text/plain; charset=utf-8', '', {
        Location: '/',
        'Set-Cookie': `${cookieName}=${token}; Path=/; HttpOnly; SameSite=Lax`,
      });
    }
    if (!tokenMatches(token, readCookie(req.headers.cookie, cookieName))) {
      return send(res, 403, 'text/html; charset=utf-8', NO_TOKEN_PAGE);
    }
    return send(res, 200, mimeOf(file), withTokenMeta(bytes.toString('utf8'), token));
  }
  send(res, 200, mimeOf(file), req.method === 'HEAD' ? '' : bytes, { 'Cache-Control': 'no-cache' });
}

export function startServer(opts: ServerOptions): Promise<RunningServer> {
  const token = opts.token ?? newToken();
  const downloads = new Downloads();
  let port = 0;
  const server = http.createServer((req, res) => {
    const host = req.headers.host;
    if (!hostAllowed(host, port)) return refuse(res, 403, 'FORBIDDEN', '拒绝访问：地址不是本机。');
    if (!originAllowed(req.headers.origin, port))
      return refuse(res, 403, 'FORBIDDEN', '拒绝访问：请求来自其他网站。');
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', `http://${host}`).pathname;
    } catch {
      return refuse(res, 400, 'BAD_REQUEST', '地址无效。');
    }
    const work = pathname.startsWith(API_PREFIX)
      ? handleApi(req, res, opts, token, pathname, downloads)
      : pathname === DOWNLOAD_PATH
        ? handleDownload(req, res, token, port, downloads)
        : handleStatic(req, res, opts.root, token, pathname, port);
    work.catch(() => {
      if (!res.headersSent) refuse(res, 500, 'BAD_REQUEST', '服务器处理请求时出错。');
      else res.destroy();
    });
  });
  server.requestTimeout = 120_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      server.off('error', reject);
      resolve({
        url: `http://127.0.0.1:${port}/`,
        launchUrl: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
