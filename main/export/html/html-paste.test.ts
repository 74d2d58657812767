// The exported HTML pasted into a bare contenteditable page in Chromium (as into a website CMS), <style> removed:
// paragraphs keep their indent and font, tables their borders, figures stay on one line.
/// <reference lib="dom" />
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../../e2e/chromium';
import { documentOf } from '../render';
import { stressDraft, NAME_31 } from '../test-support/drafts';
import { writeHtml } from './writer';

jest.setTimeout(60_000);

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  page = await context.newPage();
  // A secure origin, so that the page may write the clipboard; nothing leaves the machine.
  await page.route('https://cms.invalid/**', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!DOCTYPE html><html><body><div id="editor" contenteditable="true" style="width:600px"></div></body></html>',
    }),
  );
  await page.goto('https://cms.invalid/edit');
  const html = writeHtml(documentOf(stressDraft(NAME_31)));
  await page.evaluate(async (h) => {
    await navigator.clipboard.write([
      new ClipboardItem({ 'text/html': new Blob([h], { type: 'text/html' }) }),
    ]);
  }, html);
  await page.click('#editor');
  await page.keyboard.press('Control+V');
  // What a CMS does to pasted markup: every <style> and class goes.
  await page.evaluate(() => {
    document.querySelectorAll('style').forEach((s) => s.remove());
    document.querySelectorAll('[class]').forEach((e) => e.removeAttribute('class'));
  });
});

afterAll(async () => {
  await browser.close();
});

describe('HTML pasted into a CMS editor without <style>', () => {
  it('pastes the report: title, headings, paragraphs and tables', async () => {
    const counts = await page.evaluate(() => ({
      p: document.querySelectorAll('#editor p').length,
      table: document.querySelectorAll('#editor table').length,
      style: document.querySelectorAll('style').length,
    }));
    expect(counts.p).toBeGreaterThan(5);
    expect(counts.table).toBeGreaterThanOrEqual(6);
    expect(counts.style).toBe(0);
  });

  it('keeps the first-line indent and the 仿宋 font of paragraphs', async () => {
    const p = await page.evaluate(() => {
      const el = [...document.querySelectorAll('#editor p')].find((e) => e.textContent?.startsWith('全年'));
      if (!el) return null;
      const s = getComputedStyle(el);
      return { indent: parseFloat(s.textIndent), size: parseFloat(s.fontSize), font: s.fontFamily };
    });
    expect(p).not.toBeNull();
    expect(p?.size).toBeCloseTo((16 * 96) / 72, 0);
    expect(p?.indent).toBeCloseTo(2 * (p?.size ?? 0), 0);
    expect(p?.font).toContain('仿宋_GB2312');
  });

  it('keeps table borders, the 宋体 font and figures on one line', async () => {
    const t = await page.evaluate(() => {
      const cells = [...document.querySelectorAll('#editor td')];
      const td = cells.find((c) => c.textContent === '1234567');
      if (!td) return null;
      const s = getComputedStyle(td);
      const r = document.createRange();
      r.selectNodeContents(td);
      return {
        border: s.borderTopStyle,
        width: parseFloat(s.borderTopWidth),
        font: s.fontFamily,
        lines: r.getClientRects().length,
      };
    });
    expect(t).toEqual({ border: 'solid', width: 1, font: expect.stringContaining('宋体'), lines: 1 });
  });

  it('keeps the title centred in 小标宋 and the headings in 黑体 and 楷体', async () => {
    const s = await page.evaluate(() => {
      const cs = (sel: string) => {
        const e = document.querySelector(sel);
        return e ? getComputedStyle(e) : null;
      };
      return {
        title: cs('#editor h1')?.textAlign,
        titleFont: cs('#editor h1')?.fontFamily,
        h2: cs('#editor h2')?.fontFamily,
        h3: cs('#editor h3')?.fontFamily,
      };
    });
    expect(s.title).toBe('center');
    expect(s.titleFont).toContain('方正小标宋简体');
    expect(s.h2).toContain('黑体');
    expect(s.h3).toContain('楷体_GB2312');
  });
});
