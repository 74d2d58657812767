// Text checks: R3-5 figures in 总体情况, R0-1 foreign years, R5-1 empty 五, R6-1 信息处理费, T-1 repeated text.
import { seed003Draft, SEED_003_TEXTS } from '../test-support/seed-003';
import { carryOver } from '../draft/create';
import type { Draft } from '../draft/schema';
import { getFormat } from '../formats';
import { evaluate, repeatRatio } from '.';

const f2021 = getFormat('gov-2021');
const texts = (d: Draft, patch: Record<string, string>): Draft => ({ ...d, texts: { ...d.texts, ...patch } });
const issuesOf = (d: Draft, ruleId: string) => evaluate(f2021, d).issues.filter((i) => i.ruleId === ruleId);

describe('R3-5 figures named in 一 vs table 三', () => {
  it('passes when the text names the number received (seed 003: 收到并处理…4条)', () => {
    expect(issuesOf(seed003Draft(), 'R3-5')).toEqual([]);
  });
  it('warns when the text names another number', () => {
    const d = texts(seed003Draft(), {
      s1: SEED_003_TEXTS.s1.replace('收到并处理依申请公开政府信息4条', '收到并处理依申请公开政府信息6条'),
    });
    const [w] = issuesOf(d, 'R3-5');
    expect(w?.level).toBe('warning');
    expect(w?.sectionId).toBe('s1');
    expect(w?.message).toContain('表三本年新收申请为 4 件');
  });
  it('warns when applications were received but 一 does not mention them', () => {
    const d = texts(seed003Draft(), { s1: '（一）主动公开\n今年南宾街道政府网站发布信息共372条。' });
    expect(issuesOf(d, 'R3-5')[0]?.message).toContain('未写依申请公开的办理情况');
  });
});

describe('R0-1 a year that is not the report year', () => {
  it('passes for the report year, the next year and document numbers', () => {
    const d = texts(seed003Draft(), {
      s6: '依据国办公开办函〔2021〕30号和《2021年工作要点》，2025年将继续推进。' + SEED_003_TEXTS.s6,
    });
    expect(issuesOf(d, 'R0-1')).toEqual([]);
  });
  it('warns about a year copied from last year', () => {
    const d = texts(seed003Draft(), { s5: '2023年我街道政务公开工作存在不足。' });
    const [w] = issuesOf(d, 'R0-1');
    expect(w?.message).toBe(
      '“五、存在的主要问题及改进情况”出现“2023年”，本报告为 2024 年度：请确认不是沿用了往年的文字',
    );
  });
  it('checks the preamble too', () => {
    const d = { ...seed003Draft(), preamble: '统计期限为2023年1月1日至2023年12月31日。' };
    expect(issuesOf(d, 'R0-1')[0]?.message).toMatch(/^前言出现“2023年”/);
  });
});

describe('R5-1 section 五 empty or 无', () => {
  it.each([[''], ['（一）存在的主要问题\n（二）改进情况'], ['无'], ['无。']])('warns for %j', (s5) => {
    expect(issuesOf(texts(seed003Draft(), { s5 }), 'R5-1')).toHaveLength(1);
  });
  it('passes when problems are written', () => {
    expect(issuesOf(seed003Draft(), 'R5-1')).toEqual([]);
  });
});

describe('R6-1 信息处理费 stated in 六 (not table 二 行政事业性收费)', () => {
  it('warns when 六 says only 无, even though table 二 has a 收费 amount of 0', () => {
    const d = texts(seed003Draft(), { s6: '无' });
    expect(issuesOf(d, 'R6-1')).toHaveLength(1);
  });
  it('does not look at table 二 fees: a fee amount does not satisfy or trigger it', () => {
    const d = { ...seed003Draft(), cells: { ...seed003Draft().cells, 't2_8.fees.amount': 12.5 } };
    expect(issuesOf(d, 'R6-1')).toEqual([]);
  });
  it('asks for 收费通知 when table 三 （六）2 > 0 and 六 is silent', () => {
    const base = seed003Draft();
    const d = texts(
      { ...base, cells: { ...base.cells, 't3.other_fee.natural': 1, 't3.new.natural': 5 } },
      { s6: '本年度无其他需要报告的事项。' },
    );
    const msgs = issuesOf(d, 'R6-1').map((i) => i.message);
    expect(msgs).toHaveLength(2);
    expect(msgs[1]).toContain('逾期未缴纳信息处理费');
  });
});

