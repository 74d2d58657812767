// E2E fixtures: one `nianbao serve` per test file on a temp data dir and a free port; its launch URL and folders.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Browser, type Page } from '@playwright/test';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/**
 * Where screenshots go: e2e/screenshots/ on every run (not committed); with NIANBAO_DOC_SCREENSHOTS=1 the user
 * guide's docs/images/ are refreshed instead.
 */
export const SCREENSHOTS =
  process.env.NIANBAO_DOC_SCREENSHOTS === '1'
    ? path.join(ROOT, 'docs', 'images')
    : path.join(ROOT, 'e2e', 'screenshots');

export interface AppServer {
  /** The launch URL with the per-launch token. */
  readonly launchUrl: string;
  readonly origin: string;
  readonly dataDir: string;
  readonly exportDir: string;
}

/** Starts `nianbao serve` on the data folder (and port, if given); resolves once it printed its launch URL. */
export function startServe(
  dataDir: string,
  port?: number,
): Promise<{ child: ChildProcess; launchUrl: string }> {
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, 'bin', 'nianbao.mjs'),
      'serve',
      '--data-dir',
      dataDir,
      '--root',
      process.env.NIANBAO_E2E_ROOT ?? path.join(ROOT, 'dist', 'renderer'),
      ...(port === undefined ? [] : ['--port', String(port)]),
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NIANBAO_DATA_DIR: dataDir },
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`nianbao serve 未启动：${out}${err}`)), 30_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ child, launchUrl: m[1] });
      }
    });
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString('utf8');
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`nianbao serve 退出（${String(code)}）：${out}${err}`));
    });
  });
}

export const test = base.extend<object, { app: AppServer }>({
  app: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-e2e-'));
      const exportDir = path.join(dataDir, 'exports');
      mkdirSync(exportDir);
      const { child, launchUrl } = await startServe(dataDir);
      try {
        await use({ launchUrl, origin: new URL(launchUrl).origin, dataDir, exportDir });
      } finally {
        if (child.exitCode === null) {
          const exited = new Promise((r) => child.once('exit', r));
          child.kill('SIGTERM');
          await exited;
        }
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';

/** Saves a screenshot (<SCREENSHOTS>/<name>.png) without the transient notices. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({
    path: path.join(SCREENSHOTS, `${name}.png`),
    style: '.notices { display: none; }',
  });
}

/** Opens the app at its launch URL and waits for the home page 我的年报. */
export async function openHome(page: Page, launchUrl: string): Promise<void> {
  await page.goto(launchUrl);
  await expect(page.getByRole('heading', { name: '我的年报' })).toBeVisible();
}

/** A new page on the app's home page that accepts every confirm dialog. */
export async function newHomePage(browser: Browser, launchUrl: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('dialog', (d) => void d.accept());
  await openHome(page, launchUrl);
  return page;
}

/** Opens 新建年度报告 from the main menu and fills 机关名称 and 年度 (not yet 创建). */
export async function fillNewReport(page: Page, agency: string, year: number): Promise<void> {
  await page
    .getByRole('navigation', { name: '主菜单' })
    .getByRole('button', { name: '新建年度报告' })
    .click();
  await page.getByRole('textbox', { name: '机关名称', exact: true }).fill(agency);
  await page.getByRole('combobox', { name: '年度', exact: true }).selectOption(String(year));
}

/** Creates a blank report for the agency and year and waits for its editor. */
export async function createReport(page: Page, agency: string, year: number): Promise<void> {
  await fillNewReport(page, agency, year);
  await page.getByRole('button', { name: '创建' }).click();
  await expect(
    page.getByRole('heading', { name: `${agency} ${year}年度政府信息公开工作年度报告` }),
  ).toBeVisible();
}

/** Opens a part of the report from the 报告各部分 navigation (heading: the start of its title). */
export async function openSection(page: Page, heading: string): Promise<void> {
  await page
    .getByRole('navigation', { name: '报告各部分' })
    .getByRole('button', { name: new RegExp(heading) })
    .click();
}

/** Types a figure into a grid cell the way a clerk does: go to the cell, type, Enter. */
export async function typeCell(page: Page, key: string, text: string): Promise<void> {
  const cell = page.locator(`input[data-key="${key}"]`);
  await cell.focus();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect(cell).toHaveValue(text);
}

/** Waits until the save status says 已保存. */
export async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveText(/^已保存/, { timeout: 15_000 });
}
