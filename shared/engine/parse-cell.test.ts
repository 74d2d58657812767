// Table-driven and property tests of the cell parser and formatter: every acceptance, every refusal, round trips.

import fc from 'fast-check';
import { parseCell, type ParseColumn } from './parse-cell';
import { formatCell } from './format-cell';
import { formats } from '../formats';

const INT: ParseColumn = { type: 'int', unit: '件' };
const INT_BARE: ParseColumn = { type: 'int' };
const SIGNED: ParseColumn = { type: 'signed-int', unit: '件' };
const WANYUAN: ParseColumn = { type: 'decimal', unit: '万元', decimals: 6 };
const WANYUAN4: ParseColumn = { type: 'decimal', unit: '万元', decimals: 4 };
const DEC_DEFAULT: ParseColumn = { type: 'decimal' };
const DEC2: ParseColumn = { type: 'decimal', decimals: 2 };
const YUAN: ParseColumn = { type: 'decimal', unit: '元', decimals: 2 };
const TIAO: ParseColumn = { type: 'int', unit: '条' };
const LABELLED: ParseColumn = { type: 'int', unit: '件', label: '自然人' };

type Accept = [raw: string, column: ParseColumn, value: number | null, warning?: RegExp];

const accepted: Accept[] = [
  // blank is 未填写, never 0
  ['', INT, null],
  ['   ', INT, null],
  ['\u3000\u3000', INT, null],
  ['\u00A0\u2009\t', WANYUAN, null],
  ['\u200B', SIGNED, null],
  // plain and normalised digits
  ['0', INT, 0],
  ['12', INT, 12],
  [' 12 ', INT, 12],
  ['\u300012\u3000', INT, 12],
  ['\u00A012\u202F', INT, 12],
  ['１２', INT, 12],
  ['１，２３４', INT, 1234],
  ['1\u200B2', INT, 12],
  ['\uFEFF7', INT, 7],
  // thousands separators in correct groups
  ['1,234', INT, 1234],
  ['1,234,567', INT, 1234567],
  ['12,345,678.5', WANYUAN, 12345678.5],
  // leading zeros: accepted with a warning
  ['007', INT, 7, /已按 7 读入/],
  ['000', INT, 0, /已按 0 读入/],
  ['00.5', WANYUAN, 0.5, /已按 0\.5 读入/],
  // the column's unit as a suffix
  ['12件', INT, 12],
  ['12 件', INT, 12],
  ['1,234件', INT, 1234],
  ['3.5万元', WANYUAN, 3.5],
  ['9条', TIAO, 9],
  // counting units on an integer column without a declared unit
  ['5件', INT_BARE, 5],
  ['5条', INT_BARE, 5],
  ['5个', INT_BARE, 5],
  ['5项', INT_BARE, 5],
  // 元 into a 万元 column: converted exactly, with a warning
  ['251000元', WANYUAN, 25.1, /已将 251000元 换算为 25\.1万元/],
  ['3802895.90元', WANYUAN, 380.28959, /换算为 380\.28959万元/],
  ['3575394432.52元', WANYUAN, 357539.443252, /换算为 357539\.443252万元/],
  ['1元', WANYUAN, 0.0001, /0\.0001万元/],
  ['2.5万元', YUAN, 25000, /已将 2\.5万元 换算为 25000元/],
  ['1亿元', WANYUAN, 10000, /10000万元/],
  ['1.5万元', { type: 'int', unit: '元' }, 15000, /换算为 15000元/],
  // signs only in signed-int columns
  ['-5', SIGNED, -5],
  ['+5', SIGNED, 5],
  ['－１２', SIGNED, -12],
  ['\u221212', SIGNED, -12],
  ['\uFE6312', SIGNED, -12],
  ['\u201012', SIGNED, -12],
  ['\u201312', SIGNED, -12],
  ['(1,234)', SIGNED, -1234],
  ['（１，２３４）', SIGNED, -1234],
  ['( 5 )', SIGNED, -5],
  ['-3件', SIGNED, -3],
  ['-0', SIGNED, 0],
  ['(0)', SIGNED, 0],
  // decimals: exact, trailing zeros ignored
  ['0.1', WANYUAN, 0.1],
  ['4166.241619', WANYUAN, 4166.241619],
  ['24252.311082', WANYUAN, 24252.311082],
  ['１２．５', WANYUAN, 12.5],
  ['.5', WANYUAN, 0.5],
  ['5.', WANYUAN, 5],
  ['1.50', DEC2, 1.5],
  ['1.2300000000', DEC2, 1.23],
  ['0.123456', DEC_DEFAULT, 0.123456],
  ['12.3456', WANYUAN4, 12.3456],
  ['999999999.999999', WANYUAN, 999999999.999999],
  // an integer written with a zero fraction is still that integer
  ['12.0', INT, 12],
  ['12.000', SIGNED, 12],
  // the largest exact integer
  ['9007199254740991', INT, Number.MAX_SAFE_INTEGER],
  ['9,007,199,254,740,991', INT, Number.MAX_SAFE_INTEGER],
  ['-9007199254740991', SIGNED, -Number.MAX_SAFE_INTEGER],
];

