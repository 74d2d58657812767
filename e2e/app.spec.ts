// End to end in browser mode: create, carry over, edit, check, save, reload, preview, export, 回收站, history.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  ROOT,
  expect,
  fillNewReport,
  newHomePage,
  openSection as openIn,
  shot,
  test,
  typeCell as typeIn,
} from './fixtures';

const IMPORT_FIXTURES = path.join(ROOT, 'main', 'import', '__fixtures__');

const AGENCY = '示例区人民政府示例街道办事处';

test.describe.configure({ mode: 'serial' });

let page: Page;

const cell = (key: string) => page.locator(`input[data-key="${key}"]`);

const typeCell = (key: string, text: string) => typeIn(page, key, text);

const openSection = (heading: string) => openIn(page, heading);

async function waitSaved() {
  await expect(page.getByTestId('save-status')).toHaveText(/^已保存 \d{2}:\d{2}:\d{2}$/, { timeout: 15_000 });
}

async function newReport(year: number, carryFrom: string | null) {
  await fillNewReport(page, AGENCY, year);
  await expect(page.getByRole('heading', { name: '新建年度报告' })).toBeVisible();
  await expect(page.getByTestId('wizard-format')).toHaveText('2021年版格式');
  if (carryFrom) {
    await page.getByRole('radio', { name: '从已保存的年报结转' }).check();
    await page.getByRole('combobox', { name: '上一年度报告' }).selectOption({ label: carryFrom });
  }
}

test.beforeAll(async ({ browser, app }) => {
  page = await newHomePage(browser, app.launchUrl);
});

test.afterAll(async () => {
  await page.close();
});

test('使用说明 opens from the top bar and with F1, and closes with Esc', async () => {
  await page.getByRole('button', { name: '使用说明' }).click();
  const dialog = page.getByRole('dialog', { name: '使用说明' });
  await expect(dialog).toContainText('空白填 0');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('F1');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '知道了' }).click();
  await expect(dialog).toBeHidden();
});

test('settings: a missing export folder is offered 创建并使用; relative paths are refused', async ({
  app,
}) => {
  await page.getByRole('button', { name: '设置', exact: true }).click();
  await page.getByLabel('导出文件夹').fill('年报导出');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByText('“年报导出”不是完整路径')).toBeVisible();
  const missing = path.join(app.exportDir, '新建的导出文件夹');
  await page.getByLabel('导出文件夹').fill(missing);
  await page.getByRole('button', { name: '保存设置' }).click();
  const ask = page.getByRole('alert').filter({ hasText: '不存在。要创建它并用作导出文件夹吗？' });
  await expect(ask).toBeVisible();
  expect(existsSync(missing)).toBe(false);
  await shot(page, 'settings-folder-missing');
  await ask.getByRole('button', { name: '创建并使用' }).click();
  await expect(page.getByText('设置已保存')).toBeVisible();
  expect(existsSync(missing)).toBe(true);
});

test('settings: export folder and default agency are kept', async ({ app }) => {
  await page.getByRole('button', { name: '设置', exact: true }).click();
  await page.getByLabel('导出文件夹').fill(app.exportDir);
  await page.getByLabel('默认机关名称').fill(AGENCY);
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByText('设置已保存')).toBeVisible();
  await expect(page.getByText('浏览器模式（仅本机访问）')).toBeVisible();
  await shot(page, 'settings');
});

test('create the 2024 report and fill table 三', async () => {
  await newReport(2024, null);
  await page.getByRole('button', { name: '创建' }).click();
  await expect(
    page.getByRole('heading', { name: `${AGENCY} 2024年度政府信息公开工作年度报告` }),
  ).toBeVisible();
  await openSection('三、收到和处理政府信息公开申请情况');
  await typeCell('t3.new.natural', '5');
  await typeCell('t3.granted.natural', '3');
  await typeCell('t3.carry_forward.natural', '2');
  await page.getByRole('button', { name: '空白填 0', exact: true }).click();
  await expect(cell('t3.carry_forward.commercial')).toHaveValue('0');
  await waitSaved();
});

