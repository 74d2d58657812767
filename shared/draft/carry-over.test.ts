// Carry-over (formats.md §7): C1 across formats, C2 现行有效件数, C3/C4 in the 2019 format, C5 历年累计.
import { seed003Draft } from '../test-support/seed-003';
import { evaluate, fillBlanks, setCell } from '../engine';
import { getFormat } from '../formats';
import { carryOver, createDraft, snapshotOf } from './create';
import type { Draft } from './schema';

const cellsOf = (d: Draft, cells: Record<string, number>): Draft => ({
  ...d,
  cells: { ...d.cells, ...cells },
});

describe('C1: 2020 draft (2019 format) → 2021 draft (2021 format)', () => {
  const f2019 = getFormat('gov-2019');
  const last = cellsOf(fillBlanks(f2019, createDraft({ agency: '金谷园街道办事处', year: 2020 })), {
    't3.new.natural': 9,
    't3.new.commercial': 2,
    't3.granted.natural': 6,
    't3.carry_forward.natural': 3,
    't3.carry_forward.commercial': 2,
    't2_1.norms.total_public': 166,
  });
  const next = carryOver(last);
  const f2021 = getFormat('gov-2021');
  const ev = evaluate(f2021, next);

  it('creates a 2021-format draft for 2021', () => {
    expect(next.formatId).toBe('gov-2021');
    expect(next.year).toBe(2021);
    expect(next.agency).toBe('金谷园街道办事处');
  });
  it('fills 上年结转 per column from last year’s 结转下年度继续办理', () => {
    expect(ev.values['t3.carried.natural']).toBe(3);
    expect(ev.values['t3.carried.commercial']).toBe(2);
    expect(ev.values['t3.carried.research']).toBe(0);
    expect(ev.values['t3.carried.total']).toBe(5);
    expect(ev.linked['t3.carried.natural']?.ruleId).toBe('C1');
  });
  it('does not carry table 二 across the format change, nor this year’s figures', () => {
    expect(ev.values['t2_1.norms.valid']).toBeNull();
    expect(ev.values['t3.new.natural']).toBeNull();
    expect(Object.keys(next.cells)).toEqual([]);
  });
  it('keeps last year’s figures as the previous-year snapshot', () => {
    expect(next.previous?.year).toBe(2020);
    expect(next.previous?.cells['t3.carry_forward.total']).toBe(5);
  });
});

describe('C2: 2021 → 2022 gives the expected 现行有效件数', () => {
  const f2021 = getFormat('gov-2021');
  const last = cellsOf(fillBlanks(f2021, createDraft({ agency: '平潭', year: 2021 })), {
    't2_1.norms.valid': 665,
  });
  const next = carryOver(last);
  it('follows 上年 665 + 本年制发 − 本年废止', () => {
    const filled = cellsOf(next, { 't2_1.norms.issued': 88, 't2_1.norms.repealed': 55 });
    const ev = evaluate(f2021, filled);
    expect(ev.values['t2_1.norms.valid']).toBe(698);
    expect(ev.linked['t2_1.norms.valid']?.explain).toBe(
      '上年现行有效件数(665) + 本年制发件数(88) − 本年废止件数(55)',
    );
  });
  it('stays blank until this year’s figures are entered (blank is not zero)', () => {
    expect(evaluate(f2021, next).values['t2_1.norms.valid']).toBeNull();
  });
  it('an override needs a reason and is then reported as info, not a warning', () => {
    const filled = cellsOf(next, { 't2_1.norms.issued': 77, 't2_1.norms.repealed': 132 });
    expect(setCell(f2021, filled, 't2_1.norms.valid', 470).ok).toBe(false);
    const res = setCell(f2021, filled, 't2_1.norms.valid', 470, { reason: '开展规范性文件全面清理' });
    if (!res.ok) throw new Error(res.reason);
    const c2 = evaluate(f2021, res.draft).issues.filter((i) => i.ruleId === 'C2');
    expect(c2).toHaveLength(1);
    expect(c2[0]?.level).toBe('info');
    expect(c2[0]?.message).toContain('已说明原因：开展规范性文件全面清理');
  });
});

