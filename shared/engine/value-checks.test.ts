// Values: format vs year (R0-4), negative carried figures (R0-5), 历年累计 (P-4), incomplete totals, 成文日期 (R0-3),
// agency-decided checks (R2-2, R6-2) and another agency's report as last year's (C7).
import { seed003Draft } from '../test-support/seed-003';
import { carryOver, createDraft, snapshotOf } from '../draft/create';
import type { Draft } from '../draft/schema';
import { getFormat } from '../formats';
import { evaluate, fillBlanks, setCell } from '.';

const f2021 = getFormat('gov-2021');
const fPre = getFormat('pre-2019');
const issuesOf = (d: Draft, ruleId: string, opts = {}) =>
  evaluate(getFormat(d.formatId), d, opts).issues.filter((i) => i.ruleId === ruleId);

describe('a consistent, complete report', () => {
  it('raises nothing at all', () => expect(evaluate(f2021, seed003Draft()).issues).toEqual([]));
});

describe('R0-4 format vs year', () => {
  it('fires for a 2022 report in the 2019 format', () => {
    const d = fillBlanks(
      getFormat('gov-2019'),
      createDraft({ agency: '某镇', year: 2022, formatId: 'gov-2019' }),
    );
    const [e] = issuesOf(d, 'R0-4');
    expect(e?.level).toBe('error');
    expect(e?.message).toContain('2022 年度的报告应使用2021年版国家格式');
  });
  it('stays silent when the format fits', () => expect(issuesOf(seed003Draft(), 'R0-4')).toEqual([]));
});

describe('R0-5 a carried 现行有效件数 that comes out negative', () => {
  const last = { ...seed003Draft(), cells: { ...seed003Draft().cells, 't2_1.norms.valid': 10 } };
  const next = (repealed: number) => {
    const d = fillBlanks(f2021, carryOver(last, { year: 2025 }));
    const r = setCell(f2021, d, 't2_1.norms.repealed', repealed);
    if (!r.ok) throw new Error(r.reason);
    return r.draft;
  };
  it('fires for 10 + 0 − 15 and names the cell', () => {
    const [e] = issuesOf(next(15), 'R0-5');
    expect(e?.cells).toEqual(['t2_1.norms.valid']);
    expect(e?.message).toContain('= -5，不能为负数');
    expect(e?.message).toMatch(/^表二（第二十条第（一）项） 行政规范性文件 现行有效件数/);
  });
  it('stays silent for 10 + 0 − 4', () => expect(issuesOf(next(4), 'R0-5')).toEqual([]));
});

describe('P-4 历年累计 below 本年', () => {
  const base = fillBlanks(fPre, createDraft({ agency: '上海街道', year: 2017 }));
  it('fires and names both cells', () => {
    const d = { ...base, cells: { ...base.cells, 'stat.reviews.year': 3, 'stat.reviews.cumulative': 1 } };
    const [e] = issuesOf(d, 'P-4');
    expect(e?.cells).toEqual(['stat.reviews.cumulative', 'stat.reviews.year']);
  });
  it('stays silent when 历年累计 ≥ 本年', () => {
    const d = { ...base, cells: { ...base.cells, 'stat.reviews.year': 3, 'stat.reviews.cumulative': 5 } };
    expect(issuesOf(d, 'P-4')).toEqual([]);
  });
});

describe('incomplete totals', () => {
  it('marks a total over blank inputs and never carries it', () => {
    const d = { ...seed003Draft(), cells: { ...seed003Draft().cells, 't3.granted.commercial': null } };
    const ev = evaluate(f2021, d);
    expect(ev.values['t3.granted.total']).toBe(2);
    expect(ev.incomplete).toContain('t3.granted.total');
    expect(ev.incomplete).toContain('t3.results_total.total');
    expect(ev.incomplete).not.toContain('t3.new.total');
    expect(snapshotOf(d).cells['t3.granted.total']).toBeNull();
    expect(snapshotOf(d).cells['t3.new.total']).toBe(4);
  });
});

