// One writer per data dir: a lock file with the owner's pid, start time and a heartbeat; only a dead owner's lock is taken over.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/ipc/result';
import { errno } from './fs-ops';
import { ownerLiveness, processStartTicks } from './lock-owner';

export const LOCK_FILE = 'nianbao.lock';

export interface LockInfo {
  readonly pid: number;
  readonly hostname: string;
  readonly startedAt: string;
  /** The owner's start time in clock ticks since boot (Linux /proc/<pid>/stat field 22), null elsewhere. */
  readonly procStart?: string | null;
}

export interface LockOptions {
  /**
   * Only where the owner's start time cannot be compared (Windows, macOS, another host): a lock whose heartbeat
   * is older than this counts as stale although its pid runs (the pid was reused). A live owner is never stale.
   */
  readonly staleMs?: number;
  readonly heartbeatMs?: number;
}

const held = new Set<string>();

function readLock(file: string): { info: LockInfo | null; mtimeMs: number } | null {
  try {
    const st = fs.statSync(file);
    let info: LockInfo | null = null;
    try {
      const raw: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (raw && typeof raw === 'object' && typeof (raw as LockInfo).pid === 'number') info = raw as LockInfo;
    } catch {
      info = null;
    }
    return { info, mtimeMs: st.mtimeMs };
  } catch (err) {
    if (errno(err) === 'ENOENT') return null;
    throw err;
  }
}

function isStale(file: string, lock: { info: LockInfo | null; mtimeMs: number }, staleMs: number): boolean {
  const age = Date.now() - lock.mtimeMs;
  if (!lock.info) return age > 5_000; // half-written by a process killed while creating it
  // Another machine (a shared folder): its processes cannot be checked, only its heartbeat.
  if (lock.info.hostname !== os.hostname()) return age > staleMs;
  if (lock.info.pid === process.pid) return !held.has(file);
  // Liveness first: a frozen owner (a long import, a debugger) stops nothing but its main thread.
  const owner = ownerLiveness(lock.info);
  if (owner !== 'unknown') return owner === 'dead';
  return age > staleMs;
}

