// 审核与汇总 core: exact sums of 万元, blank vs 需核对 semantics, provenance lines, refusals, review lines.
import { createDraft } from '../draft/create';
import type { Draft } from '../draft/schema';
import { exactSum, provenanceLine, reviewUnits, rollupUnits, type ReviewUnit } from './index';

const NOW = '2026-01-10T00:00:00.000Z';

function unit(agency: string, cells: Record<string, number | null>, extra: Partial<Draft> = {}): ReviewUnit {
  const d = createDraft({ agency, year: 2025, now: NOW, id: agency });
  return { file: `${agency}.json`, draft: { ...d, cells, ...extra }, unresolved: [] };
}

describe('exactSum', () => {
  it('adds 万元 decimals exactly and integers as they are; all blank is blank', () => {
    expect(exactSum([0.1, 0.2], 'decimal')).toBe(0.3);
    expect(exactSum([1.005, 2.000001, null], 'decimal')).toBe(3.005001);
    expect(exactSum([Array(10).fill(0.1)].flat(), 'decimal')).toBe(1);
    expect(exactSum([3, -5, null], 'signed-int')).toBe(-2);
    expect(exactSum([null, null], 'int')).toBeNull();
    expect(exactSum([], 'decimal')).toBeNull();
  });
});

describe('rollupUnits', () => {
  it('is blank only where every unit is blank, sums the known part and marks it otherwise', () => {
    const res = rollupUnits(
      [unit('甲', { 't3.new.natural': 2, 't3.new.research': 1 }), unit('乙', { 't3.new.natural': 3 })],
      { agency: '某区', year: 2025, now: NOW, id: 'total' },
    );
    if (!res.ok) throw new Error(res.message);
    expect(res.draft.cells['t3.new.natural']).toBe(5);
    expect(res.draft.cells['t3.new.research']).toBe(1);
    expect(res.draft.cells['t3.new.commercial']).toBeNull();
    expect(res.draft.rollup?.cells['t3.new.commercial']).toBeUndefined();
    expect(res.unresolved).toEqual(['t3.new.research']);
    expect(res.draft.rollup?.unresolved).toEqual(['t3.new.research']);
    expect(provenanceLine(res.draft.rollup!, 't3.new.research')).toBe(
      '需核对（有单位未填写或导入时未能确认）。各单位合计：甲 1，乙 未填',
    );
    expect(provenanceLine(res.draft.rollup!, 't3.new.natural')).toBe('各单位合计：甲 2，乙 3');
  });

  it('keeps a cell an import could not read as 需核对, even where it is blank everywhere', () => {
    const u = unit('甲', {});
    const unsure = {
      ...u,
      unresolved: [{ cell: 't4.cases.review_upheld', label: 'x', reason: 'y', source: 'z' }],
    };
    const res = rollupUnits([unsure, unit('乙', {})], { agency: '某区', year: 2025 });
    if (!res.ok) throw new Error(res.message);
    expect(res.draft.cells['t4.cases.review_upheld']).toBeNull();
    expect(res.draft.rollup?.cells['t4.cases.review_upheld']?.[0]).toEqual({
      unit: 0,
      value: null,
      unresolved: true,
    });
    expect(res.unresolved).toEqual(['t4.cases.review_upheld']);
  });

  it('names at most `limit` units in the provenance line', () => {
    const units = Array.from({ length: 15 }, (_, i) => unit(`单位${i}`, { 't3.new.natural': 1 }));
    const res = rollupUnits(units, { agency: '某区', year: 2025 });
    if (!res.ok) throw new Error(res.message);
    expect(res.draft.cells['t3.new.natural']).toBe(15);
    expect(provenanceLine(res.draft.rollup!, 't3.new.natural')).toMatch(/单位11 1……另有 3 个单位$/);
  });

  it('refuses nothing to sum, mixed years, mixed formats', () => {
    expect(rollupUnits([], { agency: '某区', year: 2025 })).toEqual({
      ok: false,
      message: '没有可汇总的报告',
    });
    const old = createDraft({ agency: '乙', year: 2024, now: NOW });
    const mixed = rollupUnits([unit('甲', {}), { file: 'b', draft: old, unresolved: [] }], {
      agency: '某区',
      year: 2025,
    });
    expect(mixed).toEqual({
      ok: false,
      message: '各单位报告的年度不一致（2024、2025），请只选同一年度的报告再汇总',
    });
    const f19 = createDraft({ agency: '乙', year: 2025, formatId: 'gov-2019', now: NOW });
    const formats = rollupUnits([unit('甲', {}), { file: 'b', draft: f19, unresolved: [] }], {
      agency: '某区',
      year: 2025,
    });
    expect(formats.ok).toBe(false);
  });
});

describe('reviewUnits', () => {
  it('compares the 成文日期 with the 公开期限 and finds last year’s report among the inputs', () => {
    const texts = {
      s1: '本年度认真贯彻落实政府信息公开条例，持续深化政务公开，切实保障人民群众的知情权参与权。',
    };
    const prevDraft = { ...createDraft({ agency: '甲 街道', year: 2024, now: NOW }), texts };
    const prev: ReviewUnit = { file: 'prev.json', draft: prevDraft, unresolved: [] };
    const cur = unit('甲街道', {}, { texts, signature: { agency: '甲街道', date: '2026-02-01' } });
    const [r] = reviewUnits([cur, prev], { deadline: '01-31' });
    expect(r).toMatchObject({
      deadline: '2026-01-31',
      timeliness: 'late',
      previousFile: 'prev.json',
      repeatRate: 1,
    });
    expect(r?.issues.some((i) => i.ruleId === 'D-1')).toBe(true);
    const [onTime] = reviewUnits([unit('乙', {}, { signature: { agency: '乙', date: '2026-01-31' } })]);
    expect(onTime).toMatchObject({ timeliness: 'ok', repeatRate: null, previousFile: null });
  });
});
