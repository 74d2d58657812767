// HTML export: one self-contained file; its tables, parsed back with their spans, give the same cells as the document model.
import { parse, type HTMLElement } from 'node-html-parser';
import { placeCells, type DocTable } from '../../../shared/document';
import { documentOf } from '../render';
import { seedDraft } from '../test-support/tools';
import { writeHtml } from './writer';

const doc = documentOf(seedDraft());
const html = writeHtml(doc);
const root = parse(html);

/** A table element → grid of texts (a spanning cell fills every slot it covers). */
function gridOfHtml(table: HTMLElement): string[][] {
  const grid: string[][] = [];
  table.querySelectorAll('tr').forEach((tr, r) => {
    let c = 0;
    for (const cell of tr.querySelectorAll('th, td')) {
      while (grid[r]?.[c] !== undefined) c++;
      const cs = Number.parseInt(cell.getAttribute('colspan') ?? '1', 10);
      const rs = Number.parseInt(cell.getAttribute('rowspan') ?? '1', 10);
      for (let dr = 0; dr < rs; dr++)
        for (let dc = 0; dc < cs; dc++) (grid[r + dr] ??= [])[c + dc] = cell.text;
      c += cs;
    }
  });
  return grid;
}

function gridOfModel(t: DocTable): string[][] {
  const rows = [...t.headerRows, ...t.bodyRows];
  const grid: string[][] = [];
  for (const p of placeCells(rows)) {
    for (let dr = 0; dr < p.cell.rowSpan; dr++)
      for (let dc = 0; dc < p.cell.colSpan; dc++) (grid[p.row + dr] ??= [])[p.col + dc] = p.cell.text;
  }
  return grid;
}

describe('HTML export', () => {
  it('styles every paragraph, heading and cell inline, each style attribute whole', () => {
    for (const el of root.querySelectorAll('article h1, article h2, article h3, article p, th, td, table')) {
      const style = el.getAttribute('style') ?? '';
      expect(style).toMatch(/font|border/);
      // a stray double quote would end the attribute early and leave junk attributes behind
      expect(
        Object.keys(el.attributes).every((a) =>
          /^(style|colspan|rowspan|scope|border|cellspacing|cellpadding|aria-label|class)$/.test(a),
        ),
      ).toBe(true);
    }
    const p = root.querySelector('article p')?.getAttribute('style') ?? '';
    expect(p).toContain('text-indent:2em');
    expect(p).toContain("font-family:'仿宋_GB2312'");
  });

  it('is one self-contained file without external resources or scripts', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(/<script|<link|<img|src=|href=|@import|url\(/i.test(html)).toBe(false);
    expect(root.querySelector('title')?.text).toBe(doc.title);
  });

  it('has the headings as h2 and the paragraphs as p', () => {
    const h2 = root.querySelectorAll('h2').map((h) => h.text);
    expect(h2).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    expect(root.querySelector('.signature')?.text).toContain('2025年1月20日');
  });

  it('parses back to the same table cells, spans included', () => {
    const tables = root.querySelectorAll('table');
    const modelTables = doc.blocks.filter((b): b is DocTable => b.kind === 'table');
    expect(tables).toHaveLength(modelTables.length);
    tables.forEach((t, i) => {
      const model = modelTables[i];
      if (!model) throw new Error('missing table');
      expect(t.getAttribute('aria-label')).toBe(model.name);
      expect(gridOfHtml(t)).toEqual(gridOfModel(model));
    });
    const t3 = gridOfHtml(tables[4] as HTMLElement);
    expect(t3[3]).toEqual([
      '一、本年新收政府信息公开申请数量',
      '一、本年新收政府信息公开申请数量',
      '一、本年新收政府信息公开申请数量',
      '4',
      '0',
      '0',
      '0',
      '0',
      '0',
      '4',
    ]);
    expect(t3[26]?.[0]).toBe('三、本年度办理结果');
    expect(t3[26]?.[2]).toBe('（七）总计');
  });

  it('escapes text', () => {
    const d = seedDraft();
    d.texts.s6 = '<b>不是标签</b> & “引号”';
    const out = writeHtml(documentOf(d));
    expect(out).toContain('&lt;b&gt;不是标签&lt;/b&gt; &amp; “引号”');
  });
});
