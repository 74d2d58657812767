// UI benchmark: navigation → interactive editor for a full report in Chromium (goal ≤ 1 s), and JS heap after opening.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/chromium';
import { carryOver, createDraft } from '../shared/draft/create';
import type { Draft } from '../shared/draft/schema';
import { fillBlanks } from '../shared/engine';
import { getFormat, inputCells } from '../shared/formats';
import { startBrowserMode } from '../main/cli/commands/serve';
import { createServices, closeServices } from '../main/services';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = 7;
const GOAL_MS = 1000;

/** A long paragraph of plausible report prose (≈ 120 characters). */
const para = (n: number) =>
  `本年度第${n}项工作中，本机关严格落实《中华人民共和国政府信息公开条例》，围绕重点领域信息公开、政策解读和回应关切，` +
  `完善发布、解读、回应衔接机制，全年通过门户网站、政务新媒体等渠道主动公开各类政府信息，确保信息公开及时、准确、完整。`;

function fullText(headings: readonly string[], paragraphs: number): string {
  const lines: string[] = [];
  const groups = headings.length > 0 ? headings : [''];
  for (const h of groups) {
    if (h) lines.push(h);
    for (let i = 0; i < paragraphs; i++) lines.push(para(lines.length));
  }
  return lines.join('\n');
}

/** A 2025 report carried over from a filled 2024 one: every cell filled, every section with several paragraphs. */
function fullReport(): Draft {
  const format = getFormat('gov-2021');
  const fill = (d: Draft): Draft => {
    const cells: Record<string, number> = {};
    inputCells(format).forEach((k, i) => (cells[k] = (i * 7) % 13));
    const texts: Record<string, string> = {};
    for (const s of format.sections) if (s.kind === 'text') texts[s.id] = fullText(s.subHeadings ?? [], 4);
    return fillBlanks(format, { ...d, cells: { ...d.cells, ...cells }, texts: { ...d.texts, ...texts } });
  };
  const prev = fill(createDraft({ agency: '示例区人民政府示例街道办事处', year: 2024 }));
  return fill(carryOver(prev, { year: 2025 }));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  // A private build (the same production bundle), so nothing else rebuilding dist/renderer disturbs the timing.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-bench-ui-'));
  const rendererDir = path.join(dataDir, 'renderer');
  const build = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'renderer/vite.config.ts',
      '--outDir',
      rendererDir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  try {
    if (build.status !== 0) throw new Error('界面构建失败');
    const seed = createServices({ dataDir, shell: 'browser' });
    const { draft } = await seed['drafts:createFrom']({ draft: fullReport() });
    await closeServices(seed);

    const mode = await startBrowserMode({ dataDir, root: rendererDir });
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [...CHROMIUM_ARGS],
    });
    try {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await page.goto(mode.server.launchUrl);
      await page.getByRole('heading', { name: '我的年报' }).waitFor();
      const editorUrl = `${mode.server.url}#/edit/${encodeURIComponent(draft.id)}`;
      const times: number[] = [];
      const tables: number[] = [];
      for (let run = 0; run <= RUNS; run++) {
        await page.goto('about:blank');
        await page.goto(editorUrl, { waitUntil: 'commit' });
        // Interactive: the section nav, the 校验 panel and the first section's editor are there and enabled.
        const handle = await page.waitForFunction(
          () => {
            const text = document.querySelector<HTMLTextAreaElement>('textarea.section-textarea');
            const issues = document.querySelector('[data-testid="issue-counts"]');
            const nav = document.querySelector('nav.section-nav');
            return text && !text.disabled && issues && nav ? performance.now() : null;
          },
          undefined,
          { polling: 'raf', timeout: 20_000 },
        );
        const ms = (await handle.jsonValue()) as number;
        const t0 = Date.now();
        await page.locator('[data-section="s3"]').click();
        await page.locator('input[data-key="t3.carry_forward.total"]').waitFor();
        const tableMs = Date.now() - t0;
        if (run > 0) {
          times.push(ms);
          tables.push(tableMs);
        }
      }
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
      const total = metrics.find((m) => m.name === 'JSHeapTotalSize')?.value ?? 0;
      const nodes = metrics.find((m) => m.name === 'Nodes')?.value ?? 0;
      const med = median(times);
      console.log(`完整报告（${inputCells(getFormat('gov-2021')).length} 个输入单元格，六部分正文）`);
      console.log(
        `导航 → 可编辑：中位数 ${med.toFixed(0)} ms（最短 ${Math.min(...times).toFixed(0)}，最长 ${Math.max(...times).toFixed(0)}；${RUNS} 次）目标 ≤ ${GOAL_MS} ms：${med <= GOAL_MS ? '达到' : '未达到'}`,
      );
      console.log(`切换到表三并显示表格：中位数 ${median(tables).toFixed(0)} ms`);
      console.log(
        `打开后 JS 堆：已用 ${(heap / 1048576).toFixed(1)} MB / 已分配 ${(total / 1048576).toFixed(1)} MB；DOM 节点 ${nodes}`,
      );
    } finally {
      await browser.close();
      await mode.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
