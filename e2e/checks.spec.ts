// The 校验 panel live: a text issue links to its paragraph and selects the words; a total over blanks looks unfinished.
import type { Page } from '@playwright/test';
import { createReport, expect, openHome, openSection as openIn, shot, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

let page: Page;
const cell = (key: string) => page.locator(`input[data-key="${key}"]`);

const openSection = (heading: string) => openIn(page, heading);

test.beforeAll(async ({ browser, app }) => {
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await openHome(page, app.launchUrl);
  await createReport(page, '示例街道办事处', 2024);
});

test.afterAll(async () => {
  await page.close();
});

test('a total over blank cells is marked 未完 until its row is filled', async () => {
  await openSection('三、收到和处理政府信息公开申请情况');
  await cell('t3.new.natural').focus();
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  const total = page.locator('td.cell-incomplete:has(input[data-key="t3.new.total"])');
  await expect(total).toContainText('未完');
  await cell('t3.new.total').focus();
  await expect(page.getByText(/合计不完整：还有加项未填写/)).toBeVisible();
  await shot(page, 'checks-incomplete');
  await page.getByRole('button', { name: '空白填 0', exact: true }).click();
  await expect(page.locator('td.cell-incomplete:has(input[data-key="t3.new.total"])')).toHaveCount(0);
  await expect(cell('t3.new.total')).toHaveValue('3');
});

test('R3-5 links to the paragraph and selects the words it is about', async () => {
  await openSection('一、总体情况');
  const text = page.getByLabel('一、总体情况正文');
  await text.fill(
    '（一）主动公开\n全年主动公开政府信息120条。\n（二）依申请公开\n本年度收到政府信息公开申请5件，均按期答复。',
  );
  const panel = page.getByRole('complementary', { name: '校验' });
  const link = panel.getByRole('button', { name: /R3-5/ });
  await expect(link).toContainText('→ 一、总体情况：“收到政府信息公开申请5件”');
  await openSection('三、收到和处理政府信息公开申请情况');
  await link.click();
  await expect(text).toBeFocused();
  const selected = await text.evaluate((el: HTMLTextAreaElement) =>
    el.value.slice(el.selectionStart, el.selectionEnd),
  );
  expect(selected).toBe('收到政府信息公开申请5件');
  await shot(page, 'checks-paragraph');
  await text.fill(
    '（一）主动公开\n全年主动公开政府信息120条。\n（二）依申请公开\n本年度收到政府信息公开申请3件，均按期答复。',
  );
  await expect(panel.getByRole('button', { name: /R3-5/ })).toHaveCount(0);
});
