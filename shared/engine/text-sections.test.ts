// R1-1 (总体情况 written), R1-2 (text under every sub-heading), R5-1 (section 五 neither empty nor a placeholder).
import { seed003Draft } from '../test-support/seed-003';
import type { Draft } from '../draft/schema';
import { getFormat } from '../formats';
import { evaluate } from '.';

const f2021 = getFormat('gov-2021');
const texts = (patch: Record<string, string>): Draft => ({
  ...seed003Draft(),
  texts: { ...seed003Draft().texts, ...patch },
});
const issuesOf = (d: Draft, ruleId: string) => evaluate(f2021, d).issues.filter((i) => i.ruleId === ruleId);
const HEADINGS =
  '（一）主动公开\n（二）依申请公开\n（三）政府信息管理\n（四）政府信息公开平台建设\n（五）监督保障';

describe('R1-1 总体情况', () => {
  it.each([[''], [HEADINGS], ['（一）主动公开\n无']])('fires for %j and links 一', (s1) => {
    const [w] = issuesOf(texts({ s1 }), 'R1-1');
    expect(w?.sectionId).toBe('s1');
    expect(w?.message).toMatch(/^“一、总体情况”/);
  });
  it('stays silent on the seed text', () => expect(issuesOf(seed003Draft(), 'R1-1')).toEqual([]));
});

describe('R1-2 a sub-heading with nothing under it', () => {
  it('names the sub-heading', () => {
    const s1 = HEADINGS.replace('（一）主动公开', '（一）主动公开\n全年主动公开信息372条。').replace(
      '（二）依申请公开',
      '（二）依申请公开\n收到并处理依申请公开政府信息4条。',
    );
    const msgs = issuesOf(texts({ s1 }), 'R1-2').map((i) => i.message);
    expect(msgs).toHaveLength(3);
    expect(msgs[0]).toBe('“一、总体情况”的小标题“（三）政府信息管理”下没有正文：请补写或删去这个小标题');
  });
  it('accepts a heading with its text after a colon and numbered lines under a heading', () => {
    const s5 = '（一）存在的主要问题：信息更新不及时\n（二）改进情况\n1.建立定期检查机制';
    expect(issuesOf(texts({ s5 }), 'R1-2')).toEqual([]);
  });
});

describe('R5-1 section 五', () => {
  it.each([
    ['（一）存在的主要问题\n无\n（二）改进情况\n无'],
    ['/'],
    ['—'],
    ['本年度无。'],
    ['（一）存在的主要问题\n（二）改进情况'],
    [''],
  ])('fires for %j', (s5) => {
    const [w] = issuesOf(texts({ s5 }), 'R5-1');
    expect(w?.sectionId).toBe('s5');
  });
  it.each([
    ['（一）存在的主要问题：信息更新不及时\n（二）改进情况：建立月检机制'],
    ['（一）存在的主要问题\n信息更新不及时。\n（二）改进情况\n建立月检机制。'],
  ])('accepts a compact but complete 五: %j', (s5) => {
    expect(issuesOf(texts({ s5 }), 'R5-1')).toEqual([]);
  });
});
