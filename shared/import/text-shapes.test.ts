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
