// Laid-out text (pdftotext -layout): figures right under a column's header word, and totals wrapped in a narrow cell.
import { getFormat } from '../formats';
import { importDocument, textDocument } from './index';
import { layoutColumns } from './layout-columns';
import { wrappedTotal } from './placed-readings';
import { lineTokens, type Token } from './tokens';

/** One line with each text starting at its column (as pdftotext -layout prints them). */
function laid(...parts: readonly (readonly [number, string])[]): string {
  let line = '';
  for (const [at, text] of parts) line = `${line.padEnd(Math.max(at, line.length + (line ? 1 : 0)))}${text}`;
  return line;
}

const HEADER = [
  laid(
    [21, '自然人'],
    [27, '商业企业'],
    [32, '科研'],
    [35, '社会公'],
    [39, '法律服务'],
    [44, '其他'],
    [63, '总计'],
  ),
  laid([32, '机构'], [35, '益组织'], [40, '机构']),
];
const t3 = getFormat('gov-2021').tables.find((t) => t.id === 't3');
const tokensOf = (lines: readonly string[]) => lines.flatMap((l, i) => lineTokens(l, i));
const cols = (tokens: readonly Token[]) => tokens.filter((t) => t.kind === 'num').map((t) => t.col ?? null);

describe('figures under their header on a laid-out page', () => {
  it('marks a figure that stands right under one column word, and none between two columns', () => {
    if (!t3) throw new Error('t3');
    const row = laid(
      [0, '一、本年新收政府信息公开申请数量'],
      [21, '821'],
      [29, '35'],
      [49, '2'],
      [59, '1'],
      [63, '859'],
    );
    expect(cols(layoutColumns(tokensOf([...HEADER, row]), [t3], () => 0))).toEqual([0, 1, null, null, 6]);
  });

  it('marks nothing on another page, nor where the header words stand at every line start (not laid out)', () => {
    if (!t3) throw new Error('t3');
    const row = laid([0, '一、本年新收政府信息公开申请数量'], [21, '821'], [63, '859']);
    // The row is on the next page (a form feed started it): that page prints no header.
    expect(cols(layoutColumns(tokensOf([...HEADER, row]), [t3], (b) => (b >= 2 ? 1 : 0)))).toEqual([
      null,
      null,
    ]);
    const stacked = ['自然人', '商业企业', '科研机构', '总计', '821', '859'];
    expect(cols(layoutColumns(tokensOf(stacked), [t3], () => 0))).toEqual([null, null]);
  });

  it('trusts no mark of a page where a whole row of figures does not stand under its columns', () => {
    if (!t3) throw new Error('t3');
    // Seven figures: each is in its own column whatever the header says; the first stands under 商业企业.
    const whole = laid(
      [0, '一、本年新收'],
      [27, '4'],
      [32, '2'],
      [35, '1'],
      [39, '0'],
      [44, '0'],
      [50, '0'],
      [63, '7'],
    );
    const row = laid([0, '二、上年结转'], [21, '1'], [63, '1']);
    expect(cols(layoutColumns(tokensOf([...HEADER, whole, row]), [t3], () => 0))).toEqual(
      Array(9).fill(null),
    );
  });

  it('places a row by its header on import, and says so in the reason', () => {
    const text = [
      '测试县测试局2022年政府信息公开工作年度报告',
      '一、总体情况',
      '本局认真做好政府信息公开工作。',
      '三、收到和处理政府信息公开申请情况',
      ...HEADER,
      laid([0, '一、本年新收政府信息公开申请数量'], [21, '5'], [29, '2'], [63, '7']),
      laid([0, '二、上年结转政府信息公开申请数量'], [22, '1'], [63, '1']),
      // A whole row standing under its columns: the page's header is trusted.
      laid(
        [0, '四、结转下年度继续办理'],
        [21, '0'],
        [28, '0'],
        [33, '0'],
        [36, '0'],
        [40, '0'],
        [44, '0'],
        [63, '0'],
      ),
      '五、存在的主要问题及改进情况',
      '公开不够及时。',
    ].join('\n');
    const { draft, report } = importDocument(textDocument(text), { fileName: 't.txt', now: 'n', id: 't' });
    expect(['natural', 'commercial', 'research'].map((c) => draft.cells[`t3.new.${c}`])).toEqual([5, 2, 0]);
    expect(draft.cells['t3.carried.natural']).toBe(1);
    const why = report.derived.find((d) => d.cell === 't3.new.natural')?.reason ?? '';
    expect(why).toContain('按版面位置，5 在“自然人”下，2 在“商业企业”下');
  });
});

describe('a total wrapped in a narrow cell', () => {
  it('reads the pieces round a wrapped label as the row total, the figure placed by its header', () => {
    const text = [
      '测试县测试局2023年政府信息公开工作年度报告',
      '一、总体情况',
      '本局认真做好政府信息公开工作。',
      '三、收到和处理政府信息公开申请情况',
      ...HEADER,
      // 一's label wraps; its 总计 26 is printed "2" on the label's first line and "6" on its second.
      laid([0, '一、本年新收政府信息公开'], [63, '2']),
      laid([21, '26']),
      laid([0, '申请数量'], [64, '6']),
      laid([0, '二、上年结转政府信息公开申请数量'], [21, '0'], [63, '0']),
      '五、存在的主要问题及改进情况',
      '公开不够及时。',
    ].join('\n');
    const { draft, report } = importDocument(textDocument(text), { fileName: 't.txt', now: 'n', id: 't' });
    expect(['natural', 'commercial'].map((c) => draft.cells[`t3.new.${c}`])).toEqual([26, 0]);
    expect(draft.stated?.['t3.new.total']).toBe(26);
    expect(report.notes.filter((n) => n.includes('▲'))).toEqual([]);
  });

  const num = (text: string, block: number): Token => ({ kind: 'num', text, block });

  it('joins the pieces above and below the row line when they add up the row', () => {
    expect(wrappedTotal([num('2', 0), num('26', 1), num('6', 2)])?.map((t) => t.text)).toEqual(['26', '26']);
    expect(wrappedTotal([num('26', 0), num('2', 0), num('6', 1)])?.map((t) => t.text)).toEqual(['26', '26']);
    expect(wrappedTotal([num('1', 0), num('12', 1), num('3', 1), num('5', 2)])?.map((t) => t.text)).toEqual([
      '12',
      '3',
      '15',
    ]);
  });

  it('leaves pieces that do not add up, or that share the row line, as they are', () => {
    expect(wrappedTotal([num('2', 0), num('26', 1), num('7', 2)])).toBeNull();
    expect(wrappedTotal([num('2', 1), num('26', 1), num('6', 1)])).toBeNull();
    expect(wrappedTotal([num('26', 0), num('6', 1)])).toBeNull();
  });
});
