// R3-5 (applications), R3-6 (结转) and R4-5 (复议/诉讼) read the tables through the format's roles.
import { seed003Draft } from '../test-support/seed-003';
import type { Draft } from '../draft/schema';
import { getFormat } from '../formats';
import { evaluate } from '.';
import { parseNumber } from './text-numbers';

const f2021 = getFormat('gov-2021');
const withS1 = (s1: string, cells: Record<string, number> = {}): Draft => {
  const d = seed003Draft();
  return { ...d, texts: { ...d.texts, s1 }, cells: { ...d.cells, ...cells } };
};
const issuesOf = (d: Draft, ruleId: string) => evaluate(f2021, d).issues.filter((i) => i.ruleId === ruleId);

describe('numbers in prose', () => {
  it.each([
    ['23', 23],
    ['２３', 23],
    ['二十三', 23],
    ['十二', 12],
    ['一百零五', 105],
    ['两', 2],
    ['三千二百', 3200],
    ['二〇二〇', 2020],
  ])('%s = %d', (s, n) => expect(parseNumber(s)).toBe(n));
});

describe('R3-5 counts only 政府信息公开申请', () => {
  it.each([
    '全年受理行政许可申请264件，收到并处理依申请公开政府信息4条。',
    '收到行政复议申请1件。本年收到政府信息公开申请4件。',
    '办理低保申请35件，收到政府信息公开申请4件。',
    '本年度共收到政府信息公开申请四件，结转下年度0件。',
    '本年度共收到政府信息公开申请４件。',
    '上年结转2件，本年收到政府信息公开申请4件。',
  ])('stays silent on %s', (s1) => expect(issuesOf(withS1(s1), 'R3-5')).toEqual([]));
  it.each([
    ['本年度共收到政府信息公开申请二十三件。', '收到政府信息公开申请二十三件'],
    ['全年受理政府信息公开申请６件。', '受理政府信息公开申请６件'],
  ])('fires on %s and names the cell', (s1, phrase) => {
    const [w] = issuesOf(withS1(s1), 'R3-5');
    expect(w?.cells).toEqual(['t3.new.total']);
    expect(w?.sectionId).toBe('s1');
    expect(w?.message).toContain(`“${phrase}”`);
    expect(w?.message).toContain('表三本年新收申请为 4 件');
  });
});

describe('R3-6 结转 in the text vs 表三', () => {
  const cells = { 't3.carry_forward.natural': 2, 't3.unable_none.natural': 0 };
  it('stays silent when 「结转下年度2件」 matches row 四', () => {
    expect(issuesOf(withS1('收到政府信息公开申请4件，结转下年度继续办理2件。', cells), 'R3-6')).toEqual([]);
  });
  it('fires when the text names another figure, naming row 四', () => {
    const [w] = issuesOf(withS1('收到政府信息公开申请4件，结转下年度3件。', cells), 'R3-6');
    expect(w?.cells).toEqual(['t3.carry_forward.total']);
    expect(w?.message).toBe(
      '“一、总体情况”写到“结转下年度3件”，但表三“四、结转下年度继续办理”为 2 件，请核对',
    );
  });
  it('fires on 「上年结转X件」 against row 二', () => {
    const [w] = issuesOf(withS1('收到政府信息公开申请4件，上年结转申请1件。'), 'R3-6');
    expect(w?.cells).toEqual(['t3.carried.total']);
  });
});

describe('R4-5 行政复议/行政诉讼 in the text vs 表四', () => {
  it('stays silent when the figures match and on 复议 the office decides as 复议机关', () => {
    const d = withS1(
      '收到政府信息公开申请4件。因政府信息公开被申请行政复议0件，被提起行政诉讼0件。全年办理行政复议案件120件。',
    );
    expect(issuesOf(d, 'R4-5')).toEqual([]);
  });
  it('fires on 复议 and names the 复议 总计', () => {
    const [w] = issuesOf(withS1('收到政府信息公开申请4件，因政府信息公开被申请行政复议2件。'), 'R4-5');
    expect(w?.cells).toEqual(['t4.cases.review_total']);
    expect(w?.message).toContain('但表四行政复议总计为 0 件');
  });
  it('compares 诉讼 with both 诉讼 总计', () => {
    const d = withS1('收到政府信息公开申请4件，涉及政府信息公开的行政诉讼3件。', {
      't4.cases.direct_upheld': 1,
      't4.cases.after_upheld': 1,
    });
    const [w] = issuesOf(d, 'R4-5');
    expect(w?.cells).toEqual(['t4.cases.direct_total', 't4.cases.after_total']);
    expect(w?.message).toContain('行政诉讼总计为 2 件');
    const ok = withS1('收到政府信息公开申请4件，涉及政府信息公开的行政诉讼2件。', {
      't4.cases.direct_upheld': 1,
      't4.cases.after_upheld': 1,
    });
    expect(issuesOf(ok, 'R4-5')).toEqual([]);
  });
});
