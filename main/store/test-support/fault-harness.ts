// Kill-9 harness: a child saves drafts in a loop, is SIGKILLed at random moments, and the store is checked after each kill.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { CHILD_IDS } from '../fault-ids';
import { DraftStore } from '../draft-store';
import { listGenerationRefs, readGeneration } from '../store-history';
import { prng } from '../sample-drafts';
import { isTempName } from '../atomic-write';

/** Bundles fault-child.ts into one plain .cjs file so each spawn is a bare `node` start (~50 ms). */
export async function buildChild(outDir: string, repoRoot = process.cwd()): Promise<string> {
  const outfile = path.join(outDir, 'fault-child.cjs');
  // Resolved from the repository root (jest and `npm run bench` run there) so this works under CJS and ESM alike.
  const entry = path.join(repoRoot, 'main', 'store', 'fault-child.ts');
  if (!fs.existsSync(entry)) throw new Error(`找不到 ${entry}：请在项目根目录运行。`);
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    minify: true,
    logLevel: 'silent',
  });
  return outfile;
}

export interface Child {
  readonly proc: ChildProcess;
  readonly lines: string[];
  /** Resolves when `count` lines matching `re` have arrived (or rejects after `ms`, or if the child dies first). */
  waitFor(re: RegExp, ms?: number, count?: number): Promise<void>;
  readonly exited: Promise<void>;
}

export function spawnChild(script: string, args: readonly string[]): Child {
  const proc = spawn(process.execPath, [script, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NIANBAO_FAULT_CHILD: '1' },
  });
  const lines: string[] = [];
  const waiters: { re: RegExp; count: number; resolve: () => void }[] = [];
  const seen = (re: RegExp) => lines.filter((l) => re.test(l)).length;
  let buf = '';
  proc.stdout?.setEncoding('utf8');
  proc.stdout?.on('data', (chunk: string) => {
    buf += chunk;
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      lines.push(line);
      for (const w of [...waiters]) {
        if (seen(w.re) >= w.count) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve();
        }
      }
    }
  });
  proc.stderr?.resume();
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  return {
    proc,
    lines,
    exited,
    waitFor(re, ms = 10_000, count = 1) {
      if (seen(re) >= count) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const fail = (why: string) => {
          clearTimeout(timer);
          reject(new Error(`子进程未输出 ${re}（${why}；${lines.slice(-3).join(' | ')}）`));
        };
        const timer: NodeJS.Timeout = setTimeout(() => fail('超时'), ms);
        void exited.then(() => fail('已退出'));
        waiters.push({
          re,
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
  };
}

export interface KillReport {
  readonly kills: number;
  /** Kills that landed between "about to save" and "saved". */
  readonly duringSave: number;
  readonly committedSaves: number;
  readonly failures: readonly string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `iterations` kill cycles on `dataDir`. After each kill the store must open, every draft must load without
 * recovery (atomic writes never leave a damaged file), equal the last committed or the in-flight version, and the
 * unclean exit must be detected.
 */
export async function killLoop(options: {
  script: string;
  dataDir: string;
  iterations: number;
  seed: number;
  onIteration?: (i: number, report: KillReport) => void;
}): Promise<KillReport> {
  const rand = prng(options.seed);
  const committed = new Map<string, string>();
  const failures: string[] = [];
  let duringSave = 0;
  let committedSaves = 0;
  for (let i = 0; i < options.iterations && failures.length < 5; i++) {
    const child = spawnChild(options.script, [
      'save-loop',
      options.dataDir,
      String(options.seed * 100_000 + i),
    ]);
    let ready = false;
    if (rand() < 0.15) {
      await sleep(Math.floor(rand() * 150)); // may land while the child is still opening the store
    } else {
      // Just after the k-th "about to save": the kill lands inside a save (write, fsync, rename, history, pruning).
      try {
        await child.waitFor(/^B /, 20_000, 1 + Math.floor(rand() * 6));
        ready = true;
        await sleep(Math.floor(rand() * 8));
      } catch (err) {
        // Recorded, and the loop goes on to check the store: one bad child must not end the run half-way.
        failures.push(`#${i} (seed ${options.seed}): ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    child.proc.kill('SIGKILL');
    await child.exited;
    ready ||= child.lines.some((l) => l.startsWith('R '));
    const inflight = new Map<string, string>();
    for (const line of child.lines) {
      const [tag, id, sha] = line.split(' ');
      if (!id || !sha) continue;
      if (tag === 'B') inflight.set(id, sha);
      if (tag === 'C') {
        committed.set(id, sha);
        inflight.delete(id);
        committedSaves++;
      }
      if (tag === 'E') failures.push(`#${i}: 子进程出错：${line}`);
    }
    if (inflight.size > 0) duringSave++;
    const fail = (msg: string) => failures.push(`#${i} (seed ${options.seed}): ${msg}`);
    let store: DraftStore | null = null;
    try {
      store = await DraftStore.open({ dataDir: options.dataDir, appVersion: 'fault-parent' });
      if (ready && store.uncleanSince === null) fail('未检测到非正常退出');
      const leftovers = fs.readdirSync(path.join(options.dataDir, 'drafts')).filter(isTempName);
      if (leftovers.length) fail(`临时文件未清理：${leftovers.join(',')}`);
      for (const id of CHILD_IDS) {
        const allowed = [committed.get(id), inflight.get(id)].filter((s): s is string => Boolean(s));
        if (allowed.length === 0) continue;
        if (!committed.has(id) && !(await store.exists(id))) continue; // its first save never landed: fine
        const loaded = await store.load(id);
        if (loaded.notice) fail(`${id} 需要从备份恢复：${loaded.notice}`);
        if (!allowed.includes(loaded.sha256))
          fail(`${id} 的内容既不是最后一次提交的版本，也不是正在保存的版本`);
        committed.set(id, loaded.sha256);
        if (i % 10 === 0) {
          for (const ref of await listGenerationRefs(store.ctx, id)) {
            const gen = await readGeneration(store.ctx, id, ref.generationId);
            if (gen && !gen.result.ok) fail(`${id} 的历史版本 ${ref.generationId} 已损坏`);
          }
        }
      }
    } catch (err) {
      fail(`打开或读取失败：${err instanceof Error ? err.message : String(err)}`);
    } finally {
      await store?.close();
    }
    options.onIteration?.(i, { kills: i + 1, duringSave, committedSaves, failures });
  }
  return { kills: options.iterations, duringSave, committedSaves, failures };
}