/** Touches the lock file from a worker thread, so a busy or frozen main thread cannot starve the heartbeat. */
const HEARTBEAT_WORKER = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
setInterval(() => {
  try {
    const info = JSON.parse(fs.readFileSync(workerData.file, 'utf8'));
    if (!info || info.pid !== workerData.pid) return; // no longer ours: never keep another's lock alive
    const now = new Date();
    fs.utimesSync(workerData.file, now, now);
  } catch {}
}, workerData.ms);
`;

export class DataDirLock {
  private timer: NodeJS.Timeout | null = null;
  private worker: Worker | null = null;
  private readonly onExit = () => this.release();

  private constructor(readonly file: string) {}

  /** Takes the lock of `dataDir` or throws AppError('LOCKED') naming the process that holds it. */
  static acquire(dataDir: string, options: LockOptions = {}): DataDirLock {
    const staleMs = options.staleMs ?? 30_000;
    const file = path.join(dataDir, LOCK_FILE);
    fs.mkdirSync(dataDir, { recursive: true });
    sweepLockTemps(dataDir);
    for (let attempt = 0; attempt < 3; attempt++) {
      if (createLockFile(file)) {
        const lock = new DataDirLock(file);
        lock.start(options.heartbeatMs ?? 10_000);
        return lock;
      }
      const existing = readLock(file);
      if (existing && !isStale(file, existing, staleMs)) {
        const who = existing.info ? `进程号 ${existing.info.pid}` : '另一个进程';
        throw new AppError(
          'LOCKED',
          `数据目录正被另一个年报助手窗口或命令使用（${who}），为防止草稿被同时改写，本次操作未执行。请先关闭它再试。`,
        );
      }
      breakStaleLock(file, existing);
    }
    throw new AppError('LOCKED', '无法取得数据目录的使用权（锁文件反复被占用），请稍后再试。');
  }

  private start(heartbeatMs: number): void {
    held.add(this.file);
    process.on('exit', this.onExit);
    try {
      const worker = new Worker(HEARTBEAT_WORKER, {
        eval: true,
        workerData: { file: this.file, pid: process.pid, ms: heartbeatMs },
      });
      worker.on('error', () => this.startTimer(heartbeatMs));
      worker.unref();
      this.worker = worker;
      return;
    } catch {
      this.startTimer(heartbeatMs);
    }
  }

  /** Fallback when no worker thread can be started: a main-thread timer. */
  private startTimer(heartbeatMs: number): void {
    if (this.timer || !held.has(this.file)) return;
    this.timer = setInterval(() => {
      const now = new Date();
      try {
        fs.utimesSync(this.file, now, now);
      } catch {
        // The next acquire by someone else decides; nothing useful to do here.
      }
    }, heartbeatMs);
    this.timer.unref();
  }

  /** Releases the lock (idempotent; also runs on process exit). */
  release(): void {
    if (!held.has(this.file)) return;
    held.delete(this.file);
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    void this.worker?.terminate();
    this.worker = null;
    process.off('exit', this.onExit);
    try {
      const current = readLock(this.file);
      if (current?.info?.pid === process.pid) fs.unlinkSync(this.file);
    } catch {
      // Already gone.
    }
  }
}

function ownInfo(): LockInfo {
  return {
    pid: process.pid,
    hostname: os.hostname(),
    startedAt: new Date().toISOString(),
    procStart: processStartTicks(process.pid),
  };
}

function writeSynced(file: string, flags: string, text: string): void {
  const fd = fs.openSync(file, flags, 0o644);
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Creates the lock file whole or not at all: the content is written and synced under a private name, then
 * hard-linked into place (link fails atomically if the lock exists). A process killed at any moment therefore
 * never leaves a half-written lock that would lock the next start out. Where hard links are not supported
 * (FAT, some network shares) the lock is created in place. False when a lock already exists.
 */
function createLockFile(file: string): boolean {
  const text = JSON.stringify(ownInfo());
  const tmp = `${file}.${process.pid}.${Date.now().toString(36)}${LOCK_TEMP_SUFFIX}`;
  try {
    writeSynced(tmp, 'wx', text);
    try {
      fs.linkSync(tmp, file);
      return true;
    } catch (err) {
      if (errno(err) === 'EEXIST') return false;
      if (!['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP', 'EXDEV', 'EINVAL'].includes(errno(err) ?? ''))
        throw err;
    }
  } finally {
    fs.rmSync(tmp, { force: true });
  }
  try {
    writeSynced(file, 'wx', text);
    return true;
  } catch (err) {
    if (errno(err) === 'EEXIST') return false;
    throw err;
  }
}

const LOCK_TEMP_SUFFIX = '.lock-tmp';

/** Removes private lock temp files left by a process killed between writing and linking (older than a minute). */
function sweepLockTemps(dataDir: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dataDir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(`${LOCK_FILE}.`) || !name.endsWith(LOCK_TEMP_SUFFIX)) continue;
    const full = path.join(dataDir, name);
    const st = fs.statSync(full, { throwIfNoEntry: false });
    if (st && Date.now() - st.mtimeMs > 60_000) fs.rmSync(full, { force: true });
  }
}

/**
 * Removes a stale lock. A guard file makes the check-and-remove exclusive, so two processes that both saw
 * the same stale lock cannot remove each other's fresh one.
 */
function breakStaleLock(file: string, seen: { info: LockInfo | null; mtimeMs: number } | null): void {
  const guard = `${file}.break`;
  try {
    fs.closeSync(fs.openSync(guard, 'wx'));
  } catch (err) {
    if (errno(err) !== 'EEXIST') throw err;
    const st = fs.statSync(guard, { throwIfNoEntry: false });
    if (st && Date.now() - st.mtimeMs > 10_000) fs.rmSync(guard, { force: true });
    return;
  }
  try {
    const now = readLock(file);
    const unchanged = now && seen && now.mtimeMs === seen.mtimeMs && now.info?.pid === seen.info?.pid;
    if (unchanged) fs.rmSync(file, { force: true });
  } finally {
    fs.rmSync(guard, { force: true });
  }
}
