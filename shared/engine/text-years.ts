// R0-1: a year left over from an earlier report — in this report's own title, its statistics period, or opening a
// sentence. Years that are legitimately other (整改 of last year's report, 修订, 增长 against, 远景目标) are not flagged.
import type { TextRule } from '../formats';
import { asciiDigits } from './text-numbers';
import { textIssue, type TextContext } from './text-context';
import type { Issue } from './types';

/** Words before a year that make it a reference to another year, not a slip. */
const REFERENCE_BEFORE =
  /(针对|对照|根据|依据|按照|落实|整改|较|比|同比|与|自|从|截至|截止|至|于|在|上一?年度?|去年)\s*$/;
/** Words after 「YYYY年」 that make it a reference: 以来, 修订, 远景, 版, 度报告指出 … */
const REFERENCE_AFTER =
  /^(度)?(以来|以前|之前|起|开始|修订|颁布|印发|施行|实施|出台|发布的|版|远景|度报告(指出|中|提出|反映)|度政府信息公开(工作)?年度报告(指出|中|提出|反映))/;

interface Slip {
  readonly year: number;
  readonly phrase: string;
}

function slips(text: string, year: number): Slip[] {
  const t = asciiDigits(text);
  const out: Slip[] = [];
  const years = (re: RegExp, ok: (m: RegExpMatchArray, y: number) => boolean) => {
    for (const m of t.matchAll(re)) {
      const y = Number.parseInt(m[1] ?? '', 10);
      if (y >= 2000 && y <= 2100 && y !== year && ok(m, y)) out.push({ year: y, phrase: m[0] });
    }
  };
  // This report's own title with another year: 「现发布《…2023年政府信息公开工作年度报告》」.
  years(/《[^》]{0,40}?(\d{4})\s*年度?政府信息公开工作年度报告》/g, (m) => {
    const before = t.slice(Math.max(0, (m.index ?? 0) - 12), m.index);
    return !REFERENCE_BEFORE.test(before) && !/上一?年|去年/.test(before);
  });
  // …or named as published: 「现公布区统计局2023年政府信息公开工作年度报告」.
  years(/(?:发布|公布|编制|印发)[^《。；]{0,30}?(\d{4})\s*年度?政府信息公开工作年度报告/g, () => true);
  // The statistics period: 「2023年1月1日起至2023年12月31日止」, 「2023年1月1日至12月31日」.
  years(/(\d{4})\s*年\s*1\s*月\s*1\s*日[^。；\d]{0,4}(?:\d{4}\s*年\s*)?12\s*月\s*31\s*日/g, () => true);
  // A sentence or paragraph opening with another year: 「2023年，我街道…」, 「2023年度我局…」.
  years(
    /(?:^|[。；！\n])\s*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[)）])?\s*(\d{4})\s*年(?!\d)/g,
    (m, y) => {
      if (y === year + 1) return false; // plans for next year
      const after = t.slice((m.index ?? 0) + m[0].length);
      return !REFERENCE_AFTER.test(after) && y < year;
    },
  );
  return out;
}

export function foreignYears(ctx: TextContext, rule: TextRule): Issue[] {
  const issues: Issue[] = [];
  const check = (sectionId: string | undefined, where: string, text: string) => {
    const found = slips(text, ctx.draft.year);
    if (found.length === 0) return;
    const ys = [...new Set(found.map((s) => s.year))].sort().map((y) => `“${y}年”`);
    const phrase = found.map((s) => s.phrase.replace(/^[。；！\n\s]+/, '')).find((p) => p.length > 6);
    issues.push(
      textIssue(
        rule,
        `${where}出现${ys.join('、')}${phrase ? `（“${phrase}”）` : ''}，本报告为 ${ctx.draft.year} 年度：请确认不是沿用了往年的文字`,
        {
          sectionId,
          quote: (found[0]?.phrase ?? '').replace(/^[。；！\n\s]+/, ''),
          ...(sectionId ? {} : { field: 'preamble' as const }),
        },
      ),
    );
  };
  check(undefined, '前言', ctx.draft.preamble);
  for (const s of ctx.format.sections) check(s.id, `“${s.heading}”`, ctx.draft.texts[s.id] ?? '');
  return issues;
}
