// `nianbao serve`: port parsing, missing build refused in Chinese, a started server answers and stops cleanly.
import http from 'node:http';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import { TOKEN_FILE } from '../../server/token-file';
import { openLaunchPage, parsePort, startBrowserMode, type BrowserMode } from './serve';

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

  it('keeps the token and the port for the same data folder, in a file only the user can read', async () => {
    const root = path.join(dir, 'root');
    mkdirSync(root);
    writeFileSync(path.join(root, 'index.html'), '<html><head></head><body>ok</body></html>');
    const dataDir = path.join(dir, 'data');
    const first = await startBrowserMode({ root, dataDir });
    const { token, port } = first.server;
    await first.stop();
    const file = path.join(dataDir, TOKEN_FILE);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ token, port });
    const second = await startBrowserMode({ root, dataDir });
    expect(second.server.token).toBe(token);
    expect(second.server.port).toBe(port);
    await expect(listDrafts(second)).resolves.toMatchObject({ ok: true });
    await second.stop();
    // Another data folder gets another token.
    const other = await startBrowserMode({ root, dataDir: path.join(dir, 'other') });
    expect(other.server.token).not.toBe(token);
    await other.stop();
  });
});

describe('serve --open', () => {
  it('hands the browser a private launch page: the token is in the file, never in the arguments', async () => {
    const token = 'T0KEN-abcdefghijklmnopqrstuvwxyz0123456789ABC';
    const url = `http://127.0.0.1:4567/?token=${token}`;
    const argv: string[] = [];
    let content = '';
    let mode = 0;
    let dirMode = 0;
    const opened = await openLaunchPage(url, async (target) => {
      argv.push(target);
      content = readFileSync(target, 'utf8');
      mode = statSync(target).mode & 0o777;
      dirMode = statSync(path.dirname(target)).mode & 0o777;
      return true;
    });
    expect(opened).toBe(true);
    expect(argv).toHaveLength(1);
    expect(argv.join(' ')).not.toContain(token);
    expect(argv.join(' ')).not.toContain('token');
    expect(content).toContain(`url=${url}`);
    if (process.platform !== 'win32') {
      expect(mode).toBe(0o600);
      expect(dirMode).toBe(0o700);
    }
  });

  it('removes the launch page at once when the browser could not be started', async () => {
    let file = '';
    const opened = await openLaunchPage('http://127.0.0.1:1/?token=x', async (target) => {
      file = target;
      return false;
    });
    expect(opened).toBe(false);
    await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(file)).toBe(false);
  });
});
