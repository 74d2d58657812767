// Child process for fault injection: saves drafts in a loop (announcing each save before and after) or holds the store.
// Run bundled (see test-support/fault-harness.ts): node fault-child.cjs <save-loop|hold|freeze> <dataDir> <seed|ms>
import { writeSync } from 'node:fs';
import { payloadHash } from '../../shared/draft/envelope';
import type { Draft } from '../../shared/draft/schema';
import { DraftStore } from './draft-store';
import { fullDraft2021, prng } from './sample-drafts';

import { CHILD_IDS } from './fault-ids';

function say(line: string): void {
  writeSync(1, `${line}\n`); // synchronous, so the parent sees every line written before the kill
}

async function saveLoop(dataDir: string, seed: number): Promise<void> {
  const rand = prng(seed);
  // A few bodies of different sizes (about 10 KB to 300 KB), varied per save so every save changes the file.
  const bodies: Draft[] = [200, 1500, 6000, 16000].map((chars, i) =>
    fullDraft2021({ id: 'x', seed: seed + i, textChars: chars }),
  );
  const store = await DraftStore.open({ dataDir, appVersion: 'fault-child' });
  say(`R ${process.pid}`);
  for (let n = 0; ; n++) {
    const id = CHILD_IDS[Math.floor(rand() * CHILD_IDS.length)] ?? 'k0';
    const body = bodies[rand() < 0.9 ? Math.floor(rand() * 3) : 3];
    if (!body) throw new Error('no body');
    const draft: Draft = {
      ...body,
      id,
      preamble: `第 ${seed}-${n} 次保存`,
      updatedAt: new Date().toISOString(),
    };
    const sha = payloadHash(draft);
    say(`B ${id} ${sha}`);
    await store.save(draft);
    say(`C ${id} ${sha}`);
  }
}

async function hold(dataDir: string): Promise<void> {
  await DraftStore.open({ dataDir, appVersion: 'fault-child' });
  say(`R ${process.pid}`);
  setInterval(() => undefined, 60_000);
}

/** Holds the store, then blocks its main thread (as a long synchronous import would) for `ms`. */
async function freeze(dataDir: string, ms: number): Promise<void> {
  await DraftStore.open({ dataDir, appVersion: 'fault-child', lock: { heartbeatMs: 100 } });
  say(`R ${process.pid}`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  say('T');
  setInterval(() => undefined, 60_000);
}

const [mode, dataDir, seedText] = process.argv.slice(2);
if (process.env.NIANBAO_FAULT_CHILD !== '1') {
  // Imported by mistake (not spawned by the harness): do nothing.
} else if (!dataDir) {
  process.stderr.write('用法：fault-child <save-loop|hold> <数据目录> [种子]\n');
  process.exit(2);
} else {
  const num = Number.parseInt(seedText ?? '1', 10);
  const run =
    mode === 'hold' ? hold(dataDir) : mode === 'freeze' ? freeze(dataDir, num) : saveLoop(dataDir, num);
  run.catch((err: unknown) => {
    say(`E ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
