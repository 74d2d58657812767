// Whether the prose sections are written: 总体情况 (R1-1), text under every sub-heading (R1-2), section 五 (R5-1).
import type { TextRule } from '../formats';
import { paragraphs } from '../draft/text';
import { headingOf, proseOf, textIssue, type TextContext } from './text-context';
import type { Issue } from './types';

const HEADING = /^[（(][一二三四五六七八九十]+[)）]/;

/**
 * A paragraph split into its sub-heading and its text: 「（一）存在的主要问题：信息更新不及时」 is both a heading
 * and text; 「（一）主动公开」 alone is a heading; anything not starting with （一） is text.
 */
export function splitHeading(p: string): { heading: string | null; rest: string } {
  if (!HEADING.test(p)) return { heading: null, rest: p };
  const colon = /^([^：:。；]{1,30})[：:](.*)$/.exec(p);
  if (colon) return { heading: colon[1] ?? p, rest: (colon[2] ?? '').trim() };
  if (p.length <= 30 && !/[。；;，,]/.test(p)) return { heading: p, rest: '' };
  return { heading: null, rest: p };
}

/** The text of a section without its sub-headings (a heading line's own text after a colon is kept). */
export const writtenText = (text: string): string =>
  paragraphs(text)
    .map((p) => splitHeading(p).rest)
    .filter((p) => p.length > 0)
    .join('\n');

/** Paragraphs that say nothing: 无, 暂无, 本年度无, /, —, 不涉及 … */
const PLACEHOLDER =
  /^(无|暂无|没有|无问题|暂无问题|本年度?无|本年度?暂无|今年无|不涉及|无此项|略|空|[/／\\、—\-－_.…·]+)$/;
export const isPlaceholder = (p: string): boolean =>
  PLACEHOLDER.test(p.replace(/[\s。.；;！!]/g, '').replace(/^(存在的主要问题|改进情况)/, '')) ||
  p.replace(/[\s。.]/g, '').length === 0;

/** R1-1: 总体情况 must say something (not just the five sub-headings of the 2021 format). */
export function overviewFilled(ctx: TextContext, rule: TextRule): Issue[] {
  const sid = ctx.format.overviewSectionId;
  if (!sid) return [];
  const text = ctx.draft.texts[sid] ?? '';
  const body = writtenText(text);
  if (body.length > 0 && !paragraphs(body).every(isPlaceholder)) return [];
  const heading = headingOf(ctx.format, sid);
  const message =
    paragraphs(text).length === 0
      ? `“${heading}”尚未填写：应综述本机关政府信息公开工作的总体情况`
      : `“${heading}”只有小标题或“无”，没有正文：应写明各方面工作的具体情况`;
  return [textIssue(rule, message, { sectionId: sid })];
}

/** R1-2: every sub-heading has text under it (checked once a section has some text). */
export function subHeadingEmpty(ctx: TextContext, rule: TextRule): Issue[] {
  const issues: Issue[] = [];
  for (const section of proseOf(ctx)) {
    const ps = paragraphs(section.text).map(splitHeading);
    if (!ps.some((p) => p.rest.length > 0)) continue; // an empty section is R1-1's or R5-1's
    ps.forEach((p, i) => {
      if (!p.heading || p.rest.length > 0) return;
      const next = ps[i + 1];
      if (next && next.heading === null) return;
      issues.push(
        textIssue(rule, `“${section.heading}”的小标题“${p.heading}”下没有正文：请补写或删去这个小标题`, {
          sectionId: section.id,
          quote: p.heading,
        }),
      );
    });
  }
  return issues;
}

/** R5-1: section 五 written, not empty, not 「无」 or 「/」 under each sub-heading. */
export function sectionFiveEmpty(ctx: TextContext, rule: TextRule): Issue[] {
  const sid = ctx.format.problemsSectionId;
  if (!sid) return [];
  const body = paragraphs(writtenText(ctx.draft.texts[sid] ?? ''));
  if (body.length > 0 && !body.every(isPlaceholder)) return [];
  const heading = headingOf(ctx.format, sid);
  const said = body.length > 0 ? `只写了“${body[0] ?? ''}”` : '尚未填写';
  return [
    textIssue(rule, `“${heading}”${said}：应写明存在的主要问题和改进情况（考核中会被扣分）`, {
      sectionId: sid,
    }),
  ];
}