describe('T-1 text repeated from last year', () => {
  const last = seed003Draft();
  it('warns when 五 is copied from last year', () => {
    const next = texts(carryOver(last, { year: 2025 }), { s5: SEED_003_TEXTS.s5 });
    const [w] = evaluate(f2021, next).issues.filter((i) => i.ruleId === 'T-1');
    expect(w?.sectionId).toBe('s5');
    expect(w?.message).toMatch(/与 2024 年度报告有 100% 的文字相同/);
  });
  it('passes for rewritten text', () => {
    const next = texts(carryOver(last, { year: 2025 }), {
      s5: '本年度依申请公开答复的规范性仍需加强，个别答复书援引条款不够准确。下一步将组织专题培训，建立答复书模板库并实行法律顾问审核。',
    });
    expect(evaluate(f2021, next).issues.filter((i) => i.ruleId === 'T-1')).toEqual([]);
  });
  it('repeatRatio measures the shared share of this year’s text', () => {
    expect(repeatRatio('甲乙丙丁戊己庚辛壬癸子丑', '甲乙丙丁戊己庚辛壬癸子丑')).toBe(1);
    expect(repeatRatio('甲乙丙丁戊己庚辛壬癸子丑', '寅卯辰巳午未申酉戌亥')).toBe(0);
  });
});

describe('R0-2 signature block', () => {
  const sign = (date: string, agency = '石柱土家族自治县人民政府南宾街道办事处'): Draft => ({
    ...seed003Draft(),
    signature: { agency, date },
  });
  it('passes for a date after the report year (seed 003: 2025年1月20日)', () => {
    expect(issuesOf(seed003Draft(), 'R0-2')).toEqual([]);
  });
  it.each([
    ['', '成文日期未填写：打印盖章前请在“机关名称、成文日期、前言”中填写'],
    ['2024-12-01', '成文日期（2024年12月1日）不晚于报告年度结束（2024年12月31日），请核对'],
    ['2026-01-20', '成文日期（2026年1月20日）比报告年度晚一年以上，请核对是否沿用了往年的日期'],
  ])('warns for %j', (date, message) => {
    const [w] = issuesOf(sign(date), 'R0-2');
    expect(w?.message).toBe(message);
    expect(w?.level).toBe('warning');
  });
  it('warns when no agency is named anywhere', () => {
    const d = { ...sign('2025-01-20', ''), agency: ' ' };
    expect(issuesOf(d, 'R0-2').map((i) => i.message)).toEqual(['落款的机关名称未填写']);
  });
});

describe('T-1 ignores boilerplate and sees short numbered lines', () => {
  const last = seed003Draft();
  it('does not count the 信息处理费 sentence and the like as copied', () => {
    const six =
      '本机关未收取信息处理费。本报告中所列数据的统计期限自1月1日起至12月31日止。如对本报告有疑问，请与本机关联系。';
    const prev = texts(last, { s6: six });
    const next = texts(carryOver(prev, { year: 2025 }), { s6: six });
    expect(evaluate(f2021, next).issues.filter((i) => i.ruleId === 'T-1')).toEqual([]);
  });
  it('catches 一 copied in short numbered lines', () => {
    const s1 = [
      '（一）主动公开政府信息372条',
      '（二）收到政府信息公开申请4件',
      '（三）召开政务公开工作会议6次',
      '（四）设置线下政务公开专区1个',
      '（五）开展监督检查5次',
    ].join('\n');
    const next = texts(carryOver(texts(last, { s1 }), { year: 2025 }), { s1 });
    const [w] = evaluate(f2021, next).issues.filter((i) => i.ruleId === 'T-1');
    expect(w?.sectionId).toBe('s1');
    expect(w?.message).toContain('100% 的文字相同');
  });
});
