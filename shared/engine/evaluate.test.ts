// Engine rules, each with a passing and a failing case, on figures from seed 003 and hand-made drafts.
import { seed003Draft } from '../test-support/seed-003';
import { createDraft } from '../draft/create';
import type { Draft } from '../draft/schema';
import { getFormat } from '../formats';
import { evaluate, fillBlanks, setCell } from '.';

const f2021 = getFormat('gov-2021');
const f2019 = getFormat('gov-2019');
const fPre = getFormat('pre-2019');
const ids = (d: Draft, level = 'error') =>
  evaluate(getFormat(d.formatId), d)
    .issues.filter((i) => i.level === level)
    .map((i) => i.ruleId);
const withCells = (d: Draft, cells: Record<string, number | null>): Draft => ({
  ...d,
  cells: { ...d.cells, ...cells },
});

describe('seed 003 (2024, 2021 format)', () => {
  it('balances: no errors and no warnings', () => {
    const ev = evaluate(f2021, seed003Draft());
    expect(ev.issues).toEqual([]);
    expect(ev.values['t3.results_total.natural']).toBe(4);
    expect(ev.values['t3.results_total.total']).toBe(4);
    expect(ev.values['t3.new.total']).toBe(4);
    expect(ev.values['t4.cases.review_total']).toBe(0);
  });

  it('fails R3-1 naming the 自然人 column when 本年新收 自然人 changes', () => {
    const d = withCells(seed003Draft(), { 't3.new.natural': 5 });
    const issues = evaluate(f2021, d).issues.filter((i) => i.ruleId === 'R3-1');
    expect(issues).toHaveLength(2); // the 自然人 column and the 总计 column
    expect(issues[0]?.message).toBe(
      '表三“自然人”列：本年新收(5) + 上年结转(0) = 5，但办理结果总计(4) + 结转下年度(0) = 4，两者应相等',
    );
    expect(issues[0]?.cells).toContain('t3.new.natural');
    expect(issues[1]?.message).toContain('表三“总计”列');
  });
});

describe('blank is not zero', () => {
  it('reports blank input cells per table (R2-1, R3-4, R4-4) and fillBlanks clears them', () => {
    const d = createDraft({ agency: '某街道办事处', year: 2024 });
    const ev = evaluate(f2021, d);
    expect(ev.blanks).toHaveLength(10 + 24 * 6 + 12); // 表二 10, 表三 24 input rows × 6, 表四 12
    expect(new Set(ev.issues.filter((i) => i.level === 'error').map((i) => i.ruleId))).toEqual(
      new Set(['R2-1', 'R3-4', 'R4-4']),
    );
    expect(ev.values['t3.new.total']).toBeNull();
    const filled = fillBlanks(f2021, d);
    expect(ids(filled)).toEqual([]);
    expect(evaluate(f2021, filled).values['t3.new.total']).toBe(0);
  });

  it('names up to three blank cells', () => {
    const d = withCells(seed003Draft(), { 't2_5.license.decisions': null });
    const issue = evaluate(f2021, d).issues.find((i) => i.ruleId === 'R2-1');
    expect(issue?.message).toBe(
      '表二（第二十条第（五）项）“行政许可”行“本年处理决定数量”列未填写（没有发生的请填 0）',
    );
  });
});

describe('totals stated in an imported report (R3-2, R3-3, R4-1..3)', () => {
  it('pass when the printed totals match the parts', () => {
    const d = {
      ...seed003Draft(),
      stated: { 't3.results_total.natural': 4, 't3.new.total': 4, 't4.cases.review_total': 0 },
    };
    expect(ids(d)).toEqual([]);
  });
  it.each([
    [
      't3.results_total.natural',
      21,
      'R3-2',
      '表三“（七）总计”行“自然人”列：报告中填写为 21，但各项之和为 4（修改其中任一项后以各项之和为准）',
    ],
    [
      't3.granted.total',
      3,
      'R3-3',
      '表三“（一）予以公开”行“总计”列：报告中填写为 3，但各项之和为 2（修改其中任一项后以各项之和为准）',
    ],
    [
      't4.cases.review_total',
      1,
      'R4-1',
      '表四“行政复议”总计：报告中填写为 1，但各项之和为 0（修改其中任一项后以各项之和为准）',
    ],
    [
      't4.cases.direct_total',
      2,
      'R4-2',
      '表四“行政诉讼（未经复议直接起诉）”总计：报告中填写为 2，但各项之和为 0（修改其中任一项后以各项之和为准）',
    ],
    [
      't4.cases.after_total',
      5,
      'R4-3',
      '表四“行政诉讼（复议后起诉）”总计：报告中填写为 5，但各项之和为 0（修改其中任一项后以各项之和为准）',
    ],
  ])('fail when %s is printed as %d', (cell, stated, ruleId, message) => {
    const d = { ...seed003Draft(), stated: { [cell]: stated } };
    const issue = evaluate(f2021, d).issues.find((i) => i.ruleId === ruleId);
    expect(issue?.message).toBe(message);
  });
});

