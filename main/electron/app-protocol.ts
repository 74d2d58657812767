// The app:// protocol: serves the built renderer folder and nothing outside it, with the CSP header on every response.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { mimeOf } from '../mime';
import { APP_HOST, APP_SCHEME } from './app-url';
import { CONTENT_SECURITY_POLICY, withCspMeta } from './csp';

/** Registered before `ready`: a standard, secure scheme with fetch support; never bypassCSP. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: false },
} as const;

export type Resolution =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'forbidden'; readonly reason: string }
  | { readonly kind: 'not-found' };

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * Maps an app:// URL to a path inside `root`, or refuses it. Each segment is decoded on its own and refused when
 * it is `.`/`..`, holds a separator, a NUL or a drive colon, so no encoded traversal, absolute or UNC path gets through.
 */
export function resolveAppPath(root: string, rawUrl: string): Resolution {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { kind: 'forbidden', reason: 'bad url' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.port !== '') {
    return { kind: 'forbidden', reason: 'foreign origin' };
  }
  // Work on the raw path (before WHATWG normalisation) so that any `..` is refused rather than silently folded.
  const afterHost = /^[a-z][a-z0-9+.-]*:\/\/[^/?#\\]*([^?#]*)/i.exec(rawUrl)?.[1] ?? '';
  const segments: string[] = [];
  for (const seg of afterHost.split('/')) {
    if (seg === '') continue;
    const decoded = decodeSegment(seg);
    if (decoded === null) return { kind: 'forbidden', reason: 'bad escape' };
    if (decoded === '.' || decoded === '..' || /[\\/\0:]/.test(decoded) || decoded.trim() !== decoded) {
      return { kind: 'forbidden', reason: 'unsafe segment' };
    }
    segments.push(decoded);
  }
  const rootAbs = path.resolve(root);
  const target = path.resolve(rootAbs, ...(segments.length ? segments : ['index.html']));
  const rel = path.relative(rootAbs, target);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel))
    return { kind: 'forbidden', reason: 'outside root' };
  return { kind: 'file', path: target };
}

async function inside(root: string, file: string): Promise<boolean> {
  const [realRoot, realFile] = await Promise.all([fs.realpath(root), fs.realpath(file)]);
  const rel = path.relative(realRoot, realFile);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** Reads `file` if it is a regular file whose real path (symlinks resolved) is still inside `root`. */
async function readConfined(root: string, file: string): Promise<Buffer | 'missing' | 'escape'> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return 'missing';
    if (!(await inside(root, file))) return 'escape';
    return await fs.readFile(file);
  } catch {
    return 'missing';
  }
}

/** The protocol handler: GET/HEAD only; unknown extension-less paths fall back to index.html (client routing). */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, '不支持的请求方法');
    const resolved = resolveAppPath(root, request.url);
    if (resolved.kind === 'forbidden') return plain(403, '拒绝访问');
    if (resolved.kind === 'not-found') return plain(404, '未找到');
    let file = resolved.path;
    let body = await readConfined(root, file);
    if (body === 'missing' && path.extname(file) === '') {
      file = path.join(path.resolve(root), 'index.html');
      body = await readConfined(root, file);
    }
    if (body === 'escape') return plain(403, '拒绝访问');
    if (body === 'missing') return plain(404, '未找到');
    const ext = path.extname(file).toLowerCase();
    const type = mimeOf(file);
    const payload = ext === '.html' ? Buffer.from(withCspMeta(body.toString('utf8')), 'utf8') : body;
    const headers = { ...securityHeaders, 'Content-Type': type, 'Content-Length': String(payload.length) };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(payload), { status: 200, headers });
  };
}