test('create the 2025 report by carrying over 2024: 上年结转 filled per column', async () => {
  await newReport(2025, `${AGENCY} 2024年度`);
  const summary = page.getByTestId('carry-summary');
  await expect(summary).toContainText('二、上年结转政府信息公开申请数量 自然人');
  await expect(summary).toContainText('商业企业');
  await shot(page, 'wizard');
  await page.getByRole('button', { name: '创建' }).click();
  await expect(
    page.getByRole('heading', { name: `${AGENCY} 2025年度政府信息公开工作年度报告` }),
  ).toBeVisible();
  await openSection('三、收到和处理政府信息公开申请情况');
  const expected = {
    natural: '2',
    commercial: '0',
    research: '0',
    social: '0',
    legal: '0',
    other_org: '0',
    total: '2',
  };
  for (const [col, value] of Object.entries(expected))
    await expect(cell(`t3.carried.${col}`)).toHaveValue(value);
});

test('write a paragraph in 一、总体情况 with the side panel of last year', async () => {
  await openSection('一、总体情况');
  const text = page.getByLabel('一、总体情况正文');
  await expect(text).toHaveValue(/（一）主动公开/);
  await expect(page.getByRole('complementary', { name: '上年正文（仅供参考）' })).toBeVisible();
  await text.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(
    '\n本年度，街道办事处认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息。',
  );
  await waitSaved();
});

test('an R3-1 error appears in 校验, links to its cell, and goes when fixed', async () => {
  await openSection('三、收到和处理政府信息公开申请情况');
  await page.getByRole('button', { name: '空白填 0', exact: true }).click();
  await typeCell('t3.new.natural', '5');
  await typeCell('t3.granted.natural', '3');
  await typeCell('t3.carry_forward.natural', '1');
  const panel = page.getByRole('complementary', { name: '校验' });
  const r31 = panel.getByRole('button', { name: /R3-1.*自然人/ });
  await expect(r31).toBeVisible();
  await expect(page.locator('[data-section="s3"] .badge')).toHaveText(/错误 \d+/);
  await openSection('一、总体情况');
  await shot(page, 'editor-text');
  await r31.click();
  await expect(page.locator('input[data-key="t3.new.natural"]')).toBeFocused();
  await shot(page, 'editor-error');
  await typeCell('t3.granted.natural', '6');
  await expect(panel.getByRole('button', { name: /R3-1/ })).toHaveCount(0);
  await waitSaved();
});

test('reload finds everything saved', async () => {
  await page.reload();
  await expect(page.getByRole('heading', { name: /2025年度政府信息公开工作年度报告/ })).toBeVisible();
  await openSection('一、总体情况');
  await expect(page.getByLabel('一、总体情况正文')).toHaveValue(/认真贯彻落实/);
  await openSection('三、收到和处理政府信息公开申请情况');
  await expect(cell('t3.granted.natural')).toHaveValue('6');
  await expect(cell('t3.carried.natural')).toHaveValue('2');
  await expect(cell('t3.carry_forward.natural')).toHaveValue('1');
});

test('preview shows the printed pages', async () => {
  await page.getByRole('button', { name: '预览', exact: true }).click();
  await expect(page.locator('canvas.pdf-page').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/共 \d+ 页（A4）/)).toBeVisible();
  await shot(page, 'preview');
  await page.getByRole('button', { name: '编辑', exact: true }).click();
});

test('打印 renders the pages and prints only them', async () => {
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => {
      w.printed++;
    };
  });
  await page.getByRole('button', { name: '打印', exact: true }).click();
  await expect(page.getByRole('button', { name: '预览', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1, undefined, {
    timeout: 30_000,
  });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('canvas.pdf-page').first()).toBeVisible();
  await expect(page.getByRole('toolbar', { name: '编辑工具栏' })).toBeHidden();
  await expect(page.locator('.topbar')).toBeHidden();
  // What the print dialog would print: exactly the report's pages, one A4 sheet each.
  const pages = Number((await page.getByText(/共 \d+ 页（A4）/).textContent())?.match(/\d+/)?.[0]);
  const printed = await page.pdf({ preferCSSPageSize: true });
  writeFileSync(test.info().outputPath('print.pdf'), printed);
  expect(printed.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length).toBe(pages);
  await page.emulateMedia({ media: null });
  await page.getByRole('button', { name: '编辑', exact: true }).click();
});

