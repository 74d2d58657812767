// Checks on the section texts, run by the rules each format lists: the dispatcher, and the checks on 信息处理费
// (R6-1), text repeated from last year's report (T-1), the signature block (R0-2) and the 成文日期 (R0-3).
import type { TextCheck, TextRule } from '../formats';
import { paragraphs } from '../draft/text';
import { assessmentStated, rulesByAgency } from './text-agency';
import { headingOf, roleCell, roleValue, textIssue, type TextContext } from './text-context';
import { carryInText, casesInText, figuresInText } from './text-figures';
import {
  overviewFilled,
  sectionFiveEmpty,
  splitHeading,
  subHeadingEmpty,
  writtenText,
} from './text-sections';
import { foreignYears } from './text-years';
import type { Issue } from './types';

export type { TextContext } from './text-context';

/** Body text of a section without its sub-heading lines. */
export const bodyText = writtenText;

function feeStated(ctx: TextContext, rule: TextRule): Issue[] {
  const sid = ctx.format.feeSectionId;
  if (!sid) return [];
  const text = ctx.draft.texts[sid] ?? '';
  const heading = headingOf(ctx.format, sid);
  const issues: Issue[] = [];
  if (!/处理费/.test(text)) {
    issues.push(
      textIssue(rule, `“${heading}”未说明收取信息处理费的情况（如“本年度未收取信息处理费”）`, {
        sectionId: sid,
      }),
    );
  }
  const cell = roleCell(ctx, 'feeNotices');
  const notices = roleValue(ctx, 'feeNotices');
  if (cell && notices !== null && notices > 0 && !/收费通知|处理费/.test(text)) {
    issues.push(
      textIssue(
        rule,
        `表三有 ${notices} 件申请因逾期未缴纳信息处理费不再处理，“${heading}”应说明发出收费通知和收费情况`,
        { sectionId: sid, cells: [cell] },
      ),
    );
  }
  return issues;
}

/** Sentences every report writes the same way each year (信息处理费, 统计期限, 联系方式): not a copy. */
const BOILERPLATE =
  /信息处理费|统计期限|如对本报告有|本报告(电子版|可在)|数据统计期限|《中华人民共和国政府信息公开条例》.{0,30}(要求|规定)编制|年度报告格式/;

/** The text compared for T-1: written paragraphs (numbered short lines included) without boilerplate sentences. */
function comparable(text: string): string {
  return paragraphs(text)
    .map((p) => splitHeading(p))
    .map((p) => (p.rest.length > 0 ? p.rest : (p.heading ?? '')))
    .filter((p) => /\d/.test(p) || splitHeading(p).heading === null)
    .flatMap((p) => p.split(/(?<=[。；;！!])/))
    .filter((s) => !BOILERPLATE.test(s))
    .join('')
    .replace(/[\s，。、；：“”‘’（）()《》,.;:!?！？-]/g, '');
}

/** Share of this text's 8-character shingles that also occur in last year's text. */
export function repeatRatio(current: string, previous: string, n = 8): number {
  const a = comparable(current);
  const b = comparable(previous);
  if (a.length < n || b.length < n) return 0;
  const prev = new Set<string>();
  for (let i = 0; i + n <= b.length; i++) prev.add(b.slice(i, i + n));
  let hit = 0;
  let total = 0;
  for (let i = 0; i + n <= a.length; i++) {
    total++;
    if (prev.has(a.slice(i, i + n))) hit++;
  }
  return total === 0 ? 0 : hit / total;
}

function repeatLastYear(ctx: TextContext, rule: TextRule): Issue[] {
  const previous = ctx.previous;
  if (!previous) return [];
  const issues: Issue[] = [];
  for (const s of ctx.format.sections) {
    const cur = ctx.draft.texts[s.id] ?? '';
    if (comparable(cur).length < 24) continue;
    const ratio = repeatRatio(cur, previous.texts[s.id] ?? '');
    if (ratio <= 0.5) continue;
    issues.push(
      textIssue(
        rule,
        `“${s.heading}”与 ${previous.year} 年度报告有 ${Math.round(ratio * 100)}% 的文字相同（与上年重复率超过 50% 在考核中会被扣分），请按本年度实际情况改写`,
        { sectionId: s.id },
      ),
    );
  }
  return issues;
}

