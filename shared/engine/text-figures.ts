// Figures named in the prose vs the tables: applications received (R3-5), 结转 (R3-6), 复议/诉讼 (R4-5).
import type { TextRule } from '../formats';
import { NUMBER, parseNumber, sentences } from './text-numbers';
import { headingOf, proseOf, roleCell, roleValue, textIssue, type TextContext } from './text-context';
import type { Issue } from './types';

const UNIT = '(?:件|条|个|宗|份|起)';
const GAP = '[^。；，,0-9０-９]';
/** What counts as a 政府信息公开申请 (not 行政许可申请, 行政复议申请, 低保申请 …). */
const APPLICATION = '(?:政府信息公开申请|信息公开申请|公开申请|依申请公开(?:政府信息)?(?:申请)?)';
const CLAIMS = [
  new RegExp(
    `(?:收到|受理|新收|接收|办理|处理)${GAP}{0,16}?${APPLICATION}${GAP}{0,12}?(${NUMBER})\\s*${UNIT}`,
  ),
  new RegExp(`${APPLICATION}${GAP}{0,12}?(?:收到|受理|新收|共计?|合计)${GAP}{0,8}?(${NUMBER})\\s*${UNIT}`),
];
const CARRY_FORWARD = [
  new RegExp(`结转(?:至|到)?下一?年度?(?:继续办理|办理)?${GAP}{0,6}?(${NUMBER})\\s*${UNIT}`),
  new RegExp(`(${NUMBER})\\s*${UNIT}${GAP}{0,8}?结转(?:至|到)?下一?年`),
];
const CARRIED = [new RegExp(`上一?年度?结转${GAP}{0,10}?(${NUMBER})\\s*${UNIT}`)];
const REVIEW = new RegExp(`行政复议(?![、和及与])${GAP}{0,8}?(${NUMBER})\\s*${UNIT}`);
const SUIT = new RegExp(`行政诉讼(?![、和及与])${GAP}{0,8}?(${NUMBER})\\s*${UNIT}`);

interface Claim {
  readonly phrase: string;
  readonly value: number;
}

function firstClaim(sentence: string, patterns: readonly RegExp[]): Claim | null {
  for (const re of patterns) {
    const m = re.exec(sentence);
    const value = m?.[1] ? parseNumber(m[1]) : null;
    if (m && value !== null) return { phrase: m[0].trim(), value };
  }
  return null;
}

/** R3-5: the number of applications 总体情况 names vs 表三 本年新收 (or 新收 + 结转, or 办理结果总计). */
export function figuresInText(ctx: TextContext, rule: TextRule): Issue[] {
  const sid = ctx.format.overviewSectionId;
  const cell = roleCell(ctx, 'applicationsReceived');
  const received = roleValue(ctx, 'applicationsReceived');
  if (!sid || !cell || received === null) return [];
  const carried = roleValue(ctx, 'applicationsCarried');
  const concluded = roleValue(ctx, 'applicationsConcluded');
  const accepted = new Set<number>([received]);
  if (carried !== null) accepted.add(received + carried);
  if (concluded !== null) accepted.add(concluded);
  const text = ctx.draft.texts[sid] ?? '';
  const heading = headingOf(ctx.format, sid);
  const issues: Issue[] = [];
  for (const s of sentences(text)) {
    // A clause about 结转 is R3-6's.
    const rest = s
      .split(/[，,]/)
      .filter((c) => !/结转/.test(c))
      .join('，');
    const claim = firstClaim(rest, CLAIMS);
    if (!claim || accepted.has(claim.value)) continue;
    issues.push(
      textIssue(
        rule,
        `“${heading}”写到“${claim.phrase}”，但表三本年新收申请为 ${received} 件${
          carried ? `（另有上年结转 ${carried} 件）` : ''
        }，请核对`,
        { sectionId: sid, cells: [cell], quote: claim.phrase },
      ),
    );
  }
  if (issues.length === 0 && received + (carried ?? 0) > 0 && !/申请/.test(text)) {
    issues.push(
      textIssue(rule, `表三本年新收申请 ${received} 件，但“${heading}”未写依申请公开的办理情况`, {
        sectionId: sid,
        cells: [cell],
      }),
    );
  }
  return issues;
}

/** R3-6: 「结转下年度X件」 vs 表三 row 四, 「上年结转X件」 vs row 二, in any prose section. */
export function carryInText(ctx: TextContext, rule: TextRule): Issue[] {
  const issues: Issue[] = [];
  const checks = [
    { role: 'carryForward', patterns: CARRY_FORWARD, name: '表三“四、结转下年度继续办理”' },
    { role: 'applicationsCarried', patterns: CARRIED, name: '表三“二、上年结转政府信息公开申请数量”' },
  ] as const;
  for (const section of proseOf(ctx)) {
    for (const s of sentences(section.text)) {
      if (!/申请|继续办理/.test(s)) continue;
      for (const c of checks) {
        const cell = roleCell(ctx, c.role);
        const value = roleValue(ctx, c.role);
        const claim = firstClaim(s, c.patterns);
        if (!cell || value === null || !claim || claim.value === value) continue;
        issues.push(
          textIssue(rule, `“${section.heading}”写到“${claim.phrase}”，但${c.name}为 ${value} 件，请核对`, {
            sectionId: section.id,
            cells: [cell],
            quote: claim.phrase,
          }),
        );
      }
    }
  }
  return issues;
}

/** R4-5: 「行政复议X件」 vs 表四 复议 总计, 「行政诉讼X件」 vs the 诉讼 总计 (their sum, or either one). */
export function casesInText(ctx: TextContext, rule: TextRule): Issue[] {
  const reviewCell = roleCell(ctx, 'reviewTotal');
  const review = roleValue(ctx, 'reviewTotal');
  const suitCells = (ctx.format.roles.suitTotals ?? []).filter((k) => !ctx.incomplete.has(k));
  const suitValues = suitCells.map((k) => ctx.values[k] ?? null);
  const suits = suitValues.every((v): v is number => v !== null) ? suitValues : null;
  const issues: Issue[] = [];
  for (const section of proseOf(ctx)) {
    for (const s of sentences(section.text)) {
      // Only statements about this office's 政府信息公开 cases (a 司法局 also reports the 复议 it decides).
      if (!/信息公开|被申请|被提起|被起诉|涉及/.test(s)) continue;
      const r = firstClaim(s, [REVIEW]);
      if (r && reviewCell && review !== null && r.value !== review) {
        issues.push(
          textIssue(
            rule,
            `“${section.heading}”写到“${r.phrase}”，但表四行政复议总计为 ${review} 件，请核对`,
            {
              sectionId: section.id,
              cells: [reviewCell],
            },
          ),
        );
      }
      const l = firstClaim(s, [SUIT]);
      if (!l || !suits || suits.length === 0) continue;
      const sum = suits.reduce((a, b) => a + b, 0);
      if (l.value === sum || suits.includes(l.value)) continue;
      issues.push(
        textIssue(rule, `“${section.heading}”写到“${l.phrase}”，但表四行政诉讼总计为 ${sum} 件，请核对`, {
          sectionId: section.id,
          cells: suitCells,
          quote: l.phrase,
        }),
      );
    }
  }
  return issues;
}
