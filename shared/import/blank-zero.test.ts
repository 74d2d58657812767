// 空白即 0: empty grid cells read as 0 only where the table's printed totals add up with them as 0.
import { getFormat } from '../formats';
import { blankAsZero } from './blank-zero';
import { tableEquations } from './equations';

const format = getFormat('gov-2021');
const t4 = format.tables.find((t) => t.id === 't4');
if (!t4) throw new Error('gov-2021 has no 表四');
const eqs = tableEquations(format, t4);
const computed = new Set(format.computed.map((c) => c.cell));
const keys = t4.columns.map((c) => `t4.cases.${c.key}`);

/** 表四 printed as one grid row: a number, or null for an empty cell. */
function read(printed: readonly (number | null)[]) {
  const known = new Map<string, number>();
  printed.forEach((v, i) => {
    const k = keys[i];
    if (k && v !== null) known.set(k, v);
  });
  const blanks = printed.flatMap((v, i) => (v === null ? [i] : []));
  const result = blankAsZero(
    t4 as NonNullable<typeof t4>,
    [{ keys, blanks, computed: false }],
    eqs,
    known,
    computed,
  );
  return { result, known };
}

describe('空白即 0', () => {
  it('reads an empty cell as 0 when its printed total adds up with it as 0', () => {
    // 复议: 5 □ □ 2 → 7; 直接起诉 8 □ □ 1 → 9; 复议后起诉 all empty, total empty: nothing checks it.
    const { result, known } = read([5, null, null, 2, 7, 8, null, null, 1, 9, null, null, null, null, null]);
    expect([...(result?.cells ?? [])].sort()).toEqual(
      [
        't4.cases.review_corrected',
        't4.cases.review_other',
        't4.cases.direct_corrected',
        't4.cases.direct_other',
      ].sort(),
    );
    expect(known.get('t4.cases.review_corrected')).toBe(0);
    expect(known.has('t4.cases.after_upheld')).toBe(false);
    expect(result?.reason).toMatch(
      /^表四以空白表示 0：4 个印为空白的单元格按 0 读入.*另有 4 个空白单元格没有印出的合计可核对/,
    );
  });

  it('reads no empty cell of a table in which one printed total does not add up with the empty cells as 0', () => {
    // 5 □ □ 2 → 9: the empty cells hold 2 between them (or the total is a slip); the other group's are not read either.
    const { result, known } = read([5, null, null, 2, 9, 8, null, null, 1, 9, 0, 0, 0, 0, 0]);
    expect(result).toBeNull();
    expect(known.has('t4.cases.direct_corrected')).toBe(false);
  });

  it('reads an empty total as 0 only when every term it sums was read as 0', () => {
    // 复议 5 □ □ 2 → 7 (its empty cells read as 0); 直接起诉 □ □ □ □ with an empty total: nothing is printed there,
    // but 复议后起诉 0 0 0 0 → □: its terms are printed zeros, so its empty total is 0 too.
    const { result, known } = read([5, null, null, 2, 7, null, null, null, null, null, 0, 0, 0, 0, null]);
    expect(known.get('t4.cases.after_total')).toBe(0);
    expect(known.has('t4.cases.direct_total')).toBe(false);
    expect(known.has('t4.cases.direct_upheld')).toBe(false);
    expect(result?.cells).toContain('t4.cases.after_total');
  });

  it('never reads an empty total over figures as 0', () => {
    const { result, known } = read([5, 0, 0, 2, null, 8, 0, 0, 1, 9, 0, 0, 0, 0, 0]);
    expect(result).toBeNull();
    expect(known.has('t4.cases.review_total')).toBe(false);
  });
});
