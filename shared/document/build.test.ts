// Document model: title, preamble, headings, sub-headings, table spans as in the official tables, blanks, signature.
import { createDraft } from '../draft/create';
import { evaluate } from '../engine';
import { getFormat } from '../formats';
import { buildDocument } from './build';
import { placeCells } from './grid';
import type { DocBlock, DocTable } from './model';
import { chineseDate, isLevelTwoHeading } from './text';

const f2021 = getFormat('gov-2021');

function sample() {
  const d = createDraft({ agency: '某某街道办事处', year: 2024, id: 'x', now: '2025-01-01T00:00:00Z' });
  d.cells['t3.new.natural'] = 4;
  d.cells['t3.granted.natural'] = 2;
  d.cells['t2_5.license.decisions'] = 264;
  d.texts.s1 = '（一）主动公开\n今年发布信息372条。\n\n(二)依申请公开\n收到申请4件。';
  d.texts.s5 = '（一）存在的主要问题\n（二）改进情况';
  d.signature = { agency: '某某街道办事处', date: '2025-01-05' };
  return d;
}

const tableOf = (blocks: readonly DocBlock[], id: string): DocTable => {
  const t = blocks.find((b): b is DocTable => b.kind === 'table' && b.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
};

describe('buildDocument', () => {
  const draft = sample();
  const doc = buildDocument(f2021, draft, evaluate(f2021, draft).values);

  it('titles the report <机关><年度>年政府信息公开工作年度报告, split after the agency', () => {
    expect(doc.title).toBe('某某街道办事处2024年政府信息公开工作年度报告');
    expect(doc.titleLines).toEqual(['某某街道办事处', '2024年政府信息公开工作年度报告']);
  });

  it('prints the six canonical headings in order and the preamble first', () => {
    const h1 = doc.blocks
      .filter((b) => b.kind === 'heading' && b.level === 1)
      .map((b) => (b as { text: string }).text);
    expect(h1).toEqual(f2021.sections.map((s) => s.heading));
    expect(doc.blocks[0]).toEqual({ kind: 'paragraph', text: draft.preamble });
  });

  it('makes canonical sub-headings level-2 headings (ASCII brackets normalised) and drops empty ones', () => {
    const i = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === '一、总体情况');
    expect(doc.blocks.slice(i + 1, i + 5)).toEqual([
      { kind: 'heading', level: 2, text: '（一）主动公开' },
      { kind: 'paragraph', text: '今年发布信息372条。' },
      { kind: 'heading', level: 2, text: '（二）依申请公开' },
      { kind: 'paragraph', text: '收到申请4件。' },
    ]);
    expect(doc.blocks.some((b) => b.kind === 'heading' && b.text === '（一）存在的主要问题')).toBe(false);
  });

  it('lays out table 三 like the official one: 3 header rows, 3 stub columns, group labels spanning their rows', () => {
    const t3 = tableOf(doc.blocks, 't3');
    expect(t3.headerRows).toHaveLength(3);
    expect(t3.columnWeights).toHaveLength(10);
    expect(t3.headerRows[0]?.[0]).toMatchObject({ colSpan: 3, rowSpan: 3 });
    expect(t3.headerRows[1]?.map((c) => c.text)).toEqual(['自然人', '法人或其他组织', '总计']);
    expect(t3.bodyRows).toHaveLength(25);
    const first = t3.bodyRows[0] ?? [];
    expect(first[0]).toMatchObject({ text: '一、本年新收政府信息公开申请数量', colSpan: 3 });
    expect(first.slice(1).map((c) => c.text)).toEqual(['4', '', '', '', '', '', '4']);
    const results = t3.bodyRows[2] ?? [];
    expect(results[0]).toMatchObject({ text: '三、本年度办理结果', rowSpan: 22 });
    expect(results[1]).toMatchObject({ text: '（一）予以公开', colSpan: 2 });
    const withheld = t3.bodyRows[4] ?? [];
    expect(withheld[0]).toMatchObject({ text: '（三）不予公开', rowSpan: 8 });
    expect(withheld[1]).toMatchObject({ text: '1.属于国家秘密', colSpan: 1 });
    // every printed row covers exactly the 10 grid columns
    const placed = placeCells([...t3.headerRows, ...t3.bodyRows]);
    const width = new Array<number>(28).fill(0);
    for (const p of placed)
      for (let r = 0; r < p.cell.rowSpan; r++) width[p.row + r] = (width[p.row + r] ?? 0) + p.cell.colSpan;
    expect(new Set(width)).toEqual(new Set([10]));
  });

  it('prints blank cells empty, never 0, and computed totals from the engine', () => {
    const t3 = tableOf(doc.blocks, 't3');
    const total = t3.bodyRows[23] ?? [];
    expect(total[0]?.text).toBe('（七）总计');
    expect(total.slice(1).map((c) => c.text)).toEqual(['2', '', '', '', '', '', '2']);
  });

  it('spans 表二’s single value column over three columns and gives 表四 three header rows without a stub', () => {
    const t25 = tableOf(doc.blocks, 't2_5');
    expect(t25.columnWeights).toHaveLength(4);
    expect(t25.bodyRows[0]?.map((c) => [c.text, c.colSpan])).toEqual([
      ['行政许可', 1],
      ['264', 3],
    ]);
    const t4 = tableOf(doc.blocks, 't4');
    expect(t4.headerRows).toHaveLength(3);
    expect(t4.bodyRows[0]).toHaveLength(15);
    expect(t4.bodyRows[0]?.every((c) => c.role === 'value')).toBe(true);
    expect(t4.dense).toBe(true);
  });

  it('ends with the signature block, the date in Arabic numerals without leading zeros', () => {
    expect(doc.blocks[doc.blocks.length - 1]).toEqual({
      kind: 'signature',
      agency: '某某街道办事处',
      date: '2025年1月5日',
      agencyLines: ['某某街道办事处'],
    });
  });

  it('prints no 落款 without a 成文日期 (the agency alone is not a 落款)', () => {
    for (const agency of ['', '某某街道办事处']) {
      const d = sample();
      d.signature = { agency, date: '' };
      const b = buildDocument(f2021, d, evaluate(f2021, d).values).blocks;
      expect(b.some((x) => x.kind === 'signature')).toBe(false);
    }
  });

  it('keeps a sub-heading the clerk typed at the end of a section, drops empty skeleton ones', () => {
    const d = sample();
    d.texts.s6 = '（一）其他事项\n无。\n（三）下一步工作打算';
    d.texts.s5 = '（一）存在的主要问题\n（二）改进情况';
    const b = buildDocument(f2021, d, evaluate(f2021, d).values).blocks;
    expect(b[b.length - 2]).toEqual({ kind: 'heading', level: 2, text: '（三）下一步工作打算' });
    expect(b.some((x) => x.kind === 'heading' && x.text === '（二）改进情况')).toBe(false);
  });

  it('prints 地址/邮编/电话/邮箱 after the preamble unless the preamble already states them', () => {
    const d = sample();
    d.contact = { address: '某市某路7号', postcode: '350004', phone: '0591-88086122', email: '' };
    const b = buildDocument(f2021, d, evaluate(f2021, d).values).blocks;
    expect(b[1]).toEqual({
      kind: 'paragraph',
      text: '联系地址：某市某路7号；邮政编码：350004；联系电话：0591-88086122。',
    });
    d.preamble += '联系电话：0591-88086122。';
    const again = buildDocument(f2021, d, evaluate(f2021, d).values).blocks;
    expect(again[1]).toEqual({ kind: 'paragraph', text: '联系地址：某市某路7号；邮政编码：350004。' });
  });

  it('turns half-width punctuation typed in Chinese text to full width, everywhere', () => {
    const d = sample();
    d.texts.s1 = '今年,我街道(含社区)发布信息:372条,网址 http://a.gov.cn/x。English (as typed), 12:30.';
    const b = buildDocument(f2021, d, evaluate(f2021, d).values).blocks;
    expect(b).toContainEqual({
      kind: 'paragraph',
      text: '今年，我街道（含社区）发布信息：372条，网址 http://a.gov.cn/x。English (as typed), 12:30.',
    });
  });

  it('wraps a long agency in the title and the 落款 by word', () => {
    const d = sample();
    const name = '新疆维吾尔自治区伊犁哈萨克自治州奎屯市人民政府办公室政务服务和大数据管理局';
    d.agency = name;
    d.signature = { agency: name, date: '2025-01-05' };
    const doc2 = buildDocument(f2021, d, evaluate(f2021, d).values);
    expect(doc2.titleLines).toEqual([
      '新疆维吾尔自治区伊犁哈萨克自治州奎屯市',
      '人民政府办公室政务服务和大数据管理局',
      '2024年政府信息公开工作年度报告',
    ]);
    const sig = doc2.blocks[doc2.blocks.length - 1];
    expect(sig).toMatchObject({
      agencyLines: ['新疆维吾尔自治区伊犁哈萨克自治州奎屯市人民政府', '办公室政务服务和大数据管理局'],
    });
  });
});

