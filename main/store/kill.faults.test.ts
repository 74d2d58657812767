// G1: a child saving drafts in a loop is SIGKILLed at random moments (≥300 times); every draft survives intact.
import { buildChild, killLoop } from './test-support/fault-harness';
import { removeDir, tempDataDir } from './test-support';

const KILLS = Math.max(300, Number.parseInt(process.env.NIANBAO_KILLS ?? '300', 10));
const SEED = Number.parseInt(process.env.NIANBAO_SEED ?? String(Date.now() % 100_000), 10);
/** Two loops on two data dirs keep both cores busy. */
const LOOPS = 2;

let work: string;
let script: string;
beforeAll(async () => {
  work = tempDataDir('kill');
  script = await buildChild(work);
});
afterAll(() => removeDir(work));

it(`survives ${KILLS} SIGKILLs during saves (seed ${SEED})`, async () => {
  const per = Math.ceil(KILLS / LOOPS);
  const reports = await Promise.all(
    Array.from({ length: LOOPS }, (_, i) =>
      killLoop({ script, dataDir: `${work}/data-${i}`, iterations: per, seed: SEED + i }),
    ),
  );
  const total = (pick: (r: (typeof reports)[number]) => number) => reports.reduce((s, r) => s + pick(r), 0);
  expect(reports.flatMap((r) => r.failures)).toEqual([]);
  expect(total((r) => r.kills)).toBeGreaterThanOrEqual(300);
  // The kills must really land during saves, or the test proves nothing.
  expect(total((r) => r.duringSave)).toBeGreaterThan(KILLS * 0.5);
  expect(total((r) => r.committedSaves)).toBeGreaterThan(KILLS);
  console.log(
    `kill -9: ${total((r) => r.kills)} 次，其中 ${total((r) => r.duringSave)} 次在保存途中；` +
      `共提交 ${total((r) => r.committedSaves)} 次保存（种子 ${SEED}）`,
  );
}, 600_000);
