// UI benchmark: typing one digit into a 表三 cell until the updated totals and rule marks are painted, in Chromium.
// Two scenarios: the grid alone (component page) and the whole editor in browser mode. Goal: p95 ≤ 16 ms.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/chromium';
import { carryOver, createDraft } from '../shared/draft/create';
import type { Draft } from '../shared/draft/schema';
import { fillBlanks } from '../shared/engine';
import { getFormat } from '../shared/formats';
import { startBrowserMode } from '../main/cli/commands/serve';
import { closeServices, createServices } from '../main/services';
import { PROBE_SOURCE, type EditSample } from './ui-grid-probe';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EDITS = 200;
const WARMUP = 20;
const GOAL_MS = 16;
const COLS = ['natural', 'commercial', 'research', 'social', 'legal', 'other_org'];
const ROWS = ['new', 'granted', 'carry_forward'];

/** A 2025 report carried over from 2024, every cell filled and 表三 consistent (so each digit may break R3-1). */
function benchDraft(): Draft {
  const format = getFormat('gov-2021');
  const prev = createDraft({ agency: '示例区统计局', year: 2024, id: 'bench-2024' });
  const prevCells = Object.fromEntries(COLS.map((c) => [`t3.carry_forward.${c}`, 1]));
  const draft = carryOver(fillBlanks(format, { ...prev, cells: prevCells }), {
    year: 2025,
    id: 'bench-grid',
  });
  const cells: Record<string, number> = {};
  for (const c of COLS) {
    cells[`t3.new.${c}`] = 5;
    cells[`t3.granted.${c}`] = 4;
    cells[`t3.carry_forward.${c}`] = 2;
  }
  return fillBlanks(format, { ...draft, cells: { ...draft.cells, ...cells } });
}

function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? Number.NaN;
}

/** Types 220 digits (20 warm-up) into 表三 input cells and returns the timed samples after the warm-up. */
async function typeDigits(page: Page): Promise<EditSample[]> {
  await page.evaluate(PROBE_SOURCE);
  for (let i = 0; i < WARMUP + EDITS; i++) {
    const key = `t3.${ROWS[Math.floor(i / COLS.length) % ROWS.length]}.${COLS[i % COLS.length]}`;
    await page.evaluate(
      `(() => { const el = document.querySelector('input[data-key="${key}"]'); el.focus(); el.select(); })()`,
    );
    await page.keyboard.press(String(((i * 7) % 9) + 1));
    await page.evaluate(`window.__gridWait(${i + 1})`);
  }
  const all = (await page.evaluate('window.__gridSamples')) as EditSample[];
  return all.slice(WARMUP);
}

function report(name: string, samples: readonly EditSample[]): boolean {
  const painted = samples.map((s) => s.painted);
  const processed = samples.map((s) => s.processed);
  const wrong = samples.filter((s) => !s.correct).length;
  const p95 = percentile(painted, 95);
  const f = (x: number) => x.toFixed(1);
  console.log(`${name}（${samples.length} 次输入）`);
  console.log(
    `  按键 → 合计与校验标记绘制完成：p50 ${f(percentile(painted, 50))} ms，p95 ${f(p95)} ms，最长 ${f(Math.max(...painted))} ms`,
  );
  console.log(
    `  其中按键 → React 提交并完成布局：p50 ${f(percentile(processed, 50))} ms，p95 ${f(percentile(processed, 95))} ms`,
  );
  console.log(`  绘制结果核对（行合计、R3-1 标记）：${wrong === 0 ? '全部正确' : `${wrong} 次不正确`}`);
  console.log(`  目标 p95 ≤ ${GOAL_MS} ms：${p95 <= GOAL_MS ? '达到' : '未达到'}`);
  return wrong === 0;
}

async function componentScenario(browser: Browser, draft: Draft): Promise<EditSample[]> {
  const out = await build({
    entryPoints: [path.join(ROOT, 'bench', 'ui-grid-page.tsx')],
    bundle: true,
    write: false,
    outdir: path.join(os.tmpdir(), 'nianbao-bench-grid'),
    format: 'iife',
    jsx: 'automatic',
    minify: true,
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const js = out.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
  const css = out.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  try {
    await page.setContent(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${css}</style></head>` +
        '<body><div id="root"></div></body></html>',
    );
    await page.evaluate(`window.__benchDraft = ${JSON.stringify(draft)}`);
    await page.addScriptTag({ content: js });
    await page.locator('input[data-key="t3.carry_forward.total"]').waitFor();
    return await typeDigits(page);
  } finally {
    await page.close();
  }
}

async function editorScenario(browser: Browser, draft: Draft): Promise<EditSample[]> {
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const built = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (built.status !== 0) throw new Error('界面构建失败');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-bench-grid-'));
  try {
    const seed = createServices({ dataDir, shell: 'browser' });
    const { draft: saved } = await seed['drafts:createFrom']({ draft });
    await closeServices(seed);
    const mode = await startBrowserMode({ dataDir, root: path.join(ROOT, 'dist', 'renderer') });
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    try {
      await page.goto(mode.server.launchUrl);
      await page.getByRole('heading', { name: '我的年报' }).waitFor();
      await page.goto(`${mode.server.url}#/edit/${encodeURIComponent(saved.id)}`);
      await page.locator('[data-section="s3"]').click();
      await page.locator('input[data-key="t3.carry_forward.total"]').waitFor();
      return await typeDigits(page);
    } finally {
      await page.close();
      await mode.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Frames drawn as soon as something changed, not on the 60 Hz clock: the time is the work, not the wait. */
const UNTHROTTLED = ['--disable-frame-rate-limit', '--disable-gpu-vsync'];

async function main(): Promise<void> {
  const draft = benchDraft();
  let ok = true;
  console.log('表三输入一个数字（Chromium 无头模式，性能标记 grid-key → grid-painted）');
  const load = os.loadavg()[0] ?? 0;
  console.log(
    `运行时机器负载（1 分钟平均）${load.toFixed(1)}，CPU ${os.cpus().length} 核；负载高时尾部时间偏长`,
  );
  for (const [clock, extra] of [
    ['帧率不限（只计工作和绘制）', UNTHROTTLED],
    ['60 Hz 帧时钟（含等待下一帧）', []],
  ] as const) {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extra] });
    try {
      console.log(`\n— ${clock}`);
      ok = report('单独的表格组件', await componentScenario(browser, draft)) && ok;
      ok =
        report('完整编辑器（浏览器模式，含校验面板、自动保存）', await editorScenario(browser, draft)) && ok;
    } finally {
      await browser.close();
    }
  }
  if (!ok) process.exitCode = 1;
}

await main();
