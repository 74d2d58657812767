// A browser's copy of a table: cells one per line, a tab line between the cells of a row, empty cells kept in place.
import { textDocument } from './text-shapes';

describe('browser copy of a table', () => {
  it('keeps an empty cell that was copied as nothing between two tab lines', () => {
    const doc = textDocument(
      ['一、本年新收', '', '\t', '', '26', '', '\t', '', '\t', '', '26', '', ''].join('\n'),
    );
    expect(doc.blocks).toEqual([
      { kind: 'table', rows: [[{ text: '一、本年新收' }, { text: '26' }, { text: '' }, { text: '26' }]] },
    ]);
  });

  it('keeps an empty cell copied as a no-break space', () => {
    const doc = textDocument(['二、上年结转', '\t', '18', '\t', '\u00a0', '\t', '18'].join('\n'));
    expect(doc.blocks).toEqual([
      { kind: 'table', rows: [[{ text: '二、上年结转' }, { text: '18' }, { text: '' }, { text: '18' }]] },
    ]);
  });
});

describe('clipboard text of 全选 + 复制 (each cell a paragraph between blank lines)', () => {
  /** Ten figure rows, so that the text reads as a clipboard copy; `row` is the one looked at. */
  const copy = (row: readonly string[]) =>
    [
      '标题',
      '',
      '现将本年度情况报告如下。',
      '',
      ...row,
      ...Array.from({ length: 10 }, (_, i) => [`${i + 1}.其他行`, '', '1', '', ' ', '', '1', '']).flat(),
      '本机关将继续做好政府信息公开工作。',
      '',
    ].join('\n');

  it('keeps an empty cell copied as one space in its place', () => {
    const doc = textDocument(copy(['一、本年新收', '', '821', '', ' ', '', '2', '', '823', '']));
    expect(doc.blocks[0]).toEqual({ kind: 'line', text: '标题' });
    expect(doc.blocks[2]).toEqual({
      kind: 'table',
      rows: expect.arrayContaining([
        [{ text: '一、本年新收' }, { text: '821' }, { text: '' }, { text: '2' }, { text: '823' }],
      ]) as unknown,
    });
  });

  it("keeps the section's heading and the table's header cells as lines, before the first row", () => {
    const heading = ['三、收到和处理政府信息公开申请情况', '', '申请人情况', '', '自然人', '', '总计', ''];
    const doc = textDocument(
      copy([...heading, '（三）不予公开', '', '1.属于国家秘密', '', '2', '', '2', '']),
    );
    const lines = doc.blocks.flatMap((b) => (b.kind === 'line' ? [b.text] : []));
    expect(lines).toEqual(
      expect.arrayContaining(['三、收到和处理政府信息公开申请情况', '申请人情况', '自然人']),
    );
    const table = doc.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' ? table.rows[0]?.map((c) => c.text) : null).toEqual([
      '总计',
      '（三）不予公开',
      '1.属于国家秘密',
      '2',
      '2',
    ]);
  });

  it('counts adjacent empty cells copied onto one line with tabs between them', () => {
    const doc = textDocument(copy(['行政复议', '', '5', '', ' \t \t', '2', '', ' \t \t \t ', '']));
    const table = doc.blocks[2];
    expect(table?.kind === 'table' ? table.rows[0]?.map((c) => c.text) : null).toEqual([
      '行政复议',
      '5',
      '',
      '',
      '2',
      '',
      '',
      '',
      '',
    ]);
  });

  it('counts each blank line beyond the separating one as an empty cell (a cell holding an ordinary space)', () => {
    const doc = textDocument(copy(['一、本年新收', '', '26', '', '', '', '26', '']));
    const table = doc.blocks[2];
    expect(table?.kind === 'table' ? table.rows[0] : null).toEqual([
      { text: '一、本年新收' },
      { text: '26' },
      { text: '' },
      { text: '' },
      { text: '26' },
    ]);
    expect(doc.blocks[doc.blocks.length - 1]).toEqual({
      kind: 'line',
      text: '本机关将继续做好政府信息公开工作。',
    });
  });
});

describe("a crawler's text of a pretty-printed page (the markup's indentation kept)", () => {
  /** One <td> of the page's source: its content at the cell's indentation between indentation-only lines. */
  const td = (content: string) => ['      ', `      ${content}`, '      '];
  const tr = (cells: readonly string[]) => ['    ', ...cells.flatMap(td), '    '];
  const page = [
    '  标题：某局2023年政府信息公开年度报告',
    '',
    '  现将本年度情况报告如下。',
    '',
    ...Array.from({ length: 12 }, (_, i) => tr([`${i + 1}.某行`, '1', ' ', ' ', '1'])).flat(),
    ...tr(['一、本年新收政府信息公开申请数量', '26', ' ', ' ', ' ', ' ', ' ', '26']),
  ].join('\n');

  it('reads a cell whose content is one space as an empty cell in its place, the indentation as nothing', () => {
    const doc = textDocument(page);
    const table = doc.blocks.find((b) => b.kind === 'table');
    const rows = table?.kind === 'table' ? table.rows : [];
    expect(rows[rows.length - 1]?.map((c) => c.text)).toEqual([
      '一、本年新收政府信息公开申请数量',
      '26',
      '',
      '',
      '',
      '',
      '',
      '26',
    ]);
    expect(rows[0]?.map((c) => c.text)).toEqual(['1.某行', '1', '', '', '1']);
  });

  it('leaves text with little indentation as it is', () => {
    const doc = textDocument(['  标题', '  一、本年新收 26 26'].join('\n'));
    expect(doc.blocks.map((b) => (b.kind === 'line' ? b.text : ''))).toEqual([
      '  标题',
      '  一、本年新收 26 26',
    ]);
  });
});
