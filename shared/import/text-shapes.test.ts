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