describe('cross-year checks against a given previous report (validate --previous)', () => {
  const f2021 = getFormat('gov-2021');
  it('C1 fails when 上年结转 differs from last year’s 结转下年度', () => {
    const last = cellsOf(seed003Draft(), { 't3.carry_forward.natural': 1, 't3.granted.natural': 1 });
    const cur = { ...seed003Draft(), year: 2025 };
    const ev = evaluate(f2021, cur, { previous: snapshotOf(last) });
    const c1 = ev.issues.filter((i) => i.ruleId === 'C1');
    expect(c1).toHaveLength(1);
    expect(c1[0]?.level).toBe('error');
    expect(c1[0]?.message).toBe(
      '表三“上年结转”行“自然人”列：按上年报告应为 上年“结转下年度继续办理”(1) = 1，但填写为 0',
    );
  });
  it('C1 passes when they agree, and a year gap is flagged', () => {
    const ev = evaluate(f2021, { ...seed003Draft(), year: 2025 }, { previous: snapshotOf(seed003Draft()) });
    expect(ev.issues.filter((i) => i.ruleId.startsWith('C'))).toEqual([]);
    const gap = evaluate(f2021, { ...seed003Draft(), year: 2026 }, { previous: snapshotOf(seed003Draft()) });
    expect(gap.issues.map((i) => i.ruleId)).toContain('C0');
  });
});

describe('C3/C4 in the 2019 format (2019 → 2020)', () => {
  const f2019 = getFormat('gov-2019');
  const last = cellsOf(fillBlanks(f2019, createDraft({ agency: '平潭', year: 2019 })), {
    't2_5.license.prior_count': 396,
    't2_5.license.change': 3,
    't2_6.penalty.prior_count': 2648,
    't2_6.penalty.change': -18,
    't2_1.norms.total_public': 89,
  });
  const next = carryOver(last);
  const ev = evaluate(f2019, cellsOf(next, { 't2_1.norms.published': 77 }));
  it('C3 carries 上一年项目数量 = last year’s 上一年项目数量 + 本年增/减', () => {
    expect(ev.values['t2_5.license.prior_count']).toBe(399);
    expect(ev.values['t2_6.penalty.prior_count']).toBe(2630);
  });
  it('C4 carries the 对外公开总数量 base: 89 + 77 = 166', () => {
    expect(ev.values['t2_1.norms.total_public']).toBe(166);
  });
});

describe('C5: pre-2019 历年累计 carries', () => {
  const fPre = getFormat('pre-2019');
  const last = cellsOf(fillBlanks(fPre, createDraft({ agency: '上海街道', year: 2017 })), {
    'stat.active_docs.year': 40,
    'stat.active_docs.cumulative': 247,
    'stat.requests.cumulative': 2,
  });
  it('历年累计(N) = 历年累计(N−1) + 本年(N)', () => {
    const next = cellsOf(carryOver(last), { 'stat.active_docs.year': 39, 'stat.requests.year': 0 });
    const ev = evaluate(fPre, next);
    expect(next.formatId).toBe('pre-2019');
    expect(ev.values['stat.active_docs.cumulative']).toBe(286);
    expect(ev.values['stat.requests.cumulative']).toBe(2);
  });
});

describe('carry-over keeps the header and skeleton, never this year’s prose', () => {
  const last = {
    ...seed003Draft(),
    contact: { address: '南宾街道', postcode: '409100', phone: '023-1234', email: '' },
  };
  const next = carryOver(last);
  it('keeps agency, contact and signature agency; clears the date', () => {
    expect(next.contact.phone).toBe('023-1234');
    expect(next.signature).toEqual({ agency: last.signature.agency, date: '' });
  });
  it('offers the section skeleton, not last year’s texts', () => {
    expect(next.texts.s1).toBe(
      '（一）主动公开\n（二）依申请公开\n（三）政府信息管理\n（四）政府信息公开平台建设\n（五）监督保障',
    );
    expect(next.texts.s6).toBe('');
    expect(next.preamble).toContain('2025年1月1日起至2025年12月31日止');
  });
  it('turns last year’s 五 into a checklist', () => {
    expect(next.checklist).toHaveLength(2);
    expect(next.checklist[0]?.text).toMatch(/^一是公开内容有待进一步深化/);
    expect(next.checklist.every((c) => !c.done)).toBe(true);
  });
});

describe('carry-over into another agency', () => {
  it('takes the new agency in the header, preamble and signature, and keeps last year as previous', () => {
    const prev = {
      ...createDraft({ agency: '甲街道办事处', year: 2024, now: '2025-01-01T00:00:00Z', id: 'p' }),
    };
    const next = carryOver(prev, { year: 2025, agency: '乙街道办事处' });
    expect([next.agency, next.signature.agency]).toEqual(['乙街道办事处', '乙街道办事处']);
    expect(next.preamble).toContain('乙街道办事处');
    expect(next.preamble).not.toContain('甲街道办事处');
    expect(next.previous?.agency).toBe('甲街道办事处');
    expect(carryOver(prev, { year: 2025 }).agency).toBe('甲街道办事处');
  });
});
