// The data-dir lock file appears whole or not at all, so a crash while taking it never locks the next start out.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataDirLock, LOCK_FILE } from './lock';
import { removeDir, tempDataDir } from './test-support';

let dir: string;
beforeEach(() => (dir = tempDataDir('lock')));
afterEach(() => {
  jest.restoreAllMocks();
  removeDir(dir);
});

it('leaves no lock file when the process dies while writing it, and the next start takes the lock at once', () => {
  // A crash between creating the file and writing its content: writeSync is where it stops.
  jest.spyOn(fs, 'writeSync').mockImplementationOnce(() => {
    throw new Error('killed');
  });
  expect(() => DataDirLock.acquire(dir)).toThrow('killed');
  expect(fs.readdirSync(dir)).toEqual([]);
  jest.restoreAllMocks();
  const lock = DataDirLock.acquire(dir);
  const info = JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')) as { pid: number };
  expect(info.pid).toBe(process.pid);
  expect(fs.readdirSync(dir)).toEqual([LOCK_FILE]);
  lock.release();
  expect(fs.readdirSync(dir)).toEqual([]);
});

it('creates the lock in place where hard links are not supported', () => {
  jest.spyOn(fs, 'linkSync').mockImplementationOnce(() => {
    throw Object.assign(new Error('not supported'), { code: 'EPERM' });
  });
  const lock = DataDirLock.acquire(dir);
  expect(fs.readdirSync(dir)).toEqual([LOCK_FILE]);
  lock.release();
});

it('refuses a second holder while the first lives, naming its pid', () => {
  const lock = DataDirLock.acquire(dir);
  fs.writeFileSync(
    path.join(dir, LOCK_FILE),
    JSON.stringify({ pid: process.ppid, hostname: os.hostname(), startedAt: new Date().toISOString() }),
  );
  expect(() => DataDirLock.acquire(dir)).toThrow(`进程号 ${process.ppid}`);
  lock.release();
});

it('sweeps private temp files a killed process left a minute ago, keeps fresh ones', () => {
  const old = path.join(dir, `${LOCK_FILE}.99999.abc.lock-tmp`);
  const fresh = path.join(dir, `${LOCK_FILE}.99998.abd.lock-tmp`);
  fs.writeFileSync(old, '{}');
  fs.writeFileSync(fresh, '{}');
  const past = new Date(Date.now() - 120_000);
  fs.utimesSync(old, past, past);
  const lock = DataDirLock.acquire(dir);
  expect(fs.readdirSync(dir).sort()).toEqual([LOCK_FILE, path.basename(fresh)].sort());
  lock.release();
});
