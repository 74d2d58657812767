// Document outline: section headings (一 … 六, numbering variants, renumbered), title lines and the signature block.
import type { ReportFormat, SectionDef } from '../formats/types';
import { isChrome, labelCore, nfkc, similarity, squash } from './normalize';
import { parseNumber } from '../engine/text-numbers';
import { isProse } from './tokens';
import type { SourceBlock } from './types';

export interface FoundHeading {
  readonly sectionId: string;
  readonly block: number;
  readonly text: string;
  /** The numeral printed, e.g. 三; differs from the canonical one when the report renumbered its parts. */
  readonly numeral: string;
  /** Text printed on the heading's line after the heading itself (the section's first paragraph). */
  readonly inlineBody?: string;
  /** The heading itself was not printed: the section was found by its first sub-heading (kept as its first line). */
  readonly bySubHeading?: boolean;
}

const HEADING =
  /^\s*(?:第\s*)?([一二三四五六七八九十]{1,2})\s*(?:部分\s*[、.．,，:：]?\s*|[、.．,，:：]\s*|\s+)(.{2,40})$/;

/** A line as printed (original punctuation), without list bullets and table rules: what section texts keep. */
export function rawLine(b: SourceBlock): string | null {
  if (b.kind !== 'line') return null;
  return b.text
    .replace(/^\s*[-*•#>]+\s+/, '')
    .replace(/[\t|]+/g, ' ')
    .trim();
}

/** The text of a line block, NFKC-normalised for matching (tables have none). */
const lineCache = new WeakMap<SourceBlock, string>();

export function lineText(b: SourceBlock): string | null {
  if (b.kind !== 'line') return null;
  const cached = lineCache.get(b);
  if (cached !== undefined) return cached;
  const t = nfkc(b.text)
    .replace(/^\s*[-*•#>]+\s+/, '')
    .replace(/[\t|]+/g, ' ')
    .trim();
  lineCache.set(b, t);
  return t;
}

function headingScore(rest: string, section: SectionDef): number {
  const core = squash(rest);
  if (core.length < 2) return 0;
  let best = 0;
  for (const h of [section.heading, ...(section.aliases ?? [])]) {
    const target = labelCore(h);
    if (core === target) return 1;
    if (core.length >= 4 && (target.includes(core) || core.includes(target))) best = Math.max(best, 0.9);
    best = Math.max(best, similarity(core, target));
  }
  return best;
}

/**
 * Finds each section's heading, in order: a short numbered line whose text matches the heading or an alias
 * (numeral ignored, so renumbered and misnumbered headings are found). Table row labels such as
 * “二、上年结转政府信息公开申请数量” do not reach the threshold.
 */
export function findHeadings(blocks: readonly SourceBlock[], format: ReportFormat): FoundHeading[] {
  const candidates: { block: number; text: string; numeral: string; rest: string; inline: boolean }[] = [];
  blocks.forEach((b, i) => {
    const t = lineText(b);
    if (t === null) return;
    const m = isProse(t) ? null : HEADING.exec(t);
    if (m) candidates.push({ block: i, text: t, numeral: m[1] ?? '', rest: m[2] ?? '', inline: false });
    else {
      const p = INLINE_HEADING.exec(rawLine(b) ?? '');
      if (p) candidates.push({ block: i, text: t, numeral: p[1] ?? '', rest: p[2] ?? '', inline: true });
    }
  });
  const found: FoundHeading[] = [];
  let from = 0;
  for (const section of format.sections) {
    for (let c = from; c < candidates.length; c++) {
      const cand = candidates[c];
      if (!cand) continue;
      if (cand.inline) {
        const split = splitInline(cand.rest, section);
        if (split === null) continue;
        found.push({
          sectionId: section.id,
          block: cand.block,
          text: split.heading,
          numeral: cand.numeral,
          inlineBody: split.body,
        });
      } else {
        if (headingScore(cand.rest, section) < 0.72) continue;
        found.push({ sectionId: section.id, block: cand.block, text: cand.text, numeral: cand.numeral });
      }
      from = c + 1;
      break;
    }
  }
  return [...found, ...bySubHeadings(blocks, format, found)].sort((a, b) => a.block - b.block);
}

const SUB_ITEM = /^\s*[(（]\s*[一二三四五六七八九十]{1,2}\s*[)）]\s*(.{2,36})$/;

/**
 * Sections whose heading is not in the text (a conversion dropped the line) but whose sub-headings are: the first
 * line after the previous section's heading that is a numbered sub-item reading like one of the format's
 * sub-headings of the missing section ("（一）2024 年工作中存在问题的改进情况" for “（二）改进情况”).
 */
function bySubHeadings(
  blocks: readonly SourceBlock[],
  format: ReportFormat,
  found: readonly FoundHeading[],
): FoundHeading[] {
  const out: FoundHeading[] = [];
  const order = format.sections.map((s) => s.id);
  format.sections.forEach((section, i) => {
    if (!section.subHeadings || found.some((h) => h.sectionId === section.id)) return;
    const prev = found.filter((h) => order.indexOf(h.sectionId) < i).sort((a, b) => b.block - a.block)[0];
    const next = found.filter((h) => order.indexOf(h.sectionId) > i).sort((a, b) => a.block - b.block)[0];
    if (!prev) return;
    const cores = section.subHeadings.map(labelCore).filter((c) => c.length >= 4);
    for (let b = prev.block + 1; b < (next?.block ?? blocks.length); b++) {
      const block = blocks[b];
      const line = block ? rawLine(block) : null;
      const m = line && !isProse(line) ? SUB_ITEM.exec(nfkc(line)) : null;
      if (!line || !m) continue;
      const core = squash(m[1] ?? '');
      if (!cores.some((c) => core.includes(c) || (core.length >= 4 && c.includes(core)))) continue;
      out.push({
        sectionId: section.id,
        block: b,
        text: section.heading,
        numeral: section.heading.charAt(0),
        inlineBody: line,
        bySubHeading: true,
      });
      return;
    }
  });
  return out;
}

/** A heading followed by its first paragraph on the same line: "一、总体情况。2022年，我局……". */
const INLINE_HEADING =
  /^\s*(?:第\s*)?([一二三四五六七八九十]{1,2})\s*(?:部分\s*[、.．,，:：]?\s*|[、.．,，:：]\s*)(.{6,})$/;

/** Splits "总体情况。正文……" into heading and body when the line starts with the section's exact heading text. */
function splitInline(rest: string, section: SectionDef): { heading: string; body: string } | null {
  const sq = squash(rest);
  for (const h of [section.heading, ...(section.aliases ?? [])]) {
    const core = labelCore(h);
    if (core.length < 2 || !sq.startsWith(core)) continue;
    let seen = 0;
    let i = 0;
    const chars = [...rest];
    while (i < chars.length && seen < core.length) {
      if (squash(chars[i] ?? '') !== '') seen++;
      i++;
    }
    const heading = chars.slice(0, i).join('');
    const body = chars
      .slice(i)
      .join('')
      .replace(/^[\s。.，,:：;；、]+/, '');
    if (body.length < 2) return null;
    return { heading, body };
  }
  return null;
}

export interface Signature {
  readonly agency: string;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly year: number;
  readonly month: number;
  /** Blocks from the signature to the end (signature and page footer: never part of a section's text). */
  readonly blocks: readonly number[];
}

const DATE_LINE =
  /^([\d〇零一二三四五六七八九]{4})\s*年\s*([\d一二三四五六七八九十]{1,3})\s*月\s*([\d一二三四五六七八九十]{1,3})\s*日$/;
const ISO_DATE = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/;

export function parseDateLine(text: string): { year: number; month: number; day: number } | null {
  const t = nfkc(text).replace(/\s+/g, '');
  const m = DATE_LINE.exec(t) ?? ISO_DATE.exec(t);
  if (!m) return null;
  const year = parseNumber(m[1] ?? '');
  const month = parseNumber(m[2] ?? '');
  const day = parseNumber(m[3] ?? '');
  if (year === null || month === null || day === null) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1990 || year > 2100) return null;
  return { year, month, day };
}

/** The signature block at the end: an agency line followed by a date line (chrome lines skipped). */
export function findSignature(blocks: readonly SourceBlock[]): Signature | null {
  const lines: { block: number; text: string }[] = [];
  for (let i = blocks.length - 1; i >= 0 && lines.length < 8; i--) {
    const b = blocks[i];
    if (!b) continue;
    if (b.kind === 'table') break;
    const t = lineText(b) ?? '';
    if (t === '' || isChrome(t)) continue;
    lines.unshift({ block: i, text: t });
  }
  // The date line, possibly followed by a few short page-footer lines (never by prose).
  let d = -1;
  for (let k = lines.length - 1; k >= 0; k--) {
    const line = lines[k];
    if (!line) continue;
    if (parseDateLine(line.text)) {
      d = k;
      break;
    }
    if (isProse(line.text) || line.text.length > 40) return null;
  }
  const dateLine = lines[d];
  const date = dateLine ? parseDateLine(dateLine.text) : null;
  if (!dateLine || !date) return null;
  const iso = `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
  const agencyLine = d > 0 ? lines[d - 1] : undefined;
  const agencyOk =
    agencyLine !== undefined &&
    !isProse(agencyLine.text) &&
    agencyLine.text.length <= 40 &&
    !HEADING.test(agencyLine.text) &&
    !parseDateLine(agencyLine.text);
  const first = agencyOk ? agencyLine.block : dateLine.block;
  const blocksAfter: number[] = [];
  for (let i = first; i < blocks.length; i++) blocksAfter.push(i);
  return {
    agency: agencyOk ? agencyLine.text.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）') : '',
    date: iso,
    year: date.year,
    month: date.month,
    blocks: blocksAfter,
  };
}

/** A title line: 〈机关〉〈年〉年(度)政府信息公开(工作)(年度)报告. */
export const TITLE = /(政府信息公开|政务公开).{0,8}报告/;