type Refuse = [raw: string, column: ParseColumn, reason: RegExp];

const ZERO_HINT = /不是数字：数值为零请填 0/;
const refused: Refuse[] = [
  // placeholders are never read as 0
  ['—', INT, ZERO_HINT],
  ['——', INT, ZERO_HINT],
  ['/', INT, ZERO_HINT],
  ['／', INT, ZERO_HINT],
  ['-', INT, ZERO_HINT],
  ['－', SIGNED, ZERO_HINT],
  ['--', SIGNED, ZERO_HINT],
  ['△', INT, ZERO_HINT],
  ['N/A', INT, ZERO_HINT],
  ['n/a', WANYUAN, ZERO_HINT],
  ['NA', INT, ZERO_HINT],
  ['无', INT, ZERO_HINT],
  ['暂无', INT, ZERO_HINT],
  ['×', INT, ZERO_HINT],
  ['.', WANYUAN, ZERO_HINT],
  // 。 as a decimal point
  ['12。5', WANYUAN, /不要用句号“。”/],
  ['12。', INT, /不要用句号“。”/],
  // thousands separators in wrong places
  ['12,34', INT, /千位分隔符位置不对/],
  ['1234,567', INT, /千位分隔符位置不对/],
  [',123', INT, /千位分隔符位置不对/],
  ['0,123', INT, /千位分隔符位置不对/],
  ['1,23,456', INT, /千位分隔符位置不对/],
  ['1.234,5', WANYUAN, /小数部分不能有逗号/],
  ['1,', INT, /千位分隔符位置不对/],
  // spaces inside a number (space-grouped thousands are refused, never guessed)
  ['1 234', INT, /数字中间不能有空格/],
  ['1\u3000234', INT, /数字中间不能有空格/],
  ['1\u00A0234', INT, /数字中间不能有空格/],
  ['- 5', SIGNED, /数字中间不能有空格/],
  // notations and stray characters
  ['0x10', INT, /无法识别的字符“x”/],
  ['1e3', INT, /科学计数法/],
  ['1.5E+3', WANYUAN, /科学计数法/],
  ['12abc', INT, /无法识别的字符“abc”/],
  ['abc', INT, /无法识别的字符“abc”/],
  ['Infinity', INT, /无法识别的字符/],
  ['NaN', INT, /无法识别的字符/],
  ['$5', INT, /无法识别的字符“\$”/],
  ['十二', INT, /请用阿拉伯数字/],
  ['三件', INT, /请用阿拉伯数字/],
  ['1.2.3', WANYUAN, /小数点只能有一个/],
  // signs where the column has none
  ['-5', INT, /不能填负数/],
  ['(5)', INT, /不能填负数/],
  ['-0', INT, /不能填负数/],
  ['-1.5', WANYUAN, /不能填负数/],
  ['+5', INT, /不用加“\+”号/],
  ['+1.5', WANYUAN, /不用加“\+”号/],
  ['--5', SIGNED, /正负号重复/],
  ['+-5', SIGNED, /正负号重复/],
  ['(-5)', SIGNED, /正负号重复/],
  // decimals where not allowed or too many places
  ['1.5', INT, /只能填整数/],
  ['1.5', SIGNED, /只能填整数/],
  ['1.2345678', WANYUAN, /最多保留 6 位小数/],
  ['0.1234567', DEC_DEFAULT, /最多保留 6 位小数/],
  ['12.34567', WANYUAN4, /最多保留 4 位小数/],
  ['1.234', DEC2, /最多保留 2 位小数/],
  // units that do not fit the column
  ['5条', INT, /单位是“件”，不是“条”/],
  ['5元', INT, /单位是“件”，不是“元”/],
  ['5万元', INT, /单位是“件”，不是“万元”/],
  ['5件', WANYUAN, /单位是“万元”，不是“件”/],
  ['5件', DEC2, /不带单位，请去掉“件”/],
  ['5元', INT_BARE, /不带单位，请去掉“元”/],
  ['12万', INT, /不要用“万”简写/],
  ['3亿', INT_BARE, /不要用“亿”简写/],
  ['12万', WANYUAN, /单位是“万元”，不是“万”/],
  ['50%', INT, /不要填百分数/],
  ['５０％', INT, /不要填百分数/],
  ['件', INT, /只有单位“件”，没有数字/],
  ['万元', WANYUAN, /只有单位“万元”，没有数字/],
  // 元 → 万元 conversions that would not fit
  ['3575394432.52元', WANYUAN4, /换算后为 357539\.443252万元，本栏最多保留 4 位小数/],
  ['0.00001万元', { type: 'int', unit: '元' }, /换算后为 0\.1元，本栏只能填整数/],
  // too large to be exact
  ['9007199254740992', INT, /数值过大/],
  ['99999999999999999999', SIGNED, /数值过大/],
  ['-9007199254740992', SIGNED, /数值过大/],
  ['1234567890123456.5', WANYUAN, /数值过大/],
  ['123456789012.3456', WANYUAN, /位数过多/],
  ['1'.repeat(101), INT, /内容过长/],
];