describe('other formats', () => {
  it('prints the pre-2019 统计表 with its unit column and indented 其中 items', () => {
    const f = getFormat('pre-2019');
    const d = createDraft({ agency: '某街道', year: 2018, id: 'y', now: '2019-01-01T00:00:00Z' });
    const stat = tableOf(buildDocument(f, d, evaluate(f, d).values).blocks, 'stat');
    const labels = stat.bodyRows.map((r) => r[0]?.text ?? '');
    expect(labels).toContain('其中：1.政府网站公开数');
    expect(labels).toContain('\u3000\u3000\u30002.政府公报公开数');
    expect(stat.bodyRows[0]?.[1]).toMatchObject({ text: '条', role: 'stub' });
    expect(stat.bodyRows.every((r) => r.slice(2).every((c) => c.text === ''))).toBe(true);
    // as published: the year in the column header, the agency in the caption above the table
    expect(stat.headerRows[0]?.map((c) => c.text)).toEqual(['指标名称', '单位', '2018年', '历年累计']);
    expect(stat.caption).toBe('某街道政府信息公开情况统计表');
  });

  it('prints the 2019 format’s five 表二 parts and its single-row （六）其他处理', () => {
    const f = getFormat('gov-2019');
    const d = createDraft({ agency: '某镇', year: 2019, id: 'z', now: '2020-01-01T00:00:00Z' });
    const blocks = buildDocument(f, d, evaluate(f, d).values).blocks;
    expect(blocks.filter((b) => b.kind === 'table').map((b) => (b as DocTable).id)).toEqual([
      't2_1',
      't2_5',
      't2_6',
      't2_8',
      't2_9',
      't3',
      't4',
    ]);
    expect(tableOf(blocks, 't3').bodyRows).toHaveLength(23);
  });
});

describe('text helpers', () => {
  it('formats dates', () => {
    expect(chineseDate('2025-01-20')).toBe('2025年1月20日');
    expect(chineseDate('2024-12-31')).toBe('2024年12月31日');
    expect(chineseDate('')).toBe('');
    expect(chineseDate('2025-00-10')).toBe('');
  });

  it('tells sub-headings from sentences', () => {
    expect(isLevelTwoHeading('（一）主动公开')).toBe(true);
    expect(isLevelTwoHeading('(二)改进情况')).toBe(true);
    expect(isLevelTwoHeading('（一）“时效并重”公开内容，主动公开回应群众关切。充分运用传统公开载体')).toBe(
      false,
    );
    expect(isLevelTwoHeading('一是公开内容有待进一步深化。')).toBe(false);
  });
});
