// E2E: the browser-mode service is killed while the clerk types in 表三 and restarted on the same data folder; the open
// tab shows 无法连接年报助手服务，正在重试…, keeps every figure, saves it after the restart, and survives a reload;
// figures typed during the outage survive closing the tab too (kept in localStorage, saved on the next open).
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import {
  createReport,
  expect,
  openSection,
  shot,
  startServe,
  test,
  typeCell as typeIn,
  waitSaved,
} from './fixtures';

const AGENCY = '示例县交通运输局';
const ROWS = ['new', 'granted', 'partial', 'withheld_secret', 'unable_none', 'carry_forward'] as const;
const COLS = ['natural', 'commercial', 'research'] as const;
const keys = ROWS.flatMap((r) => COLS.map((c) => `t3.${r}.${c}`));

let page: Page;
let child: ChildProcess | null = null;
let dataDir = '';

const cell = (key: string) => page.locator(`input[data-key="${key}"]`);

const typeCell = (key: string, text: string) => typeIn(page, key, text);
const section3 = () => openSection(page, '三、收到和处理政府信息公开申请情况');

/** A fresh data folder with a running service and a new 2024 report open at 表三. */
async function startWithReport(browser: Browser, name: string) {
  dataDir = mkdtempSync(path.join(os.tmpdir(), `nianbao-e2e-${name}-`));
  const first = await startServe(dataDir);
  child = first.child;
  const context = await browser.newContext();
  page = await context.newPage();
  await page.goto(first.launchUrl);
  await createReport(page, AGENCY, 2024);
  await section3();
  return { first, port: Number(new URL(first.launchUrl).port), context };
}

async function kill(proc: ChildProcess, signal: NodeJS.Signals) {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill(signal);
  await exited;
}

test.afterEach(async () => {
  if (child) await kill(child, 'SIGTERM');
  child = null;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('a killed and restarted service loses nothing typed in the open tab', async ({ browser }) => {
  const { first, port, context } = await startWithReport(browser, 'restart');
  const value = (i: number) => String(10 + i);

  // A few figures saved normally.
  for (let i = 0; i < 4; i++) await typeCell(keys[i]!, value(i));
  await waitSaved(page);

  // The service dies (as in a crash: no clean shutdown); the clerk keeps typing.
  await kill(first.child, 'SIGKILL');
  child = null;
  for (let i = 4; i < 12; i++) await typeCell(keys[i]!, value(i));
  const banner = page.getByRole('alert').filter({ hasText: '无法连接年报助手服务，正在重试…' });
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await shot(page, 'browser-disconnected');

  // Restarted on the same data folder, without --port: it takes the same port and the same token.
  const second = await startServe(dataDir);
  child = second.child;
  expect(Number(new URL(second.launchUrl).port)).toBe(port);
  expect(second.launchUrl).toBe(first.launchUrl);
  for (let i = 12; i < keys.length; i++) await typeCell(keys[i]!, value(i));
  await expect(banner).toBeHidden({ timeout: 15_000 });
  await waitSaved(page);

  // A reload needs no new address, and every figure was saved.
  await page.reload();
  await section3();
  for (let i = 0; i < keys.length; i++) await expect(cell(keys[i]!)).toHaveValue(value(i));
  await context.close();
});

test('edits typed during an outage survive closing the tab and are saved when the page is opened again', async ({
  browser,
}) => {
  const { first, context } = await startWithReport(browser, 'closed');
  const value = (i: number) => String(20 + i);
  await typeCell(keys[0]!, value(0));
  await waitSaved(page);

  // The service dies; the first save waits, and everything typed after it lives only in the page (and storage).
  await kill(first.child, 'SIGKILL');
  child = null;
  for (let i = 1; i < 10; i++) await typeCell(keys[i]!, value(i));
  await expect(page.getByRole('alert').filter({ hasText: '无法连接年报助手服务' })).toBeVisible({
    timeout: 15_000,
  });
  await page.close(); // no beforeunload prompt: the tab is simply gone

  const second = await startServe(dataDir);
  child = second.child;
  page = await context.newPage();
  await page.goto(second.launchUrl);
  await page
    .getByRole('article', { name: `${AGENCY} 2024年度` })
    .getByRole('button', { name: '打开' })
    .click();
  await section3();
  for (let i = 0; i < 10; i++) await expect(cell(keys[i]!)).toHaveValue(value(i));
  await expect(page.getByRole('dialog', { name: '这份年报在别处已被修改' })).toHaveCount(0);
  await context.close();
});

test('a new token (session file lost) is picked up once the new address is opened in another tab', async ({
  browser,
}) => {
  const { first, port, context } = await startWithReport(browser, 'token');
  await typeCell('t3.new.natural', '7');
  await waitSaved(page);

  await kill(first.child, 'SIGKILL');
  rmSync(path.join(dataDir, 'browser-session.json'));
  const second = await startServe(dataDir, port);
  child = second.child;
  expect(second.launchUrl).not.toBe(first.launchUrl);
  await typeCell('t3.new.commercial', '8');
  const banner = page.getByRole('alert').filter({ hasText: '访问令牌已更换' });
  await expect(banner).toBeVisible({ timeout: 15_000 });
  await shot(page, 'browser-token-changed');

  const other = await context.newPage();
  await other.goto(second.launchUrl);
  await expect(banner).toBeHidden({ timeout: 15_000 });
  await typeCell('t3.new.research', '9');
  await waitSaved(page);
  await page.reload();
  await section3();
  await expect(cell('t3.new.natural')).toHaveValue('7');
  await expect(cell('t3.new.commercial')).toHaveValue('8');
  await expect(cell('t3.new.research')).toHaveValue('9');
  await context.close();
});
