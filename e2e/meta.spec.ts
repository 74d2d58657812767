// E2E of what a new user trips on: 现行有效件数 in the carry-over summary, the 年月日 成文日期 field, where the
// manual is in browser mode, and 复制 naming the copy instead of changing the 机关名称.
import type { Page } from '@playwright/test';
import { expect, fillNewReport, newHomePage, openSection as openIn, shot, test, waitSaved } from './fixtures';

const AGENCY = '示例市新用户测试局';

test.describe.configure({ mode: 'serial' });

let page: Page;

const cell = (key: string) => page.locator(`input[data-key="${key}"]`);

const openSection = (heading: string) => openIn(page, heading);

const startNew = (year: number) => fillNewReport(page, AGENCY, year);

test.beforeAll(async ({ browser, app }) => {
  page = await newHomePage(browser, app.launchUrl);
});

test.afterAll(async () => {
  await page.close();
});

test('carry-over summary shows last year’s 现行有效件数, not 上年未填', async () => {
  await startNew(2024);
  await page.getByRole('button', { name: '创建' }).click();
  await openSection('二、主动公开政府信息情况');
  await cell('t2_1.rules.valid').focus();
  await page.keyboard.type('12');
  await page.keyboard.press('Enter');
  await expect(cell('t2_1.rules.valid')).toHaveValue('12');
  await waitSaved(page);
  await page.getByRole('button', { name: '← 我的年报' }).click();

  await startNew(2025);
  await page.getByRole('radio', { name: '从已保存的年报结转' }).check();
  await page.getByRole('combobox', { name: '上一年度报告' }).selectOption({ label: `${AGENCY} 2024年度` });
  const summary = page.getByTestId('carry-summary');
  await expect(summary).toContainText('上年现行有效件数 12；填写本年制发件数、本年废止件数后自动计算');
  await summary.getByText('上年现行有效件数 12').scrollIntoViewIfNeeded();
  await shot(page, 'new-user-carry-summary');
  await page.getByRole('button', { name: '创建' }).click();
  await expect(
    page.getByRole('heading', { name: `${AGENCY} 2025年度政府信息公开工作年度报告` }),
  ).toBeVisible();
});

test('成文日期 is typed as 年月日 and an impossible date is refused in Chinese', async () => {
  await openSection('机关名称、成文日期、前言');
  const date = page.getByRole('textbox', { name: '成文日期' });
  await expect(date).toHaveAttribute('placeholder', '如 2026年1月20日');
  await date.fill('2026年2月30日');
  await date.press('Enter');
  await expect(
    page.getByRole('alert').filter({ hasText: '2026年2月没有30日，请检查成文日期' }),
  ).toBeVisible();
  await shot(page, 'new-user-date-refused');
  await date.fill('2026/1/20');
  await date.press('Enter');
  await expect(date).toHaveValue('2026年1月20日');
  await expect(page.getByRole('alert').filter({ hasText: '没有30日' })).toHaveCount(0);
  await waitSaved(page);
  await shot(page, 'new-user-date');
});

test('使用说明 says where the manual is in browser mode', async () => {
  await page.getByRole('button', { name: '使用说明' }).click();
  const dialog = page.getByRole('dialog', { name: '使用说明' });
  await expect(dialog).toContainText('启动 nianbao serve 的程序目录');
  await expect(dialog).not.toContainText('resources/docs');
  await shot(page, 'new-user-help');
  await dialog.getByRole('button', { name: '知道了' }).click();
});

test('复制 names the copy in the list; the 机关名称 is unchanged', async () => {
  await page.getByRole('button', { name: '← 我的年报' }).click();
  const original = page.getByRole('article', { name: `${AGENCY} 2025年度`, exact: true });
  await original.getByRole('button', { name: '复制' }).click();
  const copy = page.getByRole('article', { name: `${AGENCY} 2025年度（副本）` });
  await expect(copy).toBeVisible();
  await expect(copy.getByRole('heading', { level: 3 })).toHaveText(`${AGENCY}副本`);
  await expect(original).toBeVisible();
  await copy.scrollIntoViewIfNeeded();
  await shot(page, 'new-user-copy');
  await copy.getByRole('button', { name: '打开' }).click();
  await expect(
    page.getByRole('heading', { name: `${AGENCY} 2025年度政府信息公开工作年度报告` }),
  ).toBeVisible();
  await page.getByRole('button', { name: '← 我的年报' }).click();
});
