// Section texts by heading (paragraphs kept), the preamble before 一, and where each section's tables begin.
import type { ReportFormat, SectionDef, TableDef } from '../formats/types';
import { isChrome, labelCore, shortCore, squash } from './normalize';
import { lineText, rawLine, type FoundHeading } from './outline';
import { isProse } from './tokens';
import type { SourceBlock } from './types';

export interface Region {
  /** Section ids whose tables may be printed here (the found one plus any missing ones up to the next found). */
  readonly sectionIds: readonly string[];
  readonly heading: FoundHeading | null;
  readonly start: number;
  readonly end: number;
}

/** Splits the document at the found headings; a missing section's tables are looked for in the region before. */
export function regionsOf(
  format: ReportFormat,
  headings: readonly FoundHeading[],
  blockCount: number,
): Region[] {
  const order = format.sections.map((s) => s.id);
  const sorted = [...headings].sort((a, b) => a.block - b.block);
  const regions: Region[] = [];
  const firstIdx = sorted[0] ? order.indexOf(sorted[0].sectionId) : order.length;
  regions.push({
    sectionIds: order.slice(0, firstIdx),
    heading: null,
    start: 0,
    end: sorted[0]?.block ?? blockCount,
  });
  sorted.forEach((h, i) => {
    const next = sorted[i + 1];
    const from = order.indexOf(h.sectionId);
    const to = next ? order.indexOf(next.sectionId) : order.length;
    regions.push({
      sectionIds: order.slice(from, Math.max(from + 1, to)),
      heading: h,
      start: h.block + 1,
      end: next?.block ?? blockCount,
    });
  });
  return regions;
}

function cleanParagraph(t: string): string {
  return t.replace(/^\s*[-*•#>]+\s+/, '').trim();
}

/** Vocabulary that marks the start of a printed table: captions, stub and header labels, row labels. */
const vocabCache = new WeakMap<TableDef, string[]>();

function tableVocabulary(tables: readonly TableDef[]): string[] {
  return [...new Set(tables.flatMap(vocabularyOf)), '统计表'];
}

function vocabularyOf(t: TableDef): string[] {
  const cached = vocabCache.get(t);
  if (cached) return cached;
  const words = new Set<string>();
  {
    for (const w of [t.caption ?? '', t.stubLabel, ...t.headerRows.flat().map((h) => h.label)]) {
      for (const c of [shortCore(w), labelCore(w)]) if (c.length >= 3) words.add(c);
    }
    for (const r of t.rows) {
      const c = labelCore(r.label);
      if (c.length >= 4) words.add(c);
    }
  }
  const out = [...words];
  vocabCache.set(t, out);
  return out;
}

function isTableLine(raw: string, vocab: readonly string[]): boolean {
  if (/[\t|]/.test(raw)) return true;
  const sq = squash(raw);
  return sq !== '' && vocab.some((w) => sq.includes(w));
}

/**
 * A section's text: every paragraph for text sections; for table sections, the paragraphs before the first table
 * line and any prose after it (notes), never table cells. Chrome and the signature are left out.
 */
export function sectionText(
  blocks: readonly SourceBlock[],
  region: Region,
  section: SectionDef,
  tables: readonly TableDef[],
  skip: ReadonlySet<number>,
): string {
  const out: string[] = region.heading?.inlineBody ? [region.heading.inlineBody] : [];
  const vocab = tableVocabulary(tables);
  let inTable = false;
  for (let i = region.start; i < region.end; i++) {
    const b = blocks[i];
    if (!b || skip.has(i)) continue;
    if (b.kind === 'table') {
      inTable = inTable || section.kind === 'tables' || tables.length > 0;
      continue;
    }
    const t = lineText(b);
    if (!t || isChrome(t)) continue;
    if (tables.length > 0 && !inTable && isTableLine(b.text, vocab)) inTable = true;
    if (inTable && !isProse(t)) continue;
    if (inTable && /[\t|]/.test(b.text)) continue;
    const p = cleanParagraph(rawLine(b) ?? '');
    if (p !== '') out.push(p);
  }
  return rejoinLines(out).join('\n');
}

const TITLE_LEAD = /^[^，。,；;《]{2,40}?(?:政府信息公开|政务公开)[^，。,；;《]{0,8}报告\s+(?=\S{20})/;

/** A line that ends a sentence, a list item or a heading's colon (closing quotes and brackets may follow). */
const ENDS_SENTENCE = /[。！？!?；;：:…]["”’」』)）\]]*$/;
/** A line that starts its own item: （一）, 一、, 1. / 1、, (1), ①, 一是, 第一, 其中. */
const STARTS_ITEM =
  /^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d)|[①-⑳]|[一二三四五六七八九十]是|第[一二三四五六七八九十]+[，,、]|其中)/;

/**
 * Paragraphs rebuilt from printed lines (PDF text cuts every line at the page width): a line that does not end a
 * sentence runs on into the next, unless the next starts a numbered item or the line is itself a short heading.
 */
export function rejoinLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  let runOn = false;
  // Lines cut at the page width are nearly as long as the longest ones; a much shorter line ends its paragraph
  // (or is a heading without numbering: "本年度信息公开处理费收费情况").
  const lengths = lines.map((l) => l.length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length / 2)] ?? 0;
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (runOn && prev !== undefined && !STARTS_ITEM.test(line)) {
      out[out.length - 1] = prev + line;
    } else {
      out.push(line);
    }
    const cur = out[out.length - 1] ?? '';
    const lastLine = line;
    const heading =
      STARTS_ITEM.test(lastLine) && lastLine.length <= 30 && lastLine === cur && !/[。！？!?]/.test(lastLine);
    runOn =
      lastLine.length >= 12 && lastLine.length >= width * 0.75 && !ENDS_SENTENCE.test(lastLine) && !heading;
  }
  return out;
}

/**
 * Lines before the first heading that are neither title nor chrome. A heading word of its own (引言, 前言, 导语) is
 * kept as the first line, where the export prints it as a heading, as the report did.
 */
export function preambleText(blocks: readonly SourceBlock[], end: number, skip: ReadonlySet<number>): string {
  const out: string[] = [];
  for (let i = 0; i < end; i++) {
    const b = blocks[i];
    if (!b || skip.has(i) || b.kind !== 'line') continue;
    const t = lineText(b);
    if (!t || isChrome(t)) continue;
    const word = /^(?:引言|前言|导语)$/.exec(squash(t));
    if (word) {
      if (out.length === 0) out.push(word[0]);
      continue;
    }
    // A site's menu items (走进沭阳, 政民互动 …): short lines without a sentence mark or a figure are never 前言.
    if (t.length <= 12 && !/[。，,；;：:\d]/.test(t)) continue;
    // A one-line page's title run on into the first paragraph: "…年度报告 根据《条例》…".
    out.push(cleanParagraph(rawLine(b) ?? '').replace(TITLE_LEAD, ''));
  }
  return rejoinLines(out.filter((p) => p !== '')).join('\n');
}