test('export PDF and DOCX writes the files, and asks before overwriting', async ({ app }) => {
  const exportOnce = async () => {
    await page.getByRole('button', { name: '导出', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '导出' });
    await expect(dialog.getByLabel('Word 文档（.docx）')).toBeChecked();
    await expect(dialog.getByLabel('PDF 文件（.pdf）')).toBeChecked();
    await expect(dialog.getByTestId('export-folder')).toHaveText(app.exportDir);
    if (!shotTaken) await shot(page, 'export-dialog');
    shotTaken = true;
    await dialog.getByRole('button', { name: '导出', exact: true }).click();
  };
  let shotTaken = false;
  await exportOnce();
  const done = page.getByRole('dialog', { name: '导出完成' });
  await expect(done.getByTestId('written-path')).toHaveCount(2, { timeout: 30_000 });
  const paths = await done.getByTestId('written-path').allTextContents();
  expect(paths.some((p) => p.endsWith('.pdf'))).toBe(true);
  expect(paths.some((p) => p.endsWith('.docx'))).toBe(true);
  for (const p of paths) {
    expect(path.dirname(p)).toBe(app.exportDir);
    expect(existsSync(p)).toBe(true);
    expect(statSync(p).size).toBeGreaterThan(1000);
  }
  await shot(page, 'export-done');
  // Browser mode offers each exported file as a download.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    done.getByRole('link', { name: '下载' }).first().click(),
  ]);
  expect(download.suggestedFilename()).toBe(path.basename(paths[0] ?? ''));
  await done.getByRole('button', { name: '完成' }).click();

  const before = readdirSync(app.exportDir).map((f) => statSync(path.join(app.exportDir, f)).mtimeMs);
  await exportOnce();
  const ask = page.getByRole('dialog', { name: '文件已存在' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: '取消' }).click();
  expect(readdirSync(app.exportDir).map((f) => statSync(path.join(app.exportDir, f)).mtimeMs)).toEqual(
    before,
  );
});

test('delete to 回收站 and restore', async () => {
  await page.getByRole('button', { name: '← 我的年报' }).click();
  const card2024 = page.getByRole('article', { name: `${AGENCY} 2024年度` });
  await expect(card2024).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(2);
  await shot(page, 'reports-list');
  await card2024.getByRole('button', { name: '删除' }).click();
  await page.getByRole('dialog', { name: '删除年报' }).getByRole('button', { name: '移到回收站' }).click();
  await expect(card2024).toHaveCount(0);
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('button', { name: '回收站' }).click();
  const row = page.getByRole('row', { name: new RegExp(`${AGENCY}.*2024`) });
  await expect(row).toBeVisible();
  await shot(page, 'trash');
  await row.getByRole('button', { name: '恢复' }).click();
  await expect(row).toHaveCount(0);
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('button', { name: '我的年报' }).click();
  await expect(card2024).toBeVisible();
});

test('restore an older version from 历史版本', async () => {
  await page
    .getByRole('article', { name: `${AGENCY} 2025年度` })
    .getByRole('button', { name: '打开' })
    .click();
  await page.getByRole('button', { name: '历史版本' }).click();
  const versions = page.locator('.generation');
  await expect(versions.first()).toBeVisible();
  expect(await versions.count()).toBeGreaterThan(1);
  const oldest = versions.last();
  await oldest.locator('.generation-pick').click();
  await expect(page.locator('.history-preview canvas.pdf-page').first()).toBeVisible({ timeout: 30_000 });
  await shot(page, 'history');
  await oldest.getByRole('button', { name: '恢复此版本' }).click();
  await page
    .getByRole('dialog', { name: '恢复历史版本' })
    .getByRole('button', { name: '恢复此版本' })
    .click();
  await expect(page.getByText('已恢复所选的历史版本')).toBeVisible();
  await openSection('一、总体情况');
  await expect(page.getByLabel('一、总体情况正文')).not.toHaveValue(/认真贯彻落实/);
  await page.reload();
  await openSection('一、总体情况');
  await expect(page.getByLabel('一、总体情况正文')).not.toHaveValue(/认真贯彻落实/);
});

test('exporting a report that still has errors asks first and lists them', async ({ app }) => {
  const before = readdirSync(app.exportDir).length;
  await page.getByRole('button', { name: '导出', exact: true }).click();
  await page.getByRole('dialog', { name: '导出' }).getByLabel('网页（.html，用于网站发布）').check();
  await page.getByRole('dialog', { name: '导出' }).getByRole('button', { name: '导出', exact: true }).click();
  const ask = page.getByRole('dialog', { name: '报告还有错误' });
  await expect(ask).toContainText(/以下 \d+ 个错误尚未改正/);
  await expect(ask.getByRole('listitem').first()).toContainText('R');
  await ask.getByRole('button', { name: '取消' }).click();
  expect(readdirSync(app.exportDir)).toHaveLength(before);
});

