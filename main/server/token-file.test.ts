// The browser-mode session file: created 0600, reused while private and intact, replaced otherwise.
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadOrCreateSession, TOKEN_FILE, writeSession } from './token-file';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'nb-token-'));
const posix = process.platform !== 'win32';

describe('loadOrCreateSession', () => {
  it('creates a random token in a file only the user can read, and returns the same token next time', async () => {
    const dir = path.join(tmp(), 'data');
    const first = await loadOrCreateSession(dir);
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.port).toBeNull();
    const file = path.join(dir, TOKEN_FILE);
    if (posix) expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await loadOrCreateSession(dir)).toEqual(first);
    await writeSession(dir, { token: first.token, port: 4321 });
    if (posix) expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(await loadOrCreateSession(dir)).toEqual({ token: first.token, port: 4321 });
  });

  it('does not trust a file others can read, nor a damaged one', async () => {
    const dir = tmp();
    const { token } = await loadOrCreateSession(dir);
    const file = path.join(dir, TOKEN_FILE);
    if (posix) {
      chmodSync(file, 0o644);
      const next = await loadOrCreateSession(dir);
      expect(next.token).not.toBe(token);
      expect(statSync(file).mode & 0o777).toBe(0o600);
    }
    writeFileSync(file, '{"token":"short"}', { mode: 0o600 });
    const fresh = await loadOrCreateSession(dir);
    expect(fresh.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.parse(readFileSync(file, 'utf8')).token).toBe(fresh.token);
  });
});
