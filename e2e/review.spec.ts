// End to end: 审核与汇总 — a folder of drafts → table → a unit read-only with its 校验 → 审核表 .xlsx → 生成汇总报告 → sums.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { ROOT, expect, shot, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

let page: Page;
let units: string;
let tmp: string;

const nianbao = (...args: string[]) =>
  execFileSync(process.execPath, [path.join(ROOT, 'bin', 'nianbao.mjs'), ...args], { cwd: ROOT });

/** Three units' drafts of 2025 (one with an error) and a damaged file, as a district office receives them. */
function makeUnits(dir: string) {
  const make = (name: string, agency: string, cells: string[]) => {
    const file = path.join(dir, `${name}.json`);
    nianbao('new', '--agency', agency, '--year', '2025', '-o', file);
    nianbao('set', file, ...cells);
    nianbao('fill', file);
  };
  make('01-qingshan', '示例区青山街道办事处', [
    't3.new.natural=3',
    't3.granted.natural=3',
    't2_8.fees.amount=1.25',
  ]);
  make('02-hexi', '示例区河西镇人民政府', [
    't3.new.natural=4',
    't3.granted.natural=4',
    't2_8.fees.amount=0.5',
  ]);
  make('03-jiaoyu', '示例区教育局', ['t3.new.natural=5', 't3.granted.natural=4']); // 5 received, 4 answered
  writeFileSync(path.join(dir, '04-damaged.docx'), 'not a word file');
}

test.beforeAll(async ({ browser, app }) => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'nianbao-e2e-review-'));
  units = path.join(tmp, '各单位年报');
  mkdirSync(units);
  makeUnits(units);
  page = await browser.newPage();
  await page.goto(app.launchUrl);
  await expect(page.getByRole('heading', { name: '我的年报' })).toBeVisible();
  await page.getByRole('button', { name: '设置' }).click();
  await page.getByLabel('导出文件夹').fill(app.exportDir);
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByText('设置已保存')).toBeVisible();
});

test.afterAll(async () => {
  await page.close();
  rmSync(tmp, { recursive: true, force: true });
});

test('a typed folder path is validated, then its reports are reviewed into a sortable table', async () => {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('button', { name: '审核与汇总' }).click();
  await expect(page.getByRole('heading', { name: '审核与汇总' })).toBeVisible();
  const input = page.getByLabel('文件或文件夹路径');
  await input.fill('各单位年报');
  await page.getByRole('button', { name: '添加', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('请填写完整路径');
  await input.fill(units);
  await page.getByRole('button', { name: '添加', exact: true }).click();
  await expect(page.getByRole('list', { name: '已添加的路径' })).toContainText(units);
  await page.getByRole('button', { name: /^开始审核/ }).click();
  await expect(page.getByRole('heading', { name: '审核结果：3 份报告' })).toBeVisible();
  const rows = page.getByTestId('review-row');
  await expect(rows).toHaveCount(3);
  await expect(page.getByRole('alert')).toContainText('04-damaged.docx');
  await expect(page.getByRole('alert')).toContainText('Word 文件已损坏');
  // Sort by 错误, most first: the 教育局 (5 received, 4 answered) comes to the top.
  await page.getByRole('button', { name: '错误', exact: true }).click();
  await expect(rows.first()).toContainText('示例区教育局');
  await shot(page, 'review-table');
});

test('a unit opens read-only with its 校验 list', async () => {
  await page.getByRole('button', { name: '查看 示例区教育局' }).click();
  const dialog = page.getByRole('dialog', { name: '示例区教育局 2025年度（只读）' });
  await expect(dialog.getByRole('list', { name: '校验结果' })).toContainText('两者应相等');
  await expect(dialog.getByTestId('unit-figures')).toContainText('新收申请 5');
  await shot(page, 'review-unit');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();
});

test('导出审核表 writes an .xlsx that exceljs reads back', async ({ app }) => {
  await page.getByRole('button', { name: '导出审核表（Excel）' }).click();
  const done = page.getByRole('dialog', { name: '导出完成' });
  const file = path.join(app.exportDir, '审核表（2025年度）.xlsx');
  await expect(done.getByTestId('written-path')).toHaveText(file);
  await done.getByRole('button', { name: '完成' }).click();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet('审核表');
  const agencies = [2, 3, 4, 5].map((r) => String(sheet?.getRow(r).getCell(1).value ?? ''));
  expect(agencies.slice(0, 3)).toEqual(['示例区青山街道办事处', '示例区河西镇人民政府', '示例区教育局']);
  expect(agencies[3]).toContain('无法读取');
  expect(Number(sheet?.getRow(4).getCell(4).value)).toBeGreaterThan(0);
});

test('生成汇总报告 opens the district draft in the editor with the sums and their provenance', async () => {
  await page.getByLabel('汇总报告的机关名称').fill('示例区人民政府办公室');
  await page.getByRole('button', { name: '生成汇总报告' }).click();
  await expect(page.getByTestId('save-status')).toBeVisible();
  await page
    .getByRole('navigation', { name: '报告各部分' })
    .getByRole('button', { name: /三、收到和处理政府信息公开申请情况/ })
    .click();
  const natural = page.locator('input[data-key="t3.new.natural"]');
  await expect(natural).toHaveValue('12');
  await expect(page.locator('input[data-key="t3.new.total"]')).toHaveValue('12');
  await natural.focus();
  const bubble = page.locator('#cell-msg-t3\\.new\\.natural');
  await expect(bubble).toContainText(
    '各单位合计：示例区青山街道办事处 3，示例区河西镇人民政府 4，示例区教育局 5',
  );
  await shot(page, 'review-rollup-cell');
  await page
    .getByRole('navigation', { name: '报告各部分' })
    .getByRole('button', { name: /二、主动公开政府信息情况/ })
    .click();
  await expect(page.locator('input[data-key="t2_8.fees.amount"]')).toHaveValue('1.75');
  await page
    .getByRole('navigation', { name: '报告各部分' })
    .getByRole('button', { name: /一、总体情况/ })
    .click();
  await expect(page.getByText('【汇总提纲：各单位主要数字，供撰写参考，定稿前请删除】')).toBeVisible();
  await shot(page, 'review-rollup-outline');
});

test('the reports in 我的年报 can be reviewed too (the district draft just made)', async () => {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('button', { name: '审核与汇总' }).click();
  await page.getByRole('checkbox', { name: '示例区人民政府办公室 2025年度' }).check();
  await page.getByRole('button', { name: '开始审核（1 项）' }).click();
  await expect(page.getByRole('heading', { name: '审核结果：1 份报告' })).toBeVisible();
  await expect(page.getByTestId('review-row')).toContainText('我的年报：示例区人民政府办公室 2025 年度');
});
