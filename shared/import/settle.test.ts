// Joint settling of rows whose figures have several readings: narrowing one reading at a time, then the search.
import type { Equation } from './equations';
import type { Cellish, RowState } from './row-state';
import { settleJointly } from './settle';

const row = (name: string, readings: readonly (readonly number[])[]): RowState => ({
  row: { key: name, label: name, level: 1, kind: 'input' },
  keys: [`t.${name}.a`, `t.${name}.b`],
  candidates: readings.map((r) => r.map((value): Cellish => ({ value }))),
  kind: 'split',
  reason: '',
  source: '',
  partial: [],
  blanks: [],
  placed: true,
});

// Column sums: t.x.a + t.y.a = 5 and t.x.b + t.y.b = 3 (Σ coef·cell = 0 with the totals known).
const eqs: Equation[] = [
  {
    ruleId: 'A',
    terms: [
      { cell: 't.sum.a', coef: 1 },
      { cell: 't.x.a', coef: -1 },
      { cell: 't.y.a', coef: -1 },
    ],
  },
  {
    ruleId: 'B',
    terms: [
      { cell: 't.sum.b', coef: 1 },
      { cell: 't.x.b', coef: -1 },
      { cell: 't.y.b', coef: -1 },
    ],
  },
];
const totals = () =>
  new Map([
    ['t.sum.a', 5],
    ['t.sum.b', 3],
  ]);

describe('settleJointly', () => {
  it('drops readings no values of the other rows can complete, even when the search cannot run', () => {
    // x reads 5|0, 0|5 or 9|0; y reads 0|3 or 3|0. 9 exceeds the column sum whatever y reads; 0|5 exceeds 3.
    const x = row('x', [
      [5, 0],
      [0, 5],
      [9, 0],
    ]);
    const y = row('y', [
      [0, 3],
      [3, 0],
    ]);
    const settled = new Set<RowState>();
    const known = totals();
    settleJointly([x, y], settled, eqs, [], known, 0);
    expect(x.candidates.map((c) => c.map((v) => v.value))).toEqual([[5, 0]]);
    expect(settled.has(x)).toBe(true);
    expect(known.get('t.x.a')).toBe(5);
    // y is then 0|3, but only the search (or a second round) says so: with no search, the narrowing went on.
    expect(y.candidates.map((c) => c.map((v) => v.value))).toEqual([[0, 3]]);
  });

  it('leaves every reading when no combination is consistent (a published slip)', () => {
    const x = row('x', [
      [9, 0],
      [0, 9],
    ]);
    const y = row('y', [
      [0, 3],
      [3, 0],
    ]);
    settleJointly([x, y], new Set(), eqs, [], totals());
    expect(x.candidates).toHaveLength(2);
    expect(y.candidates).toHaveLength(2);
  });

  it('keeps several readings where the identities allow several', () => {
    const x = row('x', [
      [2, 1],
      [1, 2],
    ]);
    const y = row('y', [
      [3, 2],
      [4, 1],
    ]);
    const settled = new Set<RowState>();
    settleJointly([x, y], settled, eqs, [], totals());
    expect(x.candidates).toHaveLength(2);
    expect(settled.size).toBe(0);
  });
});