/** The 成文日期 as numbers, or null when it is not set. */
function signatureDate(ctx: TextContext): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ctx.draft.signature.date);
  if (!m) return null;
  return [m[1], m[2], m[3]].map((x) => Number.parseInt(x ?? '', 10)) as [number, number, number];
}

const isRealDate = ([y, m, d]: [number, number, number]): boolean => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};

/** R0-2: the signature block a printed report needs — 机关名称 and a 成文日期 after the report year. */
function signature(ctx: TextContext, rule: TextRule): Issue[] {
  const { draft } = ctx;
  const out: Issue[] = [];
  if (!(draft.signature.agency || draft.agency).trim())
    out.push(textIssue(rule, '落款的机关名称未填写', { field: 'agency' }));
  const date = signatureDate(ctx);
  if (!date) {
    out.push(
      textIssue(rule, '成文日期未填写：打印盖章前请在“机关名称、成文日期、前言”中填写', { field: 'date' }),
    );
    return out;
  }
  if (!isRealDate(date)) return out; // R0-3
  const [y, mo, d] = date;
  const shown = `${y}年${mo}月${d}日`;
  if (y <= draft.year) {
    out.push(
      textIssue(rule, `成文日期（${shown}）不晚于报告年度结束（${draft.year}年12月31日），请核对`, {
        field: 'date',
      }),
    );
  } else if (y > draft.year + 1) {
    out.push(
      textIssue(rule, `成文日期（${shown}）比报告年度晚一年以上，请核对是否沿用了往年的日期`, {
        field: 'date',
      }),
    );
  }
  return out;
}

/** R0-3: the 成文日期 is a real date and not after the 公开期限 (settings; default 1月31日 of the next year). */
function publishDate(ctx: TextContext, rule: TextRule): Issue[] {
  const date = signatureDate(ctx);
  if (!date) return [];
  const [y, mo, d] = date;
  if (!isRealDate(date))
    return [
      textIssue(rule, `成文日期“${ctx.draft.signature.date}”不是有效的日期，请重新选择`, {
        level: 'error',
        field: 'date',
      }),
    ];
  const [dm, dd] = ctx.deadline.split('-').map((x) => Number.parseInt(x, 10)) as [number, number];
  if (y !== ctx.draft.year + 1 || mo * 100 + d <= dm * 100 + dd) return [];
  return [
    textIssue(
      rule,
      `成文日期（${y}年${mo}月${d}日）晚于公开期限（${y}年${dm}月${dd}日）：年度报告应在期限前公布，请核对日期`,
      { field: 'date' },
    ),
  ];
}

export function textIssues(ctx: TextContext): Issue[] {
  const run: Record<TextCheck, (rule: TextRule) => Issue[]> = {
    'figures-in-text': (r) => figuresInText(ctx, r),
    'carry-in-text': (r) => carryInText(ctx, r),
    'cases-in-text': (r) => casesInText(ctx, r),
    'foreign-year': (r) => foreignYears(ctx, r),
    'overview-filled': (r) => overviewFilled(ctx, r),
    'sub-heading-empty': (r) => subHeadingEmpty(ctx, r),
    'section-five-empty': (r) => sectionFiveEmpty(ctx, r),
    'fee-stated': (r) => feeStated(ctx, r),
    'assessment-stated': (r) => assessmentStated(ctx, r),
    'rules-by-agency': (r) => rulesByAgency(ctx, r),
    'repeat-last-year': (r) => repeatLastYear(ctx, r),
    signature: (r) => signature(ctx, r),
    'publish-date': (r) => publishDate(ctx, r),
  };
  return ctx.format.rules.flatMap((r) => (r.kind === 'text' ? run[r.check](r) : []));
}
