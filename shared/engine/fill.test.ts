// setCell releases a printed total once an input of it is edited (F1); 空白填 0 fills carried blanks too (F6).
import { seed003Draft } from '../test-support/seed-003';
import { carryOver } from '../draft/create';
import type { Draft } from '../draft/schema';
import { getFormat } from '../formats';
import { evaluate, fillBlanks, FILLED_CARRIED_REASON, setCell, totalsOver } from '.';

const f2021 = getFormat('gov-2021');
const set = (d: Draft, key: string, v: number | null) => {
  const r = setCell(f2021, d, key, v);
  if (!r.ok) throw new Error(r.reason);
  return r.draft;
};

describe('printed totals of an imported report (F1)', () => {
  const imported: Draft = {
    ...seed003Draft(),
    stated: {
      't3.new.total': 4,
      't3.granted.total': 2,
      't3.results_total.natural': 4,
      't3.results_total.total': 4,
    },
  };
  it('totalsOver follows totals of totals', () => {
    expect(totalsOver(f2021, 't3.granted.natural').sort()).toEqual(
      ['t3.granted.total', 't3.results_total.natural', 't3.results_total.total'].sort(),
    );
  });
  it('are kept and compared while untouched', () => {
    const d = { ...imported, stated: { ...imported.stated, 't3.new.total': 9 } };
    expect(evaluate(f2021, d).issues.map((i) => i.ruleId)).toContain('R3-3');
  });
  it('are released when an input of theirs is edited, so a balanced table raises nothing', () => {
    let d = set(imported, 't3.new.natural', 5);
    d = set(d, 't3.granted.natural', 3);
    expect(d.stated).toEqual({});
    expect(evaluate(f2021, d).issues.filter((i) => i.level === 'error')).toEqual([]);
  });
  it('keeps the totals the edit does not feed', () => {
    const d = set(imported, 't3.new.natural', 4 + 0); // same value: nothing changes
    expect(d.stated).toEqual(imported.stated);
    const e = set(imported, 't3.new.commercial', 1);
    expect(Object.keys(e.stated).sort()).toEqual(
      ['t3.granted.total', 't3.results_total.natural', 't3.results_total.total'].sort(),
    );
  });
  it('reports the （七）总计 row’s 总计 column as R3-2', () => {
    const d = { ...imported, stated: { 't3.results_total.total': 7 } };
    const ids = evaluate(f2021, d).issues.map((i) => i.ruleId);
    expect(ids).toContain('R3-2');
    expect(ids).not.toContain('R3-3');
  });
});

describe('空白填 0 after carrying from a report with blanks (F6)', () => {
  const last = { ...seed003Draft(), cells: { ...seed003Draft().cells, 't3.carry_forward.natural': null } };
  it('fills the carried blanks with a reason, leaving nothing blank', () => {
    const next = carryOver(last, { year: 2025 });
    const before = evaluate(f2021, next);
    expect(before.blanks).toContain('t3.carried.natural');
    const r14 = before.issues.find((i) => i.ruleId === 'R3-4');
    expect(r14?.message).toContain('其中 1 个按上年结转但上年报告未填写');
    const filled = fillBlanks(f2021, next);
    expect(evaluate(f2021, filled).blanks).toEqual([]);
    expect(filled.overrides['t3.carried.natural']).toBe(FILLED_CARRIED_REASON);
  });
});

describe('reading a 需核对 cell', () => {
  const base = seed003Draft();
  const open: Draft = {
    ...base,
    cells: { ...base.cells, 't3.granted.natural': null, 't3.granted.commercial': null },
    stated: { ...base.stated, 't3.granted.total': 2 },
    unresolved: {
      't3.granted.natural': { source: '予以公开：2', reason: '该行只读到 1 个数字', candidates: [0, 2] },
      't3.granted.commercial': { source: '予以公开：2', reason: '该行只读到 1 个数字', candidates: [0, 2] },
      't3.granted.total': {
        source: '2',
        reason: '合计所含 2 个单元格需核对，报告印出的合计 2 已保留为依据',
        candidates: [],
      },
    },
  };
  it('keeps the printed total as evidence and settles it with its last open cell', () => {
    const one = set(open, 't3.granted.natural', 2);
    expect(one.stated['t3.granted.total']).toBe(2);
    expect(Object.keys(one.unresolved ?? {}).sort()).toEqual(['t3.granted.commercial', 't3.granted.total']);
    const both = set(one, 't3.granted.commercial', 0);
    expect(both.unresolved).toEqual({});
    expect(both.stated['t3.granted.total']).toBe(2);
  });
  it('an edit of a cell that was not 需核对 still releases the printed totals it feeds', () => {
    const edited = set(open, 't3.granted.research', 1);
    expect(edited.stated['t3.granted.total']).toBeUndefined();
  });
});
