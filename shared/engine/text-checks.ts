// Checks on the section texts: figures vs table 三 (R3-5), foreign years (R0-1), empty 五 (R5-1), 信息处理费 (R6-1),
// text repeated from last year's report (T-1), and the signature block (R0-2).
import type { CellKey, ReportFormat, TextCheck, TextRule } from '../formats';
import type { Draft, PreviousYear } from '../draft/schema';
import { isSubHeading, paragraphs } from '../draft/text';
import type { Issue } from './types';

type Values = Readonly<Record<CellKey, number | null>>;

const headingOf = (format: ReportFormat, id: string) =>
  format.sections.find((s) => s.id === id)?.heading ?? id;

/** Body text of a section without its sub-heading lines. */
export function bodyText(text: string): string {
  return paragraphs(text)
    .filter((p) => !isSubHeading(p))
    .join('\n');
}

function figuresInText(format: ReportFormat, draft: Draft, values: Values, rule: TextRule): Issue[] {
  const sid = format.overviewSectionId;
  if (!sid) return [];
  const text = draft.texts[sid] ?? '';
  const received = values['t3.new.total'] ?? null;
  const carried = values['t3.carried.total'] ?? null;
  const concluded = values['t3.results_total.total'] ?? null;
  if (received === null) return [];
  const accepted = new Set<number>([received]);
  if (carried !== null) accepted.add(received + carried);
  if (concluded !== null) accepted.add(concluded);
  const issues: Issue[] = [];
  const sentences = text.split(/[。；;\n]/);
  const claim =
    /(?:收到|受理|新收|接收|办理|处理)[^。；，,]{0,24}?申请[^。；，,\d]{0,12}?(\d+)\s*(?:件|条|个|宗|份)/;
  const claim2 = /申请[^。；，,\d]{0,12}?(?:收到|受理|新收|共)[^。；，,\d]{0,8}?(\d+)\s*(?:件|条|个|宗|份)/;
  for (const s of sentences) {
    const m = claim.exec(s) ?? claim2.exec(s);
    if (!m?.[1]) continue;
    const n = Number.parseInt(m[1], 10);
    if (!accepted.has(n)) {
      issues.push({
        ruleId: rule.id,
        level: rule.level,
        cells: ['t3.new.total'],
        sectionId: sid,
        message: `“${headingOf(format, sid)}”写到“${m[0].trim()}”，但表三本年新收申请为 ${received} 件${
          carried ? `（另有上年结转 ${carried} 件）` : ''
        }，请核对`,
      });
    }
  }
  if (issues.length === 0 && received + (carried ?? 0) > 0 && !/申请/.test(text)) {
    issues.push({
      ruleId: rule.id,
      level: rule.level,
      cells: ['t3.new.total'],
      sectionId: sid,
      message: `表三本年新收申请 ${received} 件，但“${headingOf(format, sid)}”未写依申请公开的办理情况`,
    });
  }
  return issues;
}

function foreignYears(format: ReportFormat, draft: Draft, rule: TextRule): Issue[] {
  const issues: Issue[] = [];
  const check = (sectionId: string | undefined, where: string, text: string) => {
    const seen = new Set<number>();
    // Years inside 〔〕/[] (document numbers) or 《》 (titles) are not statements about the report year.
    const cleaned = text.replace(/〔\d{4}〕|\[\d{4}\]|《[^》]*》/g, '');
    for (const m of cleaned.matchAll(/(\d{4})\s*年/g)) {
      const y = Number.parseInt(m[1] ?? '', 10);
      if (y < 2000 || y > 2100 || y === draft.year || y === draft.year + 1) continue;
      seen.add(y);
    }
    if (seen.size === 0) return;
    const ys = [...seen].sort().map((y) => `“${y}年”`);
    issues.push({
      ruleId: rule.id,
      level: rule.level,
      cells: [],
      ...(sectionId ? { sectionId } : {}),
      message: `${where}出现${ys.join('、')}，本报告为 ${draft.year} 年度：请确认不是沿用了往年的文字`,
    });
  };
  check(undefined, '前言', draft.preamble);
  for (const s of format.sections) check(s.id, `“${s.heading}”`, draft.texts[s.id] ?? '');
  return issues;
}

