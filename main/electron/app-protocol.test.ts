// The app:// handler serves only files inside the renderer folder, with the CSP header and meta on every page.
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, resolveAppPath } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './csp';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'nianbao-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><html><head><title>年报</title></head><body></body></html>',
  );
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(base, 'secret.txt'), 'outside');
  symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'escape.js'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => createAppProtocolHandler(root)(new Request(url, { method }));

describe('resolveAppPath', () => {
  it.each([
    'app://nianbao/../secret.txt',
    'app://nianbao/assets/../../secret.txt',
    'app://nianbao/%2e%2e/secret.txt',
    'app://nianbao/%2E%2E%2Fsecret.txt',
    'app://nianbao/assets%2f..%2f..%2fsecret.txt',
    'app://nianbao/..%5c..%5csecret.txt',
    'app://nianbao/C:/Windows/win.ini',
    'app://nianbao/C%3A%5CWindows%5Cwin.ini',
    'app://nianbao/%5C%5Cserver%5Cshare%5Cx.txt',
    'app://nianbao//server/share/../../x',
    'app://nianbao/assets/%00.js',
    'app://nianbao/%E0%A4%A',
    'app://evil/index.html',
    'https://nianbao/index.html',
    'file:///etc/passwd',
    'app://nianbao:8080/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url).kind).toBe('forbidden');
  });

  it('maps ordinary paths inside the root', () => {
    expect(resolveAppPath(root, 'app://nianbao/assets/app.js?v=1#x')).toEqual({
      kind: 'file',
      path: path.join(root, 'assets', 'app.js'),
    });
    expect(resolveAppPath(root, 'app://nianbao/')).toEqual({
      kind: 'file',
      path: path.join(root, 'index.html'),
    });
    // An absolute-looking path stays inside the root.
    expect(resolveAppPath(root, 'app://nianbao/etc/passwd')).toEqual({
      kind: 'file',
      path: path.join(root, 'etc', 'passwd'),
    });
  });
});

describe('protocol handler', () => {
  it('serves index.html with the CSP header and an injected CSP meta', async () => {
    const res = await get('app://nianbao/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    );
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<title>'));
  });

  it('serves assets with their type and the CSP header', async () => {
    const res = await get('app://nianbao/assets/app.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await res.text()).toBe('console.log(1)');
  });

  it.each([
    'app://nianbao/%2e%2e/secret.txt',
    'app://nianbao/..%2fsecret.txt',
    'app://nianbao/%5C%5Cserver%5Cshare',
  ])(
    'never serves anything outside the folder for %s (the URL parser may fold `..` first: then 404)',
    async (url) => {
      const res = await get(url);
      expect([403, 404]).toContain(res.status);
      expect(await res.text()).not.toContain('outside');
    },
  );

  it('refuses a symlink that leads outside the folder', async () => {
    const res = await get('app://nianbao/assets/escape.js');
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('outside');
  });

  it('answers 404 for a missing file and falls back to index.html for client routes', async () => {
    expect((await get('app://nianbao/assets/missing.js')).status).toBe(404);
    const route = await get('app://nianbao/drafts/abc');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>年报</title>');
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://nianbao/index.html', 'POST')).status).toBe(405);
    const head = await get('app://nianbao/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('registers the scheme as standard and secure, never bypassing CSP', () => {
    expect(APP_SCHEME_PRIVILEGES.scheme).toBe('app');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({
      standard: true,
      secure: true,
      supportFetchAPI: true,
    });
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
  });
});
