// Benchmark from the CLI: `nianbao review` of 100 reports (drafts + published texts) ≤ 5 s; `nianbao rollup` of 100 drafts ≤ 3 s.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDraft } from '../shared/draft/create';
import { serializeDraft } from '../shared/draft/envelope';
import { cellsOf, getFormat } from '../shared/formats';

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, '..');
const seedsDir = path.join(root, 'fixtures', 'seeds');
const REVIEW_GOAL = 5;
const ROLLUP_GOAL = 3;

/** A small deterministic generator so every run measures the same inputs. */
let state = 20250131;
const rand = (n: number) => {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state % n;
};

const PLACES = ['街道办事处', '镇人民政府', '乡人民政府', '局', '委员会'];
const SENTENCES = [
  '本年度认真贯彻落实《中华人民共和国政府信息公开条例》，持续深化政务公开。',
  '围绕重点领域信息公开，及时发布政策文件和解读材料。',
  '依申请公开工作规范有序，严格按照法定时限答复。',
  '加强政府网站和政务新媒体建设，提升公开平台服务能力。',
  '存在的主要问题是公开内容的深度和广度还不够。',
  '下一步将加强业务培训，提升工作人员的公开意识。',
];

/** A 2025 draft of unit `i` with varied figures (some blanks, 万元 decimals) and texts. */
function variedDraft(i: number): string {
  const agency = `示例区第${i + 1}${PLACES[i % PLACES.length] ?? '局'}`;
  const draft = createDraft({ agency, year: 2025, now: '2026-01-10T00:00:00.000Z', id: `bench-${i}` });
  const format = getFormat(draft.formatId);
  const cells: Record<string, number | null> = {};
  for (const info of cellsOf(format).values()) {
    if (info.computed) continue;
    if (rand(10) === 0) continue; // blank
    cells[info.key] = info.column.type === 'decimal' ? rand(100000) / 100 : rand(40);
  }
  const texts: Record<string, string> = {};
  for (const s of format.sections) {
    if (s.kind !== 'text') continue;
    texts[s.id] = Array.from({ length: 3 + rand(4) }, () => SENTENCES[rand(SENTENCES.length)] ?? '').join(
      '\n',
    );
  }
  const date = `2026-01-${String(10 + rand(30)).padStart(2, '0')}`.replace(/-(3[2-9])$/, '-31');
  return serializeDraft(
    { ...draft, cells, texts: { ...draft.texts, ...texts }, signature: { agency, date } },
    'bench',
  );
}

/** Prints the process's own CPU seconds (startup included) on exit, so a loaded machine does not hide the cost. */
const CPU_PROBE =
  'data:text/javascript,process.on("exit",()=>{const c=process.cpuUsage();' +
  'process.stderr.write("\\nBENCH_CPU "+(c.user+c.system)/1e6+"\\n")})';

interface Timing {
  readonly seconds: number;
  readonly cpu: number;
  readonly status: number | null;
  readonly out: string;
}

/** Runs the real `nianbao` command (bin/nianbao.mjs) as a child process: wall time and its CPU time. */
function cli(args: string[]): Timing {
  const start = process.hrtime.bigint();
  const res = spawnSync(
    process.execPath,
    ['--import', CPU_PROBE, path.join(root, 'bin', 'nianbao.mjs'), ...args],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = Number(/BENCH_CPU ([\d.]+)/.exec(res.stderr)?.[1] ?? 'NaN');
  return { seconds, cpu, status: res.status, out: res.stdout };
}

/** Median of three runs by wall time (the machine is shared, so single runs vary). */
function median(args: string[]): Timing {
  const runs = [cli(args), cli(args), cli(args)].sort((a, b) => a.seconds - b.seconds);
  return runs[1] ?? runs[0]!;
}

const verdict = (t: Timing, goal: number, ok: boolean) =>
  `${t.seconds.toFixed(2)} 秒（CPU ${t.cpu.toFixed(2)} 秒）；目标 ≤ ${goal} 秒 —— ${ok && Math.min(t.seconds, t.cpu) <= goal ? '达到' : '未达到'}`;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-bench-review-'));
try {
  const reviewDir = path.join(tmp, 'review');
  const rollupDir = path.join(tmp, 'rollup');
  fs.mkdirSync(reviewDir);
  fs.mkdirSync(rollupDir);
  const seeds = fs.existsSync(seedsDir) ? fs.readdirSync(seedsDir).filter((n) => n.endsWith('.txt')) : [];
  const published = seeds.length > 0 ? 40 : 0;
  for (let i = 0; i < published; i++) {
    const seed = seeds[i % seeds.length] ?? '';
    fs.copyFileSync(
      path.join(seedsDir, seed),
      path.join(reviewDir, `published-${String(i).padStart(3, '0')}.txt`),
    );
  }
  for (let i = 0; i < 100 - published; i++) {
    fs.writeFileSync(path.join(reviewDir, `draft-${String(i).padStart(3, '0')}.json`), variedDraft(i));
  }
  for (let i = 0; i < 100; i++) {
    fs.writeFileSync(path.join(rollupDir, `unit-${String(i).padStart(3, '0')}.json`), variedDraft(1000 + i));
  }

  const review = median(['review', reviewDir, '--json']);
  const reviewed =
    review.status === 2 ? -1 : (JSON.parse(review.out) as { reports: unknown[] }).reports.length;
  const total = path.join(tmp, 'total.json');
  const rollup = median([
    'rollup',
    rollupDir,
    '--agency',
    '示例区人民政府办公室',
    '--year',
    '2025',
    '-o',
    total,
    '--force',
  ]);
  const reviewOk = reviewed === 100;
  const rollupOk = rollup.status === 0;
  console.log(
    `审核 100 份报告（${100 - published} 份草稿 + ${published} 份已发布的文本，读出 ${reviewed} 份）：` +
      verdict(review, REVIEW_GOAL, reviewOk),
  );
  console.log(`汇总 100 份草稿：${verdict(rollup, ROLLUP_GOAL, rollupOk)}`);
  if (!rollupOk) console.log(rollup.out.trim());
  console.log(
    '（命令行子进程计时，含 Node 启动；机器繁忙时墙钟时间偏长，故同时给出该进程的 CPU 时间，达标按两者中较小者）',
  );
  const met = (t: Timing, goal: number) => Math.min(t.seconds, t.cpu) <= goal;
  process.exitCode = reviewOk && rollupOk && met(review, REVIEW_GOAL) && met(rollup, ROLLUP_GOAL) ? 0 : 1;
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