test('new report carried over from the published report of last year (.docx)', async () => {
  await fillNewReport(page, '示例县青山镇人民政府', 2024);
  await page.getByRole('radio', { name: /导入上年报告/ }).check();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  await (await chooser).setFiles(path.join(IMPORT_FIXTURES, 'report-2021.docx'));
  await expect(page.getByText(/从“report-2021.docx”读取到：示例县青山镇人民政府，2023 年度/)).toBeVisible();
  const summary = page.getByTestId('carry-summary');
  await expect(summary).toContainText('表三 二、上年结转政府信息公开申请数量 自然人');
  await shot(page, 'wizard-import');
  await page.getByRole('button', { name: '创建' }).click();
  await expect(
    page.getByRole('heading', { name: '示例县青山镇人民政府 2024年度政府信息公开工作年度报告' }),
  ).toBeVisible();
  await openSection('三、收到和处理政府信息公开申请情况');
  const carried = {
    natural: '1',
    commercial: '0',
    research: '0',
    social: '0',
    legal: '1',
    other_org: '0',
    total: '2',
  };
  for (const [col, value] of Object.entries(carried))
    await expect(cell(`t3.carried.${col}`)).toHaveValue(value);
  await openSection('一、总体情况');
  await expect(page.getByRole('complementary', { name: '上年正文（仅供参考）' })).toContainText(
    '我镇主动公开政府信息236条',
  );
});

test('导入 in 我的年报 turns a published report into a draft and says what it read', async () => {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('button', { name: '我的年报' }).click();
  // 2024 and 2025 of the first agency, 2024 of the town carried over from the .docx.
  await expect(page.getByRole('article')).toHaveCount(3);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入（草稿文件或已发布的年报）' }).click();
  await (await chooser).setFiles(path.join(IMPORT_FIXTURES, 'report-2021.html'));
  const result = page.getByRole('dialog', { name: '导入结果' });
  await expect(result).toContainText('示例县青山镇人民政府，2023 年度');
  await expect(result).toContainText('表三');
  await shot(page, 'import-result');
  await result.getByRole('button', { name: '打开并核对' }).click();
  await expect(
    page.getByRole('heading', { name: '示例县青山镇人民政府 2023年度政府信息公开工作年度报告' }),
  ).toBeVisible();
  await openSection('三、收到和处理政府信息公开申请情况');
  await expect(cell('t3.new.natural')).toHaveValue('12');
  await page.getByRole('button', { name: '← 我的年报' }).click();
  await expect(page.getByRole('article')).toHaveCount(4);
});

test('粘贴文本导入 takes a report copied from a converted PDF; its 需核对 cells are marked in the grid', async () => {
  // pdftotext -layout text of a real report's PDF: blank columns are only wider gaps, and page 2 prints no header,
  // so the 1s and 2s of the 法人 columns stay 需核对.
  const text = readFileSync(
    path.join(ROOT, 'fixtures', 'reports', 'shanghai-bgt-2019-layout', 'source.txt'),
    'utf8',
  );
  await page.getByRole('button', { name: '粘贴文本导入' }).click();
  const paste = page.getByRole('dialog', { name: '粘贴文本导入' });
  await paste.getByRole('textbox', { name: '粘贴的年报全文' }).fill(text);
  await shot(page, 'import-paste');
  await paste.getByRole('button', { name: '导入' }).click();
  const result = page.getByRole('dialog', { name: '导入结果' });
  await expect(result).toContainText('需核对');
  await result.getByRole('button', { name: '打开并核对' }).click();
  await openSection('三、收到和处理政府信息公开申请情况');
  // Standing right under 自然人 on page 1, with the identities: 推算.
  await expect(cell('t3.new.natural')).toHaveValue('821');
  const review = cell('t3.granted.legal');
  await expect(review).toHaveValue('');
  await review.focus();
  await expect(page.locator('td.cell-review')).not.toHaveCount(0);
  await expect(page.getByText(/需核对（导入时未能确定）/).first()).toBeVisible();
  await shot(page, 'grid-review');
  await page.getByRole('button', { name: '← 我的年报' }).click();
  await expect(page.getByRole('article')).toHaveCount(5);
});
