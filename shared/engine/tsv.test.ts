// Tests of the clipboard TSV reader on realistic Excel/WPS text/plain fixtures and RFC 4180 edge cases.

import fc from 'fast-check';
import { parseTsv } from './tsv';
import { parseCell } from './parse-cell';

/**
 * 表三 rows （一）予以公开, （二）部分公开, （三）1.属于国家秘密 × 7 columns (自然人 … 总计), as Excel on Windows
 * copies them: CRLF after every row including the last; one blank cell.
 */
const EXCEL_T3_BLOCK = '12\t3\t0\t0\t1\t0\t16\r\n4\t\t0\t0\t0\t0\t4\r\n0\t0\t0\t0\t0\t0\t0\r\n';

/** The same block from WPS 表格 on Linux/macOS: LF rows, full-width figures a clerk typed, a thousands group. */
const WPS_T3_BLOCK = '1,234\t３\t0\t0\t1\t0\t1,238\n4\t0\t0\t0\t0\t0\t4\n\t\t\t\t\t\t\n';

describe('parseTsv', () => {
  test('Excel 3×7 block from 表三: CRLF, trailing newline dropped, blank cell kept', () => {
    expect(parseTsv(EXCEL_T3_BLOCK)).toEqual([
      ['12', '3', '0', '0', '1', '0', '16'],
      ['4', '', '0', '0', '0', '0', '4'],
      ['0', '0', '0', '0', '0', '0', '0'],
    ]);
  });

  test('WPS block: LF rows, an all-blank last row is kept (only one trailing newline is dropped)', () => {
    const grid = parseTsv(WPS_T3_BLOCK);
    expect(grid).toHaveLength(3);
    expect(grid[2]).toEqual(['', '', '', '', '', '', '']);
    // every cell then goes through the column parser: blanks are 未填写, not 0
    const values = grid.map((row) => row.map((cell) => parseCell(cell, { type: 'int', unit: '件' })));
    expect(values[0]?.map((r) => r.ok && r.value)).toEqual([1234, 3, 0, 0, 1, 0, 1238]);
    expect(values[2]?.every((r) => r.ok && r.value === null)).toBe(true);
  });

  test('quoted cells: "" escapes, embedded tab and newlines, blank quoted cell', () => {
    const text = '"说明：""其他""含转办"\t"a\tb"\t""\r\n"第一行\r\n第二行"\t5\t"x\ny"\r\n';
    expect(parseTsv(text)).toEqual([
      ['说明："其他"含转办', 'a\tb', ''],
      ['第一行\r\n第二行', '5', 'x\ny'],
    ]);
  });

  test.each<[string, string, string[][]]>([
    ['empty clipboard', '', []],
    ['one blank cell (Excel copies it as a bare CRLF)', '\r\n', [['']]],
    ['one cell, no newline (typed text)', '12', [['12']]],
    ['one cell with Excel newline', '12\r\n', [['12']]],
    ['row without trailing newline', '1\t2\t3', [['1', '2', '3']]],
    ['blank cells at both ends', '\t5\t\r\n', [['', '5', '']]],
    ['two trailing newlines keep one blank row', '1\n\n', [['1'], ['']]],
    [
      'blank row in the middle',
      '1\t2\r\n\t\r\n3\t4\r\n',
      [
        ['1', '2'],
        ['', ''],
        ['3', '4'],
      ],
    ],
    [
      'ragged rows are padded',
      '1\t2\t3\n4\n5\t6\n',
      [
        ['1', '2', '3'],
        ['4', '', ''],
        ['5', '6', ''],
      ],
    ],
    [
      'old Mac CR rows',
      '1\t2\r3\t4\r',
      [
        ['1', '2'],
        ['3', '4'],
      ],
    ],
    ['mixed CRLF and LF', '1\r\n2\n3', [['1'], ['2'], ['3']]],
    ['byte-order mark ignored', '\uFEFF1\t2\r\n', [['1', '2']]],
    ['quote inside an unquoted cell is literal', '5"\t12"3\n', [['5"', '12"3']]],
    ['text after a closing quote is kept', '"a"b\tc\n', [['ab', 'c']]],
    ['unclosed quote is a literal character', '"12\t3\n', [['"12', '3']]],
    ['unclosed quote after a good quoted cell', '"a"\t"b\n', [['a', '"b']]],
    ['quoted cell at the very end without newline', '1\t"x"', [['1', 'x']]],
    ['spaces are kept for the cell parser to judge', ' 1 \t\u30002\r\n', [[' 1 ', '\u30002']]],
  ])('%s', (_name, text, grid) => {
    expect(parseTsv(text)).toEqual(grid);
  });

  test('property: any grid written the way Excel writes it reads back identically', () => {
    const cell = fc.oneof(
      fc.stringMatching(/^[0-9,.\- ]{0,6}$/),
      fc.string({ unit: fc.constantFrom('a', '件', '"', '\t', '\n', '\r\n', ' ', '1'), maxLength: 6 }),
    );
    const grid = fc
      .integer({ min: 1, max: 5 })
      .chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 6 }));
    const quote = (c: string) => (/["\t\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
    fc.assert(
      fc.property(grid, fc.constantFrom('\r\n', '\n'), (g, eol) => {
        const text = g.map((row) => row.map(quote).join('\t') + eol).join('');
        expect(parseTsv(text)).toEqual(g);
      }),
    );
  });
});
