// E2E of the table editor in Chromium: full-width digits, a real IME composition, pasting a 3×7 block, undo/redo.
import type { Page } from '@playwright/test';
import { createReport, expect, openHome, openSection, shot, test } from './fixtures';

const AGENCY = '示例县统计局';
const NEW = '表三 一、本年新收政府信息公开申请数量';
const CARRIED = '表三 二、上年结转政府信息公开申请数量';
const GRANTED = '表三 （一）予以公开';

test.describe.configure({ mode: 'serial' });

let page: Page;

const cell = (name: string) => page.getByRole('textbox', { name, exact: true });

test.beforeAll(async ({ browser, app }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  page = await context.newPage();
  page.on('dialog', (d) => void d.accept());
  await openHome(page, app.launchUrl);
  await createReport(page, AGENCY, 2023);
  await openSection(page, '三、收到和处理政府信息公开申请情况');
  await expect(page.getByRole('table', { name: '表三' })).toBeVisible();
});

test.afterAll(async () => {
  await page.context().close();
});

test('typing full-width digits updates the totals; Enter moves down', async () => {
  await cell(`${NEW} 自然人`).click();
  await page.keyboard.type('１２');
  await expect(cell(`${NEW} 总计`)).toHaveValue('12');
  await page.keyboard.press('Enter');
  await expect(cell(`${NEW} 自然人`)).toHaveValue('12');
  await expect(cell(`${CARRIED} 自然人`)).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('３');
  await page.keyboard.press('Tab');
  await expect(cell(`${CARRIED} 商业企业`)).toHaveValue('3');
  await expect(cell(`${CARRIED} 科研机构`)).toBeFocused();
  await expect(cell(`${CARRIED} 总计`)).toHaveValue('3');
});

test('an IME composition stores nothing until it ends, and Enter while composing does not move', async () => {
  const cdp = await page.context().newCDPSession(page);
  const target = cell(`${NEW} 商业企业`);
  await target.click();
  await cdp.send('Input.imeSetComposition', { text: '４', selectionStart: 1, selectionEnd: 1 });
  await expect(target).toHaveValue('４');
  await expect(cell(`${NEW} 总计`)).toHaveValue('12');
  await cdp.send('Input.imeSetComposition', { text: '４５', selectionStart: 2, selectionEnd: 2 });
  await expect(cell(`${NEW} 总计`)).toHaveValue('12');
  // The IME's own Enter (confirming a candidate) reaches the page as keyCode 229 while composing.
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'rawKeyDown',
    key: 'Enter',
    code: 'Enter',
    windowsVirtualKeyCode: 229,
  });
  await cdp.send('Input.dispatchKeyEvent', {
    type: 'keyUp',
    key: 'Enter',
    code: 'Enter',
    windowsVirtualKeyCode: 229,
  });
  await expect(target).toBeFocused();
  await expect(cell(`${NEW} 总计`)).toHaveValue('12');
  await cdp.send('Input.insertText', { text: '４５' });
  await expect(cell(`${NEW} 总计`)).toHaveValue('57');
  await page.keyboard.press('Enter');
  await expect(target).toHaveValue('45');
  await cdp.detach();
});

test('an unreadable value shows its reason at the cell and is not stored', async () => {
  const target = cell(`${NEW} 科研机构`);
  await target.click();
  await page.keyboard.type('1 2');
  await expect(target).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('status').filter({ hasText: '数字中间不能有空格' })).toBeVisible();
  await expect(cell(`${NEW} 总计`)).toHaveValue('57');
  await page.keyboard.press('Escape');
  await expect(target).toHaveValue('');
});

test('pasting a 3×7 block from Excel fills three rows as one undo step', async () => {
  const block = '5\t2\t0\t0\t1\t0\t8\r\n1\t0\t0\t0\t0\t0\t1\r\n3\t1\t0\t0\t0\t0\t4\r\n';
  await cell(`${NEW} 自然人`).click();
  await page.evaluate((text) => navigator.clipboard.writeText(text), block);
  await page.keyboard.press('ControlOrMeta+V');
  await expect(cell(`${NEW} 总计`)).toHaveValue('8');
  await expect(cell(`${CARRIED} 总计`)).toHaveValue('1');
  await expect(cell(`${GRANTED} 商业企业`)).toHaveValue('1');
  await expect(cell(`${GRANTED} 总计`)).toHaveValue('4');
  await shot(page, 'grid-table3');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(cell(`${NEW} 总计`)).toHaveValue('57');
  await expect(cell(`${GRANTED} 总计`)).toHaveValue('');
  await page.keyboard.press('ControlOrMeta+Y');
  await expect(cell(`${GRANTED} 总计`)).toHaveValue('4');
});

test('a pasted block with a wrong total is refused cell by cell and nothing changes', async () => {
  await cell(`${NEW} 自然人`).click();
  await page.evaluate((text) => navigator.clipboard.writeText(text), '6\t2\t0\t0\t1\t0\t8\r\n');
  await page.keyboard.press('ControlOrMeta+V');
  const alert = page.getByRole('alert').filter({ hasText: '粘贴未执行' });
  await expect(alert).toContainText(`${NEW} 总计：这是自动计算的合计：粘贴的是 8，按各项计算为 9`);
  await expect(cell(`${NEW} 自然人`)).toHaveValue('5');
  await shot(page, 'grid-paste-refused');
  await alert.getByRole('button', { name: '知道了' }).click();
});

test('copy puts the selected block on the clipboard as Excel text', async () => {
  await cell(`${NEW} 自然人`).click();
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('ControlOrMeta+C');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toBe('5\t2\t0\t0\t1\t0\t8\r\n1\t0\t0\t0\t0\t0\t1\r\n');
});
