// CLI benchmark: start-up (`nianbao --version` vs a bare `node -e 0`) and a cold three-format export of seed-003
// (one new process) vs one LibreOffice DOCX→PDF conversion, measured in the same run. Targets: ≤ 5× and ≤ 0.5×.
// The export keeps its compiled code in the app's cache folder (main/export/code-cache.ts): the target is judged on
// a new process on a machine where the app has run before (cache filled, as LibreOffice's profile folder is);
// the very first run (empty cache) is measured and printed too.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { libreofficeToPdf, tmpDir } from '../main/export/test-support/tools';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bin = path.join(root, 'bin', 'nianbao.mjs');
const seed = path.join(root, 'main', 'export', '__fixtures__', 'seed-003.draft.json');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};
const ms = (x: number) => `${x.toFixed(0)} ms`;

/** CPU time (ms) of this process's finished children, from /proc (Linux); null elsewhere. */
function childrenCpu(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of stat(5) (cutime, cstime), counted from field 3 here; clock ticks of 10 ms.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

/** CPU time of the timed runs, by label. */
const cpu: Record<string, number[]> = {};

/** Wall time of one child process; fails the benchmark when the command fails. */
function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env, label = ''): number {
  const c0 = childrenCpu();
  const t0 = performance.now();
  const res = spawnSync(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const t = performance.now() - t0;
  const c1 = childrenCpu();
  if (label && c0 !== null && c1 !== null) (cpu[label] ??= []).push(c1 - c0);
  if (res.status !== 0) {
    console.error(`命令失败：${cmd} ${args.join(' ')}\n${res.stderr}`);
    process.exit(1);
  }
  return t;
}

// Measure the current code: build the bundle first (bin/nianbao.mjs would fall back to the sources if it were stale).
const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-cli.mjs')], {
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(1);
const env = { ...process.env, NIANBAO_DEV: '0' };

console.log(
  `机器负载（1 分钟平均）：${os.loadavg()[0]?.toFixed(1)}，CPU 核数：${os.cpus().length}，Node ${process.version}`,
);

// 1. Start-up.
const RUNS = 15;
timed(process.execPath, ['-e', '0']);
timed(process.execPath, [bin, '--version'], env);
const bare: number[] = [];
const version: number[] = [];
for (let i = 0; i < RUNS; i++) {
  bare.push(timed(process.execPath, ['-e', '0']));
  version.push(timed(process.execPath, [bin, '--version'], env));
}
const startRatio = median(version) / median(bare);
console.log(`node -e 0 中位数 ${ms(median(bare))}；nianbao --version 中位数 ${ms(median(version))}`);
console.log(`倍数：nianbao --version / node -e 0 = ${startRatio.toFixed(2)}×（目标 ≤ 5×）`);

// 2. Cold export of the typical report (seed-003) to PDF, DOCX and HTML, a new process each time, interleaved with
// LibreOffice converting the DOCX it wrote, so that a change of machine load hits both figures alike.
const dir = tmpDir('nianbao-bench-cli-');
/** One export in a new process; `cache`: the app's cache folder it uses (its own, inside the benchmark's folder). */
const exportOnce = (i: number, cache: string, label = 'export'): number => {
  const out = path.join(dir, `run-${i}`);
  mkdirSync(out);
  const files = ['pdf', 'docx', 'html'].flatMap((k) => [`--${k}`, path.join(out, `seed-003.${k}`)]);
  return timed(
    process.execPath,
    [bin, 'export', seed, ...files],
    { ...env, NIANBAO_CACHE_DIR: cache },
    label,
  );
};
const warmCache = path.join(dir, 'cache');
const hasSoffice =
  spawnSync('sh', ['-c', 'command -v soffice && command -v libreoffice'], { stdio: 'ignore' }).status === 0;
const loDir = path.join(dir, 'lo');
mkdirSync(loDir);
const loOnce = (i: number): number => {
  const copy = path.join(loDir, `seed-003-${i}.docx`);
  copyFileSync(path.join(dir, 'run-0', 'seed-003.docx'), copy);
  const c0 = childrenCpu();
  const t0 = performance.now();
  libreofficeToPdf(copy, loDir);
  const t = performance.now() - t0;
  const c1 = childrenCpu();
  if (c0 !== null && c1 !== null) (cpu.lo ??= []).push(c1 - c0);
  if (!existsSync(copy.replace(/\.docx$/, '.pdf'))) throw new Error('LibreOffice 未生成 PDF');
  return t;
};

// Untimed first runs: the OS file cache for both, the profile folder for LibreOffice, the app's cache folder for
// nianbao (what a machine where the app has run before has).
exportOnce(0, warmCache);
if (hasSoffice) loOnce(0);
const exports: number[] = [];
const firsts: number[] = [];
const lo: number[] = [];
for (let i = 1; i <= 5; i++) {
  exports.push(exportOnce(i, warmCache));
  if (hasSoffice) lo.push(loOnce(i));
  // The very first run of the app: an empty cache folder of its own.
  if (i <= 3) firsts.push(exportOnce(100 + i, path.join(dir, `empty-cache-${i}`), 'first'));
}
const exportMedian = median(exports);
const firstMedian = median(firsts);
console.log(
  `nianbao export seed-003 --pdf --docx --html（新进程，本机运行过本程序：缓存已有）中位数 ${ms(exportMedian)}（${exports.map(ms).join('、')}）`,
);
console.log(
  `nianbao export seed-003 --pdf --docx --html（新进程，首次运行：缓存为空）中位数 ${ms(firstMedian)}（${firsts.map(ms).join('、')}）`,
);

const cpuNote = (label: string) =>
  cpu[label]?.length ? `，CPU 时间中位数 ${ms(median(cpu[label] ?? []))}` : '';
console.log(
  `（参考：nianbao export${cpuNote('export')}；首次运行${cpuNote('first')}${hasSoffice ? `；LibreOffice${cpuNote('lo')}` : ''}）`,
);

let ok = startRatio <= 5;
if (!hasSoffice) {
  console.log('未安装 LibreOffice（soffice），跳过与 LibreOffice DOCX→PDF 的比较。');
} else {
  const loMedian = median(lo);
  const exportRatio = exportMedian / loMedian;
  console.log(
    `LibreOffice DOCX→PDF（seed-003，已有配置文件夹）中位数 ${ms(loMedian)}（${lo.map(ms).join('、')}）`,
  );
  console.log(
    `倍数：nianbao export 三种格式 / LibreOffice 一次转换 = ${exportRatio.toFixed(2)}×（目标 ≤ 0.5×，按此项判定：新进程、缓存已有）`,
  );
  console.log(
    `倍数：首次运行（缓存为空）/ LibreOffice 一次转换 = ${(firstMedian / loMedian).toFixed(2)}×（仅供参考）`,
  );
  const cpuExport = median(cpu.export ?? []);
  const cpuLo = median(cpu.lo ?? []);
  if (cpuExport > 0 && cpuLo > 0) {
    // CPU time is what a busy machine disturbs least; the target itself is judged on wall time.
    console.log(
      `参考：CPU 时间倍数 nianbao / LibreOffice = ${(cpuExport / cpuLo).toFixed(2)}×（不作为目标判据）`,
    );
  }
  ok &&= exportRatio <= 0.5;
}
const load = os.loadavg()[0] ?? 0;
if (!ok && load > os.cpus().length) {
  console.log(
    `注意：机器负载（${load.toFixed(1)}）高于 CPU 核数，本程序的导出以计算为主，受影响比 LibreOffice 大；请在空闲时重测。`,
  );
}
console.log(ok ? '结论：达到目标' : '结论：未达到目标（见上方数字）');
process.exitCode = ok ? 0 : 1;
