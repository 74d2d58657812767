// `nianbao serve`: port parsing, missing build refused in Chinese, a started server answers and stops cleanly.
import http from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import { parsePort, startBrowserMode, type BrowserMode } from './serve';

/** Calls drafts:list through the API (the store takes the data-folder lock on use). */
function listDrafts(mode: BrowserMode): Promise<{ ok: boolean }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${mode.server.url}api/drafts:list`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-nianbao-token': mode.server.token },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString('utf8')));
        res.on('end', () => resolve(JSON.parse(body) as { ok: boolean }));
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
}

describe('parsePort', () => {
  it('accepts 0–65535 written in digits only', () => {
    expect(parsePort('0')).toBe(0);
    expect(parsePort('8080')).toBe(8080);
    expect(parsePort('65535')).toBe(65535);
  });
  it.each(['65536', '-1', '80a', '1e3', ' 80', '', '８０'])('refuses %j with a Chinese message', (text) => {
    expect(() => parsePort(text)).toThrow(AppError);
    expect(() => parsePort(text)).toThrow(/端口/);
  });
});

describe('startBrowserMode', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'nb-serve-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses to start without a built renderer and says how to build it', async () => {
    await expect(
      startBrowserMode({ root: path.join(dir, 'none'), dataDir: path.join(dir, 'data') }),
    ).rejects.toThrow(/npm run build:renderer/);
  });

  it('serves the page behind the launch URL and releases the data folder on stop', async () => {
    const root = path.join(dir, 'root');
    mkdirSync(root);
    writeFileSync(path.join(root, 'index.html'), '<html><head></head><body>ok</body></html>');
    const dataDir = path.join(dir, 'data');
    const mode = await startBrowserMode({ root, dataDir });
    const status = await new Promise<number>((resolve, reject) => {
      http.get(mode.server.launchUrl, (res) => resolve(res.statusCode ?? 0)).on('error', reject);
    });
    expect(status).toBe(303);
    await expect(listDrafts(mode)).resolves.toMatchObject({ ok: true, value: [] });
    await mode.stop();
    // The data folder is free again: a second launch on it works with the drafts.
    const again = await startBrowserMode({ root, dataDir });
    await expect(listDrafts(again)).resolves.toMatchObject({ ok: true });
    await again.stop();
  });
});