describe('R0-3 成文日期', () => {
  const signed = (date: string) => ({ ...seed003Draft(), signature: { ...seed003Draft().signature, date } });
  it('fires after the 公开期限 (default 1月31日)', () => {
    const [w] = issuesOf(signed('2025-02-10'), 'R0-3');
    expect(w?.message).toBe(
      '成文日期（2025年2月10日）晚于公开期限（2025年1月31日）：年度报告应在期限前公布，请核对日期',
    );
  });
  it('follows the deadline of the settings', () => {
    expect(issuesOf(signed('2025-02-10'), 'R0-3', { deadline: '03-31' })).toEqual([]);
  });
  it('refuses an impossible date as an error', () => {
    const [e] = issuesOf(signed('2025-02-30'), 'R0-3');
    expect(e?.level).toBe('error');
    expect(issuesOf(signed('2025-02-30'), 'R0-2')).toEqual([]);
  });
  it('stays silent before the deadline', () => expect(issuesOf(signed('2025-01-20'), 'R0-3')).toEqual([]));
});

describe('R2-2 规章 from an office that cannot make them', () => {
  const rules = (agency: string) => ({
    ...seed003Draft(),
    agency,
    signature: { agency, date: '2025-01-20' },
    cells: { ...seed003Draft().cells, 't2_1.rules.issued': 2, 't2_1.rules.valid': 2 },
  });
  it.each(['南宾街道办事处', '万东镇人民政府', '石柱县教育局', '福州市台江区人民政府'])(
    'fires for %s',
    (a) => {
      const [w] = issuesOf(rules(a), 'R2-2');
      expect(w?.cells).toEqual(['t2_1.rules.issued', 't2_1.rules.valid']);
      expect(w?.message).toContain('表二“规章”行填写了 4 件');
    },
  );
  it.each(['上海市人民政府', '福建省交通运输厅', '广西壮族自治区人民政府'])('stays silent for %s', (a) => {
    expect(issuesOf(rules(a), 'R2-2')).toEqual([]);
  });
});

describe('R6-2 各级人民政府 state 考核、评议、追究', () => {
  const gov = (s6: string) => ({
    ...seed003Draft(),
    agency: '万东镇人民政府',
    signature: { agency: '万东镇人民政府', date: '2025-01-20' },
    texts: { ...seed003Draft().texts, s6 },
  });
  it('fires when missing and links section 六', () => {
    const [w] = issuesOf(gov('本年度未收取信息处理费。'), 'R6-2');
    expect(w?.sectionId).toBe('s6');
    expect(w?.message).toContain('正文未写“工作考核”、“社会评议”、“责任追究结果”');
  });
  it('stays silent when stated', () => {
    const s6 = '本年度未收取信息处理费。政务公开工作纳入年度绩效考核，开展社会评议1次，未发生责任追究情况。';
    expect(issuesOf(gov(s6), 'R6-2')).toEqual([]);
  });
  it('does not apply to a 街道办事处', () => expect(issuesOf(seed003Draft(), 'R6-2')).toEqual([]));
});

describe('C7 last year’s report of another agency', () => {
  const other = { ...seed003Draft(), agency: '某县教育局', year: 2024 };
  const next = { ...carryOver(seed003Draft(), { year: 2025 }) };
  it('says so and compares nothing (validate --previous)', () => {
    const ev = evaluate(f2021, next, { previous: snapshotOf(other) });
    expect(ev.issues.filter((i) => i.ruleId.startsWith('C')).map((i) => i.ruleId)).toEqual(['C7']);
    expect(ev.issues.find((i) => i.ruleId === 'C7')?.message).toContain('“某县教育局”的报告');
  });
  it('stays silent for the same office spelt shorter', () => {
    const same = { ...seed003Draft(), agency: '南宾街道办事处' };
    expect(issuesOf(next, 'C7', { previous: snapshotOf(same) })).toEqual([]);
  });
});