function sectionFiveEmpty(format: ReportFormat, draft: Draft, rule: TextRule): Issue[] {
  const sid = format.problemsSectionId;
  if (!sid) return [];
  const body = bodyText(draft.texts[sid] ?? '').trim();
  if (body.length > 0 && !/^(无|暂无|没有|无。|暂无。)$/.test(body)) return [];
  return [
    {
      ruleId: rule.id,
      level: rule.level,
      cells: [],
      sectionId: sid,
      message: `“${headingOf(format, sid)}”${body ? '只写了“无”' : '尚未填写'}：应写明存在的主要问题和改进情况（考核中会被扣分）`,
    },
  ];
}

function feeStated(format: ReportFormat, draft: Draft, values: Values, rule: TextRule): Issue[] {
  const sid = format.feeSectionId;
  if (!sid) return [];
  const text = draft.texts[sid] ?? '';
  const issues: Issue[] = [];
  if (!/处理费/.test(text)) {
    issues.push({
      ruleId: rule.id,
      level: rule.level,
      cells: [],
      sectionId: sid,
      message: `“${headingOf(format, sid)}”未说明收取信息处理费的情况（如“本年度未收取信息处理费”）`,
    });
  }
  const feeNotices = values['t3.other_fee.total'] ?? null;
  if (feeNotices !== null && feeNotices > 0 && !/收费通知|处理费/.test(text)) {
    issues.push({
      ruleId: rule.id,
      level: rule.level,
      cells: ['t3.other_fee.total'],
      sectionId: sid,
      message: `表三有 ${feeNotices} 件申请因逾期未缴纳信息处理费不再处理，“${headingOf(format, sid)}”应说明发出收费通知和收费情况`,
    });
  }
  return issues;
}

/** Share of this text's 8-character shingles that also occur in last year's text. */
export function repeatRatio(current: string, previous: string, n = 8): number {
  const norm = (s: string) => bodyText(s).replace(/[\s，。、；：“”‘’（）()《》,.;:!?！？-]/g, '');
  const a = norm(current);
  const b = norm(previous);
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

function repeatLastYear(
  format: ReportFormat,
  draft: Draft,
  previous: PreviousYear | null | undefined,
  rule: TextRule,
): Issue[] {
  if (!previous) return [];
  const issues: Issue[] = [];
  for (const s of format.sections) {
    const cur = draft.texts[s.id] ?? '';
    if (bodyText(cur).length < 40) continue;
    const ratio = repeatRatio(cur, previous.texts[s.id] ?? '');
    if (ratio <= 0.5) continue;
    issues.push({
      ruleId: rule.id,
      level: rule.level,
      cells: [],
      sectionId: s.id,
      message: `“${s.heading}”与 ${previous.year} 年度报告有 ${Math.round(ratio * 100)}% 的文字相同（与上年重复率超过 50% 在考核中会被扣分），请按本年度实际情况改写`,
    });
  }
  return issues;
}

/** R0-2: the signature block a printed report needs — 机关名称 and a 成文日期 after the report year. */
function signature(draft: Draft, rule: TextRule): Issue[] {
  const issue = (message: string): Issue => ({ ruleId: rule.id, level: rule.level, cells: [], message });
  const out: Issue[] = [];
  if (!(draft.signature.agency || draft.agency).trim()) out.push(issue('落款的机关名称未填写'));
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(draft.signature.date);
  if (!m) {
    out.push(issue('成文日期未填写：打印盖章前请在“机关名称、成文日期、前言”中填写'));
    return out;
  }
  const [y, mo, d] = [m[1], m[2], m[3]].map((x) => Number.parseInt(x ?? '', 10)) as [number, number, number];
  const shown = `${y}年${mo}月${d}日`;
  if (y <= draft.year) {
    out.push(issue(`成文日期（${shown}）不晚于报告年度结束（${draft.year}年12月31日），请核对`));
  } else if (y > draft.year + 1) {
    out.push(issue(`成文日期（${shown}）比报告年度晚一年以上，请核对是否沿用了往年的日期`));
  }
  return out;
}

export function textIssues(
  format: ReportFormat,
  draft: Draft,
  values: Values,
  previous: PreviousYear | null | undefined,
): Issue[] {
  const run: Record<TextCheck, (rule: TextRule) => Issue[]> = {
    'figures-in-text': (r) => figuresInText(format, draft, values, r),
    'foreign-year': (r) => foreignYears(format, draft, r),
    'section-five-empty': (r) => sectionFiveEmpty(format, draft, r),
    'fee-stated': (r) => feeStated(format, draft, values, r),
    'repeat-last-year': (r) => repeatLastYear(format, draft, previous, r),
    signature: (r) => signature(draft, r),
  };
  return format.rules.flatMap((r) => (r.kind === 'text' ? run[r.check](r) : []));
}
