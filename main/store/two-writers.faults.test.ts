// One writer per data dir: a second process is refused with a clear message; a killed holder's lock is taken over.
import fs from 'node:fs';
import { buildChild, spawnChild } from './test-support/fault-harness';
import { LOCK_FILE } from './lock';
import { fullDraft2021 } from './sample-drafts';
import { openStore, removeDir, tempDataDir } from './test-support';

let work: string;
let script: string;
beforeAll(async () => {
  work = tempDataDir('two');
  script = await buildChild(work);
});
afterAll(() => removeDir(work));

it('refuses a second process cleanly and takes over after the first one is killed', async () => {
  const dataDir = `${work}/data`;
  const first = await openStore(dataDir);
  await first.save(fullDraft2021({ id: 'w1' }));
  await first.close();
  const before = fs.readFileSync(`${dataDir}/drafts/w1.json`);

  const child = spawnChild(script, ['hold', dataDir]);
  await child.waitFor(/^R /);
  const pid = child.proc.pid;
  const err = await openStore(dataDir).catch((e: unknown) => e);
  expect(err).toMatchObject({ code: 'LOCKED' });
  expect((err as Error).message).toBe(
    `数据目录正被另一个年报助手窗口或命令使用（进程号 ${pid}），为防止草稿被同时改写，本次操作未执行。请先关闭它再试。`,
  );
  expect(fs.readFileSync(`${dataDir}/drafts/w1.json`).equals(before)).toBe(true);

  // And the other way round: while we hold it, a child is refused.
  child.proc.kill('SIGKILL');
  await child.exited;
  const store = await openStore(dataDir);
  expect(store.uncleanSince).not.toBeNull();
  const second = spawnChild(script, ['hold', dataDir]);
  await second.waitFor(/^E /);
  await second.exited;
  expect(second.lines.join('\n')).toMatch(/数据目录正被另一个年报助手窗口或命令使用（进程号 \d+）/);
  await store.close();
  expect(fs.existsSync(`${dataDir}/${LOCK_FILE}`)).toBe(false);
}, 60_000);

it('never takes the lock of a frozen owner, however old its heartbeat looks', async () => {
  const dataDir = `${work}/frozen`;
  const child = spawnChild(script, ['freeze', dataDir, '2500']);
  await child.waitFor(/^R /);
  const lock = `${dataDir}/${LOCK_FILE}`;
  const before = fs.statSync(lock).mtimeMs;
  // The owner's main thread is blocked; wait well past the stale period given to the second process.
  await new Promise((r) => setTimeout(r, 1200));
  expect(child.lines).not.toContain('T');
  // The heartbeat runs in a worker thread: it kept touching the lock while the main thread was frozen.
  expect(fs.statSync(lock).mtimeMs).toBeGreaterThan(before);
  // Even a heartbeat that looks dead does not hand the lock over while the owner lives.
  const old = new Date(Date.now() - 3_600_000);
  fs.utimesSync(lock, old, old);
  const err = await openStore(dataDir, { lock: { staleMs: 500 } }).catch((e: unknown) => e);
  expect(err).toMatchObject({ code: 'LOCKED' });
  expect(fs.existsSync(lock)).toBe(true);
  expect(JSON.parse(fs.readFileSync(lock, 'utf8'))).toMatchObject({ pid: child.proc.pid });
  expect(fs.existsSync(`${dataDir}/session.json`)).toBe(true);
  await child.waitFor(/^T$/, 10_000);
  child.proc.kill('SIGKILL');
  await child.exited;
  const store = await openStore(dataDir);
  expect(store.uncleanSince).not.toBeNull(); // the killed owner's session, reported once and truly
  await store.close();
}, 60_000);

it('takes over a lock whose pid now belongs to another process or that predates this boot', async () => {
  const dataDir = `${work}/stale`;
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = `${dataDir}/${LOCK_FILE}`;
  const os = await import('node:os');
  const { processStartTicks } = await import('./lock-owner');
  const info = {
    pid: process.ppid,
    hostname: os.hostname(),
    startedAt: new Date().toISOString(),
    procStart: processStartTicks(process.ppid),
  };
  // The parent process runs: its lock is respected even with an old heartbeat (where start times are known).
  fs.writeFileSync(lock, JSON.stringify(info));
  const old = new Date(Date.now() - 120_000);
  fs.utimesSync(lock, old, old);
  if (info.procStart !== null) {
    await expect(openStore(dataDir, { lock: { staleMs: 1000 } })).rejects.toMatchObject({ code: 'LOCKED' });
    // Same pid, different start time: the pid was reused by another program.
    fs.writeFileSync(lock, JSON.stringify({ ...info, procStart: '1' }));
    const reused = await openStore(dataDir);
    await reused.close();
  }
  // Taken before this machine booted: its owner cannot be running.
  fs.writeFileSync(lock, JSON.stringify({ ...info, procStart: null, startedAt: '2020-01-01T00:00:00.000Z' }));
  const store = await openStore(dataDir);
  await store.close();
  // Where start times cannot be compared: a fresh heartbeat is respected, an old one is not.
  fs.writeFileSync(lock, JSON.stringify({ ...info, procStart: null }));
  await expect(openStore(dataDir)).rejects.toMatchObject({ code: 'LOCKED' });
  fs.utimesSync(lock, old, old);
  const again = await openStore(dataDir);
  await again.close();
});