describe('parseCell accepts', () => {
  // Padded to four entries: jest passes a `done` callback in place of a missing last argument.
  const rows = accepted.map(
    ([raw, column, value, warning]) => [raw, column, value, warning ?? null] as const,
  );
  test.each(rows)('%j in %j → %p', (raw, column, value, warning) => {
    const result = parseCell(raw, column);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toBe(value); // toBe: Object.is, so -0 ≠ 0 and float drift fails
    if (warning) expect(result.warning).toMatch(warning);
    else expect(result.warning).toBeUndefined();
  });
});

describe('parseCell refuses', () => {
  test.each(refused)('%j in %j: %p', (raw, column, reason) => {
    const result = parseCell(raw, column);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  });

  test('uses the column label as the subject when given', () => {
    expect(parseCell('1.5', LABELLED)).toEqual({ ok: false, reason: '“自然人”只能填整数' });
    expect(parseCell('1.5', INT)).toEqual({ ok: false, reason: '本栏只能填整数' });
  });

  test('never reads blank-looking or placeholder text as zero', () => {
    for (const raw of ['', ' ', '\u3000', '—', '-', '/', '无']) {
      const r = parseCell(raw, INT);
      expect(r.ok && r.value === 0).toBe(false);
    }
  });
});

const grouping = fc.boolean();

describe('formatCell', () => {
  test.each([
    [null, INT, false, ''],
    [0, INT, false, '0'],
    [-0, SIGNED, false, '0'],
    [1234567, INT, false, '1234567'],
    [1234567, INT, true, '1,234,567'],
    [-1234567, SIGNED, true, '-1,234,567'],
    [123, INT, true, '123'],
    [1.5, WANYUAN, false, '1.5'],
    [1234.5, WANYUAN, true, '1,234.5'],
    [0.000001, WANYUAN, false, '0.000001'],
    [0.1 + 0.2, WANYUAN, false, '0.3'],
    [1.005, DEC2, false, '1'], // 1.005 is 1.00499999999999989… in binary: rounds down
    [12345678901234.1, WANYUAN, false, '12345678901234.1'],
    [Number.NaN, INT, false, ''],
  ])('%p in %j (grouping %p) → %p', (value, column, group, text) => {
    expect(formatCell(value, column, { grouping: group })).toBe(text);
  });
});

