// One writer per data dir: a second process is refused with a clear message; a killed holder's lock is taken over.
import fs from 'node:fs';
import { buildChild, spawnChild } from './fault-harness';
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

it('treats a lock without a heartbeat as stale even if its pid is alive (pid reuse after a power cut)', async () => {
  const dataDir = `${work}/stale`;
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = `${dataDir}/${LOCK_FILE}`;
  const os = await import('node:os');
  fs.writeFileSync(
    lock,
    JSON.stringify({ pid: process.ppid, hostname: os.hostname(), startedAt: '2020-01-01' }),
  );
  await expect(openStore(dataDir)).rejects.toMatchObject({ code: 'LOCKED' });
  const old = new Date(Date.now() - 120_000);
  fs.utimesSync(lock, old, old);
  const store = await openStore(dataDir);
  await store.close();
});
