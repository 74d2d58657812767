// R0-1: slips of an earlier report's year, not every other year.
import { seed003Draft } from '../test-support/seed-003';
import type { Draft } from '../draft/schema';
import { getFormat } from '../formats';
import { evaluate } from '.';

const f2021 = getFormat('gov-2021');
const r01 = (d: Draft) => evaluate(f2021, d).issues.filter((i) => i.ruleId === 'R0-1');
const withS5 = (s5: string): Draft => ({ ...seed003Draft(), texts: { ...seed003Draft().texts, s5 } });

describe('R0-1 in a 2024 report', () => {
  it.each([
    '针对2023年度报告指出的问题，我街道逐项整改。',
    '严格执行2019年修订的《条例》。',
    '依申请公开数量较2023年增长15%。',
    '围绕2035年远景目标推进政务公开。',
    '2019年以来，我街道持续完善制度。',
    '2025年将继续推进标准化规范化建设。',
  ])('stays silent on %s', (s) =>
    expect(r01(withS5(`${s}信息发布审核还不够严格，将加强培训。`))).toEqual([]),
  );
  it('catches last year’s title in the preamble', () => {
    const d = { ...seed003Draft(), preamble: '现发布《某某街道办事处2023年政府信息公开工作年度报告》。' };
    const [w] = r01(d);
    expect(w?.message).toBe(
      '前言出现“2023年”（“《某某街道办事处2023年政府信息公开工作年度报告》”），本报告为 2024 年度：请确认不是沿用了往年的文字',
    );
  });
  it('catches the title without 《》 and last year’s statistics period', () => {
    expect(
      r01({ ...seed003Draft(), preamble: '现公布区统计局2023年政府信息公开工作年度报告。' }),
    ).toHaveLength(1);
    expect(r01({ ...seed003Draft(), preamble: '统计期限自2023年1月1日起至12月31日止。' })).toHaveLength(1);
  });
  it('catches a sentence opening with last year and links the paragraph', () => {
    const [w] = r01(withS5('2023年，我街道政务公开工作存在不足。'));
    expect(w?.sectionId).toBe('s5');
  });
});