describe('2019 format R2-3 (warning)', () => {
  const base = fillBlanks(f2019, createDraft({ agency: '万东镇人民政府', year: 2019 }));
  it('passes when 对外公开总数量 ≥ 本年新公开数量 ≤ 本年新制作数量', () => {
    const d = withCells(base, {
      't2_1.norms.made': 13,
      't2_1.norms.published': 13,
      't2_1.norms.total_public': 60,
    });
    expect(ids(d, 'warning')).not.toContain('R2-3');
  });
  it('warns when 本年新公开数量 exceeds 对外公开总数量', () => {
    const d = withCells(base, {
      't2_1.norms.made': 13,
      't2_1.norms.published': 13,
      't2_1.norms.total_public': 5,
    });
    const w = evaluate(f2019, d).issues.find((i) => i.ruleId === 'R2-3');
    expect(w?.level).toBe('warning');
    expect(w?.message).toBe('表二“规范性文件”：对外公开总数量(5) 小于 本年新公开数量(13)，通常应不小于');
  });
  it('accepts a negative 本年增/减', () => {
    const d = withCells(base, { 't2_6.penalty.prior_count': 30, 't2_6.penalty.change': -18 });
    expect(ids(d)).toEqual([]);
  });
  it('refuses a 本年增/减 that takes the number of items below zero (R2-4)', () => {
    const d = withCells(base, { 't2_6.penalty.prior_count': 10, 't2_6.penalty.change': -18 });
    const [e] = evaluate(f2019, d).issues.filter((i) => i.ruleId === 'R2-4');
    expect(e?.level).toBe('error');
    expect(e?.cells).toEqual(['t2_6.penalty.prior_count', 't2_6.penalty.change']);
    expect(e?.message).toBe(
      '表二“行政处罚”本年项目数量（上一年项目数量 + 本年增/减）：上一年项目数量(10) + 本年增/减(-18) = -8，不能为负数，请核对',
    );
  });
});

describe('pre-2019 统计表 (P-1..3, warnings)', () => {
  const base = fillBlanks(fPre, createDraft({ agency: '上海街道', year: 2018 }));
  it('passes on seed 004 figures', () => {
    const d = withCells(base, {
      'stat.active_docs.year': 39,
      'stat.active_docs.cumulative': 286,
      'stat.active_web.year': 39,
      'stat.active_web.cumulative': 286,
      'stat.requests.cumulative': 2,
      'stat.req_online.cumulative': 2,
      'stat.replies.cumulative': 2,
      'stat.reply_granted.cumulative': 2,
    });
    expect(ids(d, 'warning').filter((r) => r.startsWith('P-'))).toEqual([]);
  });
  it('warns when the parts exceed or do not add up', () => {
    const d = withCells(base, { 'stat.active_web.year': 3, 'stat.requests.year': 2, 'stat.replies.year': 1 });
    expect(
      ids(d, 'warning')
        .filter((r) => r.startsWith('P-'))
        .sort(),
    ).toEqual(['P-1', 'P-2', 'P-3']);
  });
});

describe('setCell', () => {
  it('refuses computed cells and unknown keys', () => {
    const d = seed003Draft();
    const r1 = setCell(f2021, d, 't3.results_total.natural', 3);
    expect(r1.ok).toBe(false);
    expect(setCell(f2021, d, 't9.x.y', 3).ok).toBe(false);
    const r2 = setCell(f2021, d, 't3.new.natural', 7);
    expect(r2.ok && evaluate(f2021, r2.draft).values['t3.new.total']).toBe(7);
  });
});
