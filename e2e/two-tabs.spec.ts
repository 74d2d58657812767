// Nothing lost silently in the browser: two tabs on one report (the stale one is asked), a damaged draft stays listed.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';

const AGENCY = '冲突测试市档案局';

async function openSection(page: Page, heading: string) {
  await page
    .getByRole('navigation', { name: '报告各部分' })
    .getByRole('button', { name: new RegExp(heading) })
    .click();
}

async function waitSaved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveText(/^已保存 \d{2}:\d{2}:\d{2}$/, { timeout: 15_000 });
}

const body = (page: Page) => page.getByLabel('一、总体情况正文');

test('the stale tab is refused and asked; nothing is overwritten silently', async ({ browser, app }) => {
  const a = await browser.newPage();
  await a.goto(app.launchUrl);
  await a.getByRole('navigation', { name: '主菜单' }).getByRole('button', { name: '新建年度报告' }).click();
  await a.getByRole('textbox', { name: '机关名称', exact: true }).fill(AGENCY);
  await a.getByRole('combobox', { name: '年度', exact: true }).selectOption('2024');
  await a.getByRole('button', { name: '创建' }).click();
  await expect(a.getByRole('heading', { name: `${AGENCY} 2024年度政府信息公开工作年度报告` })).toBeVisible();

  const b = await browser.newPage();
  await b.goto(app.launchUrl);
  await b
    .getByRole('article', { name: `${AGENCY} 2024年度` })
    .getByRole('button', { name: '打开' })
    .click();
  await openSection(b, '一、总体情况');

  // Tab A saves first.
  await openSection(a, '一、总体情况');
  await body(a).fill('甲标签页写的内容。');
  await waitSaved(a);

  // Tab B, still based on the version it opened, is refused and asked.
  await body(b).fill('乙标签页写的内容。');
  const dialog = b.getByRole('dialog', { name: '这份年报在别处已被修改' });
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  await expect(dialog).toContainText('另一个窗口或标签页');
  await shot(b, 'conflict-dialog');

  // 稍后决定 closes it without saving; the status button reopens it.
  await dialog.getByRole('button', { name: '稍后决定' }).click();
  await expect(dialog).toBeHidden();
  await b.getByRole('button', { name: '未保存：别处已修改，点击处理' }).click();
  await expect(dialog).toBeVisible();

  // B keeps its copy as the new version.
  await dialog.getByRole('button', { name: '保留本页内容为新版本' }).click();
  await expect(dialog).toBeHidden();
  await waitSaved(b);

  // A is now behind: its next save is refused too; it reloads and sees B's text.
  await body(a).fill('甲标签页的第二次修改。');
  const dialogA = a.getByRole('dialog', { name: '这份年报在别处已被修改' });
  await expect(dialogA).toBeVisible({ timeout: 15_000 });
  await dialogA.getByRole('button', { name: '重新载入（放弃本页修改）' }).click();
  await expect(body(a)).toHaveValue('乙标签页写的内容。');

  // A's first text is still in 历史版本.
  await a.getByRole('button', { name: '历史版本' }).click();
  await expect(a.locator('.generation').first()).toBeVisible();
  expect(await a.locator('.generation').count()).toBeGreaterThanOrEqual(3);
  await a.close();
  await b.close();
});

test('a draft beyond recovery stays listed as 损坏 with how to recover, and can be moved to 回收站 and back', async ({
  browser,
  app,
}) => {
  writeFileSync(path.join(app.dataDir, 'drafts', 'broken-1.json'), '{"format":"nianbao-draft","payl');
  const page = await browser.newPage();
  page.on('dialog', (d) => void d.accept());
  await page.goto(app.launchUrl);
  const card = page.getByRole('article', { name: '损坏的草稿（编号 broken-1）' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('损坏');
  await expect(card).toContainText('没有可用的备份');
  await expect(card).toContainText('导入草稿文件');
  await card.scrollIntoViewIfNeeded();
  await shot(page, 'damaged-card');
  await page.reload();
  await expect(card).toBeVisible(); // still there on the next look: never dropped
  await card.getByRole('button', { name: '移到回收站' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '移到回收站' }).click();
  await expect(card).toBeHidden();
  // 回收站 lists it with its 损坏 reason; 恢复 brings it back to 我的年报, still 损坏.
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('button', { name: '回收站' }).click();
  const row = page.getByRole('row').filter({ hasText: '损坏的草稿（编号 broken-1）' });
  await expect(row).toContainText('损坏');
  await expect(row).toContainText('不是有效的草稿文件');
  await shot(page, 'trash-damaged');
  await row.getByRole('button', { name: '恢复' }).click();
  await expect(page.getByText(/已恢复到“我的年报”（损坏）/)).toBeVisible();
  await expect(row).toBeHidden();
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('button', { name: '我的年报' }).click();
  await expect(card).toBeVisible();
  await page.close();
});