describe('round trips (fast-check)', () => {
  test('int: parseCell(formatCell(x)) = x', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), grouping, (x, g) => {
        expect(parseCell(formatCell(x, INT, { grouping: g }), INT)).toEqual({ ok: true, value: x });
      }),
    );
  });

  test('signed-int: parseCell(formatCell(x)) = x', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), grouping, (x, g) => {
        const value = x === 0 ? 0 : x; // the parser never returns -0
        expect(parseCell(formatCell(x, SIGNED, { grouping: g }), SIGNED)).toEqual({ ok: true, value });
      }),
    );
  });

  const decimalText = (places: number) =>
    fc
      .tuple(
        fc
          .integer({ min: 0, max: 15 - places })
          .chain((n) => fc.stringMatching(new RegExp(`^[0-9]{0,${n}}$`))),
        fc.stringMatching(new RegExp(`^[0-9]{0,${places}}$`)),
      )
      .map(([int, frac]) => ({ int, frac }));

  test.each([
    [WANYUAN, 6],
    [WANYUAN4, 4],
    [DEC2, 2],
  ])('decimal %j: exact value and canonical text for any ≤15-digit decimal', (column, places) => {
    fc.assert(
      fc.property(decimalText(places), grouping, ({ int, frac }, g) => {
        const literal = `${int || '0'}.${frac || '0'}`;
        const oracle = Number(literal); // the JS literal value as the oracle, never used by the parser
        const parsed = parseCell(frac === '' ? int || '0' : `${int}.${frac}`, column);
        expect(parsed).toMatchObject({ ok: true, value: oracle });
        const text = formatCell(oracle, column, { grouping: g });
        expect(parseCell(text, column)).toEqual({ ok: true, value: oracle });
        const canonical = literal.replace(/^0+(?=\d)/, '').replace(/\.?0+$/, '');
        if (!g) expect(text).toBe(canonical);
      }),
    );
  });

  test('full-width input gives the same value as half-width', () => {
    const toFullWidth = (s: string) =>
      s.replace(/[0-9.,-]/g, (c) => String.fromCharCode((c.codePointAt(0) ?? 0) + 0xfee0));
    fc.assert(
      fc.property(fc.maxSafeInteger(), (x) => {
        const text = formatCell(x, SIGNED, { grouping: true });
        expect(parseCell(toFullWidth(text), SIGNED)).toEqual(parseCell(text, SIGNED));
      }),
    );
  });
});

describe('every column of every shipped format', () => {
  const columns = formats.flatMap((f) =>
    f.tables.flatMap((t) =>
      t.columns.flatMap((c) =>
        t.rows.map((r) => ({ where: `${f.id} ${t.id}.${r.key}.${c.key}`, ...c, unit: r.unit ?? c.unit })),
      ),
    ),
  );

  test('exist', () => {
    expect(columns.length).toBeGreaterThan(100);
  });

  test('accept a figure with and without their unit, refuse a placeholder, and round-trip', () => {
    for (const column of columns) {
      const value = column.type === 'decimal' ? 1234.5 : column.type === 'signed-int' ? -1234 : 1234;
      const text = formatCell(value, column, { grouping: true });
      expect([column.where, parseCell(text, column)]).toEqual([column.where, { ok: true, value }]);
      if (column.unit) {
        expect([column.where, parseCell(`${text}${column.unit}`, column)]).toEqual([
          column.where,
          { ok: true, value },
        ]);
      }
      expect(parseCell('—', column).ok).toBe(false);
      expect(parseCell('', column)).toEqual({ ok: true, value: null });
    }
  });
});
