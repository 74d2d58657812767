// Ruled PDF tables rebuilt from borders: blank cells keep their places, merged cells span, wrapped labels join.
import {
  CUT_FIGURE,
  joinSplitRow,
  pageTables,
  segmentsOf,
  type PlacedItem,
  type Segment,
} from './pdf-tables';

const h = (at: number, from: number, to: number): Segment => ({ horizontal: true, at, from, to });
const v = (at: number, from: number, to: number): Segment => ({ horizontal: false, at, from, to });
const item = (str: string, x: number, y: number, size = 10): PlacedItem => ({
  str,
  transform: [size, 0, 0, size, x, y],
  width: [...str].reduce((w, ch) => w + (/[\u4e00-\u9fff（）]/.test(ch) ? size : size / 2), 0),
});

/**
 * A 3-row table, columns at x = 0 | 100 | 150 | 200; the label column of rows 2–3 is one merged cell (no border
 * between them), the header spans the two figure columns (no border at x = 150 in the top row).
 */
function sample(): { segs: Segment[]; items: PlacedItem[] } {
  const segs = [
    h(300, 0, 200),
    h(280, 0, 200),
    h(260, 100, 200),
    h(240, 0, 200),
    v(0, 240, 300),
    v(100, 240, 300),
    v(150, 240, 280),
    v(200, 240, 300),
    // a double border 0.5 apart (LibreOffice draws both) is one border
    v(200.5, 240, 300),
  ];
  const items = [
    item('信息内容', 10, 285),
    item('数量', 120, 285),
    item('2.其他法律行政', 5, 265),
    item('法规禁止公开', 5, 250),
    item('14', 120, 265),
    item('7', 170, 245),
    item('正文不在表内', 0, 200),
  ];
  return { segs, items };
}

describe('pageTables', () => {
  it('gives a grid with blank cells, spans and labels wrapped inside their cell joined', () => {
    const { segs, items } = sample();
    const [table, ...rest] = pageTables(segs, items);
    expect(rest).toEqual([]);
    expect(table?.rows).toEqual([
      [{ text: '信息内容' }, { text: '数量' }, { text: '数量', span: 'col' }],
      [{ text: '2.其他法律行政法规禁止公开' }, { text: '14' }, { text: '' }],
      [{ text: '2.其他法律行政法规禁止公开', span: 'row' }, { text: '' }, { text: '7' }],
    ]);
    expect(table?.used.has(items[6] as PlacedItem)).toBe(false);
    expect(table?.top).toBe(300);
  });

  it('cuts an item pdf.js joined across a border at its spaces', () => {
    const { segs } = sample();
    const joined = { str: '信息内容 数量', transform: [10, 0, 0, 10, 10, 285], width: 130 };
    const [table] = pageTables(segs, [joined]);
    expect(table?.rows[0]?.map((c) => c.text)).toEqual(['信息内容', '数量', '数量']);
  });

  it('does not take a box around a paragraph or an underline for a table', () => {
    const box = [h(300, 0, 200), h(280, 0, 200), v(0, 280, 300), v(200, 280, 300)];
    expect(pageTables(box, [item('注：单位为件', 5, 285)])).toEqual([]);
    expect(pageTables([h(100, 0, 50)], [])).toEqual([]);
  });
});

describe('pageTables on real word-processor output', () => {
  it('joins border pieces drawn cell by cell, closes a table cut by the page top, removes letter spacing', () => {
    // Borders drawn per cell (Chromium): the piece between x 100 and 200 touches no column border in this row.
    const segs = [
      h(300, 0, 100),
      h(300, 100, 200),
      h(280, 0, 100),
      h(280, 100, 200),
      v(0, 280, 300),
      v(200, 280, 300),
      // the columns go on above the top border: the row that opens the page has no border above it
      v(0, 280, 320),
      v(100, 300, 320),
      v(200, 300, 320),
    ];
    const items = [
      item('1. 属 于 国 家 秘密', 5, 305),
      item('2', 150, 309),
      item('6', 150, 301),
      item('规章', 5, 285),
    ];
    const [table] = pageTables(segs, items);
    expect(table?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['1.属于国家秘密', '26'],
      ['规章', '规章'],
    ]);
    expect(table?.top).toBe(320);
  });
});

describe('joinSplitRow', () => {
  const xs = [0, 100, 150, 200];
  const row = (...texts: string[]) => texts.map((text) => ({ text }));

  it('gives the rest of a label back to its row and marks a figure cut in two for checking', () => {
    const prev = { row: row('3.危及“三安全一稳', '0', '2'), xs };
    const next = { row: row('定”', '', '6'), xs };
    expect(joinSplitRow(prev, next)).toEqual(row('3.危及“三安全一稳定”', '0', CUT_FIGURE));
  });

  it('maps the rest by position when the new page draws fewer column borders', () => {
    const prev = { row: [{ text: '' }, { text: '（七）总计' }, { text: '26' }], xs: [0, 40, 100, 200] };
    const next = { row: row('', '6'), xs: [0, 100, 200] };
    expect(joinSplitRow(prev, next)?.map((c) => c.text)).toEqual(['', '（七）总计', CUT_FIGURE]);
  });

  it('leaves a row in its own right alone', () => {
    // numbered label, a cell the first part does not fill, or as many cells as the first part
    expect(
      joinSplitRow({ row: row('1.信访', '148', '1'), xs }, { row: row('2.重复申请', '5', ''), xs }),
    ).toBeNull();
    expect(joinSplitRow({ row: row('规章', '5', ''), xs }, { row: row('', '', '3'), xs })).toBeNull();
    expect(
      joinSplitRow({ row: row('结果维持', '总计', '其他'), xs }, { row: row('0', '1', '1'), xs }),
    ).toBeNull();
  });
});

describe('segmentsOf', () => {
  const ops = { save: 1, restore: 2, transform: 3, constructPath: 4, paint: new Set([5]) };

  it('reads thin painted paths as borders through the transform, and ignores clips and large fills', () => {
    const fn = [1, 3, 4, 4, 4, 2, 4];
    const args = [
      null,
      [2, 0, 0, 2, 10, 0],
      [5, [], [0, 50, 100, 50.2]], // a horizontal bar, scaled ×2 and moved 10 right
      [6, [], [0, 0, 1, 100]], // not painted (a clip path)
      [5, [], [0, 0, 100, 100]], // a filled background
      null,
      [5, [], [30, 0, 30.5, 40]], // after restore: a vertical line in page space
    ];
    expect(segmentsOf(fn, args, ops)).toEqual([
      { horizontal: true, at: 100.2, from: 10, to: 210 },
      { horizontal: false, at: 30.25, from: 0, to: 40 },
    ]);
  });
});
