// The real Electron shell (runs only where an Electron binary exists): hardening checks and the main flow.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { channelNames } from '../../shared/ipc/contract';
import { shellChannelNames } from '../../shared/ipc/shell-channels';
import { createReport, openSection } from '../fixtures';
import { electronBinary } from './electron-binary';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const AGENCY = '蔡家岗街道办事处';
const binary = electronBinary();

test.describe.configure({ mode: 'serial' });
const SKIP_REASON =
  '未找到 Electron 程序（本机无法下载 Electron），跳过 Electron 测试；浏览器模式测试照常运行。';
if (!binary && !process.env.TEST_WORKER_INDEX) console.log(SKIP_REASON);
test.skip(!binary, SKIP_REASON);

let app: ElectronApplication;
let page: Page;
let dataDir: string;

async function launch(): Promise<void> {
  app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [ROOT],
    cwd: ROOT,
    env: { ...process.env, NIANBAO_DATA_DIR: dataDir, ELECTRON_ENABLE_LOGGING: '1' },
  });
  page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: '我的年报' })).toBeVisible();
}

test.beforeAll(async () => {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-main.mjs')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  expect(build.status).toBe(0);
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-electron-'));
  await launch();
});

test.afterAll(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('the page runs on app:// with no Node, and the bridge is exactly the contract', async () => {
  expect(page.url()).toMatch(/^app:\/\/nianbao\//);
  const globals = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return [typeof w.require, typeof w.process, typeof w.module, typeof w.Buffer];
  });
  expect(globals).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
  const bridge = await page.evaluate(() => {
    const w = window as unknown as { nianbao: object; nianbaoShell: object };
    return {
      keys: Object.keys(w.nianbao).sort(),
      shell: Object.keys(w.nianbaoShell).sort(),
      frozen: Object.isFrozen(w.nianbao) && Object.isFrozen(w.nianbaoShell),
    };
  });
  expect(bridge.keys).toEqual([...channelNames].sort());
  expect(bridge.shell).toEqual([...shellChannelNames, 'onMenuCommand'].sort());
  expect(bridge.frozen).toBe(true);
});

test('popups, navigation, remote requests and file:// are refused', async () => {
  const opened = await page.evaluate(() => window.open('https://example.com/') === null);
  expect(opened).toBe(true);
  const remote = await page.evaluate(() =>
    fetch('https://example.com/').then(
      () => 'loaded',
      () => 'blocked',
    ),
  );
  expect(remote).toBe('blocked');
  const file = await page.evaluate(() =>
    fetch('file:///etc/passwd').then(
      () => 'loaded',
      () => 'blocked',
    ),
  );
  expect(file).toBe('blocked');
  const before = page.url();
  await page.evaluate(() => {
    location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
  const traversal = await page.evaluate(() =>
    fetch('app://nianbao/..%2f..%2fpackage.json').then(
      (r) => r.status,
      () => 0,
    ),
  );
  expect([0, 403, 404]).toContain(traversal);
});

test('main flow: create a report, type a figure, it is saved and survives a renderer crash', async () => {
  await createReport(page, AGENCY, 2025);
  await openSection(page, '三、收到和处理政府信息公开申请情况');
  const cell = page.locator('input[data-key="t3.new.natural"]');
  await cell.click();
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('save-status')).toHaveText(/^已保存/, { timeout: 15_000 });

  const next = app.waitForEvent('window');
  await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer(),
  );
  page = await next;
  expect(new URL(page.url()).searchParams.get('notice')).toBe('crash');
  expect(new URL(page.url()).searchParams.get('reopen')).toBeTruthy();
  await page.goto('app://nianbao/index.html');
  await page
    .getByRole('button', { name: new RegExp(`${AGENCY}.*2025`) })
    .first()
    .click();
  await page
    .getByRole('navigation', { name: '报告各部分' })
    .getByRole('button', { name: /三、收到和处理政府信息公开申请情况/ })
    .click();
  await expect(page.locator('input[data-key="t3.new.natural"]')).toHaveValue('7');
});

test('另存为 uses the native save dialog with the default name, and only that file may be opened', async () => {
  const target = path.join(dataDir, '导出', `${AGENCY}2025年政府信息公开工作年度报告（草稿）.nianbao.json`);
  await app.evaluate(({ dialog }, file) => {
    dialog.showSaveDialog = (async (...args: unknown[]) => {
      (globalThis as Record<string, unknown>).lastSaveOptions = args[args.length - 1];
      return { canceled: false, filePath: file };
    }) as typeof dialog.showSaveDialog;
  }, target);
  const result = await page.evaluate(
    (agency) =>
      (window as unknown as { nianbaoShell: Record<string, (r: unknown) => Promise<unknown>> }).nianbaoShell[
        'shell:choose-save-path'
      ]!({ kind: 'draft', agency, year: 2025 }),
    AGENCY,
  );
  expect(result).toEqual({ ok: true, value: { path: target } });
  const defaultPath = await app.evaluate(
    () => ((globalThis as Record<string, unknown>).lastSaveOptions as { defaultPath: string }).defaultPath,
  );
  expect(path.basename(defaultPath)).toBe(path.basename(target));
  const refused = await page.evaluate(() =>
    (window as unknown as { nianbaoShell: Record<string, (r: unknown) => Promise<unknown>> }).nianbaoShell[
      'shell:open-exported'
    ]!({ path: '/etc/passwd' }),
  );
  expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});
