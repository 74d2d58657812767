// Store benchmark: autosave latency (p50/p95) for a full 2021 draft with long texts and for a 2 MB draft.
// `node bin/run-ts.mjs bench/store.ts [--soak N]` — --soak runs N kill -9 cycles (longer than the CI test's 300).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { draftChannels } from '../shared/ipc/draft-channels';
import { createDraftsService } from '../main/services/drafts-service';
import { buildChild, killLoop } from '../main/store/test-support/fault-harness';
import { draftOfSize, fullDraft2021 } from '../main/store/sample-drafts';

const TARGET_P95_MS = 20;

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function measure(label: string, draftBytes: number | null, rounds: number): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-bench-store-'));
  const svc = createDraftsService({ dataDir: dir, exportDir: () => path.join(dir, 'out') });
  try {
    const base =
      draftBytes === null
        ? fullDraft2021({ id: 'bench', textChars: 1500 })
        : draftOfSize(draftBytes, { id: 'bench' });
    await svc.handlers['drafts:createFrom']({ draft: base });
    const size = fs.statSync(path.join(dir, 'drafts', 'bench.json')).size;
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const edited = {
        ...base,
        preamble: `${base.preamble}（第 ${i} 次编辑）`,
        updatedAt: new Date().toISOString(),
      };
      const t0 = performance.now();
      // What one autosave costs end to end in main: the contract's request check, then the save.
      const req = draftChannels['drafts:save'].request.parse({ draft: edited });
      await svc.handlers['drafts:save'](req);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const gens = fs.readdirSync(path.join(dir, 'history', 'bench')).length;
    const p95 = pct(times, 95);
    console.log(
      `${label}：文件 ${(size / 1024).toFixed(0)} KB，保存 ${rounds} 次 — p50 ${pct(times, 50).toFixed(1)} ms，` +
        `p95 ${p95.toFixed(1)} ms，最长 ${(times[times.length - 1] ?? 0).toFixed(1)} ms（保留历史版本 ${gens} 个）`,
    );
    return p95;
  } finally {
    await svc.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function soak(iterations: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-bench-soak-'));
  try {
    const script = await buildChild(dir);
    const seed = Date.now() % 100_000;
    const t0 = performance.now();
    const report = await killLoop({
      script,
      dataDir: path.join(dir, 'data'),
      iterations,
      seed,
      onIteration: (i, r) => {
        if ((i + 1) % 100 === 0) console.log(`  …${i + 1} 次，失败 ${r.failures.length}`);
      },
    });
    const secs = ((performance.now() - t0) / 1000).toFixed(0);
    console.log(
      `kill -9 浸泡测试（种子 ${seed}）：${report.kills} 次，其中 ${report.duringSave} 次在保存途中，` +
        `提交 ${report.committedSaves} 次保存，用时 ${secs} s，失败 ${report.failures.length}`,
    );
    report.failures.forEach((f) => console.log(`  ${f}`));
    if (report.failures.length > 0) process.exitCode = 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const soakAt = process.argv.indexOf('--soak');
if (soakAt >= 0) {
  const n = process.argv[soakAt + 1] ?? '2000';
  if (!/^\d+$/.test(n)) throw new Error(`--soak 须为正整数：${n}`);
  await soak(Number.parseInt(n, 10));
} else {
  console.log(`草稿保存延迟（${os.cpus().length} 核，${os.cpus()[0]?.model ?? ''}）`);
  const typical = await measure('完整 2021 格式草稿（长文本）', null, 300);
  await measure('2 MB 草稿', 2 * 1024 * 1024, 40);
  console.log(
    typical <= TARGET_P95_MS
      ? `典型草稿 p95 ${typical.toFixed(1)} ms ≤ 目标 ${TARGET_P95_MS} ms`
      : `注意：典型草稿 p95 ${typical.toFixed(1)} ms 超出目标 ${TARGET_P95_MS} ms（机器繁忙时可重跑）`,
  );
}
