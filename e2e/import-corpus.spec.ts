// Real reports of the corpus through the UI: pasted browser text = the same file imported; the same file twice is asked about.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT, expect, newHomePage, openSection, shot, test } from './fixtures';

const CORPUS = path.join(ROOT, 'fixtures', 'reports');
const T3_COLS = ['natural', 'commercial', 'research', 'social', 'legal', 'other_org', 'total'];

test.describe.configure({ mode: 'serial' });

let page: Page;

const cell = (key: string) => page.locator(`input[data-key="${key}"]`);
const articles = () => page.getByRole('article');

interface Expected {
  readonly t3: Record<string, readonly (number | null)[]>;
}

function expectedOf(folder: string): Expected {
  return JSON.parse(readFileSync(path.join(CORPUS, folder, 'expected.json'), 'utf8')) as Expected;
}

async function toList() {
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('button', { name: '我的年报' }).click();
  // The list is read from the service: count only once it is shown (a count taken while 正在读取… is 0).
  await expect(articles().first().or(page.getByText('还没有年报。'))).toBeVisible();
  await expect(page.getByText('正在读取…')).toHaveCount(0);
}

async function importFileInList(file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入（草稿文件或已发布的年报）' }).click();
  await (await chooser).setFiles(file);
}

/** 表三 as the grid shows it, every input cell of the hand-checked rows. */
async function gridT3(expected: Expected): Promise<Record<string, string>> {
  await openSection(page, '三、收到和处理政府信息公开申请情况');
  const out: Record<string, string> = {};
  for (const row of Object.keys(expected.t3)) {
    for (const col of T3_COLS.slice(0, 6)) {
      const input = cell(`t3.${row}.${col}`);
      if ((await input.count()) > 0) out[`${row}.${col}`] = await input.inputValue();
    }
  }
  return out;
}

/** What the import result dialog says, without the file's name. */
async function resultText(fileName: string): Promise<string> {
  const result = page.getByRole('dialog', { name: '导入结果' });
  await expect(result).toContainText('上海市人民政府办公厅');
  return ((await result.textContent()) ?? '').replaceAll(fileName, '«文件»');
}

test.beforeAll(async ({ browser, app }) => {
  page = await newHomePage(browser, app.launchUrl);
});

test.afterAll(async () => {
  await page.close();
});

test('导入 → 粘贴文本 of text copied from the browser gives what importing the same text as a file gives', async () => {
  const folder = 'shanghai-bgt-2019-text';
  const file = path.join(CORPUS, folder, 'source.txt');
  const expected = expectedOf(folder);
  await toList();
  const before = await articles().count();

  await importFileInList(file);
  const fromFile = await resultText('source.txt');
  await page.getByRole('dialog', { name: '导入结果' }).getByRole('button', { name: '打开并核对' }).click();
  const gridFromFile = await gridT3(expected);
  await page.getByRole('button', { name: '← 我的年报' }).click();

  await page.getByRole('button', { name: '粘贴文本导入' }).click();
  const paste = page.getByRole('dialog', { name: '粘贴文本导入' });
  await paste.getByRole('textbox', { name: '粘贴的年报全文' }).fill(readFileSync(file, 'utf8'));
  await paste.getByRole('button', { name: '导入' }).click();
  // The very same text: recognised as already imported (the same bytes as the file), imported again on request.
  const again = page.getByRole('dialog', { name: '该文件已导入过' });
  await expect(again).toContainText('“source.txt”已于');
  await again.getByRole('button', { name: '仍然导入' }).click();
  const fromPaste = await resultText('粘贴的文本.txt');
  await shot(page, 'import-corpus-paste-result');
  expect(fromPaste).toBe(fromFile);
  await page.getByRole('dialog', { name: '导入结果' }).getByRole('button', { name: '打开并核对' }).click();
  const gridFromPaste = await gridT3(expected);
  expect(gridFromPaste).toEqual(gridFromFile);

  // And both are the report's figures as checked by hand (a blank printed cell comes in as 0 from the totals).
  for (const [row, values] of Object.entries(expected.t3)) {
    values.slice(0, 6).forEach((v, i) => {
      const key = `${row}.${T3_COLS[i] ?? '?'}`;
      if (v !== null && key in gridFromPaste) expect(`${key}=${gridFromPaste[key]}`).toBe(`${key}=${v}`);
    });
  }
  await page.getByRole('button', { name: '← 我的年报' }).click();
  await expect(articles()).toHaveCount(before + 2);
});

test('importing the same file a second time is recognised and the clerk is asked', async () => {
  const file = path.join(CORPUS, 'shanghai-bgt-2019-docx', 'source.docx');
  await toList();
  const before = await articles().count();

  await importFileInList(file);
  await page.getByRole('dialog', { name: '导入结果' }).getByRole('button', { name: '关闭' }).click();
  await expect(articles()).toHaveCount(before + 1);

  await importFileInList(file);
  const ask = page.getByRole('dialog', { name: '该文件已导入过' });
  await expect(ask).toContainText('“source.docx”已于');
  await expect(ask).toContainText('上海市人民政府办公厅 2019年度');
  await shot(page, 'import-corpus-duplicate');
  await ask.getByRole('button', { name: '取消' }).click();
  await expect(ask).toBeHidden();
  await expect(articles()).toHaveCount(before + 1);

  await importFileInList(file);
  await page
    .getByRole('dialog', { name: '该文件已导入过' })
    .getByRole('button', { name: '仍然导入' })
    .click();
  await expect(page.getByRole('dialog', { name: '导入结果' })).toBeVisible();
  await page.getByRole('dialog', { name: '导入结果' }).getByRole('button', { name: '关闭' }).click();
  await expect(articles()).toHaveCount(before + 2);
});

test('a 需核对 row offers the readings the import left, and one click reads the whole row', async () => {
  // pdftotext -layout text of a real report: 一's 2 and 1 could stand in any two of the four 法人 columns.
  await toList();
  const before = await articles().count();
  await page.getByRole('button', { name: '粘贴文本导入' }).click();
  const paste = page.getByRole('dialog', { name: '粘贴文本导入' });
  const text = readFileSync(path.join(CORPUS, 'shanghai-bgt-2019-layout', 'source.txt'), 'utf8');
  await paste.getByRole('textbox', { name: '粘贴的年报全文' }).fill(text);
  await paste.getByRole('button', { name: '导入' }).click();
  const result = page.getByRole('dialog', { name: '导入结果' });
  await expect(result).toContainText('需核对');
  await result.getByRole('button', { name: '打开并核对' }).click();
  await openSection(page, '三、收到和处理政府信息公开申请情况');
  const review = cell('t3.new.research');
  await review.focus();
  const pick = page.getByRole('button', { name: '按此读入本行：821｜35｜0｜0｜2｜1' });
  await expect(pick).toBeVisible();
  await expect(page.getByRole('button', { name: /^按此读入本行：/ })).toHaveCount(6);
  await shot(page, 'grid-pick');
  await pick.click();
  await expect(cell('t3.new.legal')).toHaveValue('2');
  await expect(cell('t3.new.other_org')).toHaveValue('1');
  await expect(cell('t3.new.research')).toHaveValue('0');
  await expect(cell('t3.new.total')).toHaveValue('859');
  await expect(review.locator('xpath=..')).not.toHaveClass(/cell-review/);
  await page.getByRole('button', { name: '← 我的年报' }).click();
  await expect(articles()).toHaveCount(before + 1);
});
