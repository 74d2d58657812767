// A web page flattened to one line: section headings, row labels and page chrome found inline and put on lines.
import type { ReportFormat } from '../formats/types';
import type { SourceBlock, SourceCell } from './types';

/** Lines this long that hold several headings or row labels are a flattened page, not a paragraph. */
const LONG = 300;
/** Chrome printed inline at the top of a page: the date, 来源, 字号, 打印/关闭. */
const CHROME_INLINE =
  /(?:发布(?:日期|时间)|成文日期|更新时间)[:：]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|(?:来源|信息来源|浏览次数|访问量)[:：]\s*[\u4e00-\u9fa5\w]{0,16}?(?=\s|本|根据|$)|字号[:：]?\s*[大中小]?\s*[大中小]?\s*[大中小]?|【\s*(?:打印|关闭|大|中|小|收藏|分享)\s*】/g;
/** Field labels and breadcrumbs of a scraped page: dropped, with what they label cut off as its own line. */
const FIELD_LABEL = /^(?:标题|文章标题|信息名称|当前位置|您当前的位置|您的位置)[:：]/;
const BREADCRUMB = /(?:当前位置|您当前的位置|您的位置)[:：]\s*(?:[^>»\s]{1,12}\s*[>»]\s*)+/g;
const FIELD_INLINE = /(?:标题|文章标题|信息名称)[:：]/g;
/** 第二十条第（一）项 and its ASCII-bracket spelling. */
const ARTICLE = /第二十条第[（(][一二三四五六七八九十]+[)）]项/g;
/** A numbered sub-heading or item after a sentence: （一）…, 一是… stay in their paragraph. */
const SUBHEADING_AFTER_SENTENCE = /(?<=[。；;：:])(?=[（(][一二三四五六七八九十]{1,3}[)）])/g;
/**
 * Figures and the no-break spaces of empty cells at the end of a label: "…申请数量82135\u00a0\u00a021859"; runs
 * separated by ordinary spaces ("总计23 0 00 0 023") are cells apart; a decimal ("24252.311082") is one figure. A
 * minus sign between digits ("行政事业性收费15-15") starts a signed cell (本年增/减): 15 | -15.
 */
const FIGURES_TAIL = /(?:\d+\.\d+|[\d\u00a0])(?:[\d\u00a0 ]|\d\.\d|-(?=\d))*$|\u00a0+$/;
/** A figure of the tail: a decimal, a run of digits (one cell or several run together, the first maybe signed), an empty cell. */
const TAIL_PIECE = /-?\d+\.\d+|-?\d+|\u00a0/g;

interface Anchor {
  readonly text: string;
  /** A table row label: only looked for where the tables are. */
  readonly row: boolean;
}

function anchorsOf(format: ReportFormat): { headings: Anchor[]; rows: Anchor[] } {
  const headings = format.sections.flatMap((s) =>
    [s.heading, ...(s.aliases ?? [])].filter((t) => t.length >= 4).map((text) => ({ text, row: false })),
  );
  const rows = format.tables.flatMap((t) =>
    [...t.rows, ...(t.otherRows ?? [])].flatMap((r) =>
      [r.label, ...(('aliases' in r && r.aliases) || [])]
        .filter((x) => x.length >= 2)
        .map((text) => ({ text, row: true })),
    ),
  );
  return { headings, rows };
}

/**
 * The numbering printed before a row label ("其中：1、", "2、") belongs to the label. Run on to the previous row's
 * figures ("…2949819162、政府公报公开数"), a numbering is one digit, as sub-items of a row number fewer than ten.
 */
const NUMBERING_BEFORE = /(?:其中\s*[:：]?\s*)?(\d{1,2})\s*[、.．]\s*$|其中\s*[:：]\s*$/;

function numberingBefore(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - 10), at);
  const m = NUMBERING_BEFORE.exec(before);
  if (!m) return 0;
  const digits = m[1];
  if (!digits) return m[0].length;
  // Digits run on before the numbering ("…9162、"): only the last one is the numbering.
  const at0 = m.index + m[0].lastIndexOf(digits);
  const glued = /\d/.test(before.charAt(at0 - 1));
  return glued ? before.length - (at0 + digits.length - 1) : m[0].length;
}

const NUMBERING = '(?:第\\s*)?[一二三四五六七八九十]{1,2}\\s*(?:部分\\s*)?[、.．]\\s*';
const headingCache = new WeakMap<object, RegExp>();

/** A section heading inline, whatever its numeral and with spaces after it ("一、 概述", "七、…"). */
function headingPattern(section: ReportFormat['sections'][number]): RegExp {
  const cached = headingCache.get(section);
  if (cached) return cached;
  const cores = [section.heading, ...(section.aliases ?? [])]
    .map((h) => h.replace(new RegExp(`^${NUMBERING}`), ''))
    .filter((c) => c.length >= 2)
    .map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`${NUMBERING}(?:${[...new Set(cores)].join('|')})`, 'g');
  headingCache.set(section, re);
  return re;
}

/** Where the heading holding a caption starts: its numbering, up to a few words before (an agency's name). */
function captionLineStart(text: string, at: number): number {
  const before = text.slice(Math.max(0, at - 24), at);
  const m = new RegExp(`${NUMBERING}[^。；;，,、\\s]{0,20}$`).exec(before);
  if (m) return at - before.length + m.index;
  // No numbering: an attachment mark and the agency (and year) printed before the caption after a space or a
  // sentence ("二○一三年一月二十日 平潭综合实验区…", "附件1：平潭县人民政府2011年…") belong to the caption's line.
  const bare = /(?:^|(?<=[\s。；;]))(?:附件\s*\d{0,2}\s*[:：]\s*)?[^\s。；;，,、:：]{2,20}$/.exec(before);
  return bare && /[\u4e00-\u9fa5]/.test(bare[0]) ? at - before.length + bare.index : at;
}

function positionsOf(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

/** A piece that starts with a table row label (or is the figures of a label-less row) as a grid row. */
function rowBlock(piece: string, label: string | null): SourceBlock[] {
  const tail = FIGURES_TAIL.exec(piece);
  const head = tail ? piece.slice(0, tail.index) : piece;
  if (!tail || (label === null && head.trim() !== '' && !/[\u4e00-\u9fa5]$/.test(head))) {
    return [{ kind: 'line', text: piece }];
  }
  // Each no-break space is an empty cell; each run of digits is one cell or several run together.
  const cells: SourceCell[] = [];
  for (const m of tail[0].matchAll(TAIL_PIECE)) {
    if (m[0] === '\u00a0') cells.push({ text: '' });
    else cells.push(m[0].includes('.') ? { text: m[0] } : { text: m[0], joined: true });
  }
  const out: SourceBlock[] = [];
  if (label === null && head.trim() !== '') out.push({ kind: 'line', text: head.trim() });
  out.push({ kind: 'table', rows: [label === null ? cells : [{ text: head.trim() }, ...cells]] });
  return out;
}

/** Cuts one flattened line at headings, 第二十条 markers, row labels (in the tables' sections only) and chrome. */
function relineOne(text: string, format: ReportFormat): SourceBlock[] | null {
  const { headings, rows } = anchorsOf(format);
  const cuts = new Map<number, Anchor | null>();
  const headingAt: { pos: number; table: boolean }[] = [];
  const tableSections = new Set(format.tables.map((t) => t.sectionId));
  for (const s of format.sections) {
    for (const m of text.matchAll(headingPattern(s))) {
      cuts.set(m.index, null);
      headingAt.push({ pos: m.index, table: tableSections.has(s.id) });
    }
  }
  // A table's caption ("七、平潭综合实验区政府信息公开情况统计表") starts the tables even under another heading.
  for (const t of format.tables) {
    if (!t.caption || t.caption.length < 6) continue;
    // Only where the table itself follows (its stub or a header label), not a mention in a sentence ("本报告由……
    // 政府信息公开情况统计表共五个部分组成").
    const heads = [t.stubLabel, ...t.headerRows.flat().map((h) => h.label)].filter((h) => h.length >= 2);
    for (const p of positionsOf(text, t.caption)) {
      const after = text.slice(p + t.caption.length, p + t.caption.length + 40).replace(/^[\s:：]+/, '');
      if (!heads.some((h) => after.startsWith(h))) continue;
      const start = captionLineStart(text, p);
      cuts.set(start, null);
      // The caption is a line of its own: the table's header (指标名称 计量单位 …) follows on the next.
      cuts.set(p + t.caption.length, null);
      headingAt.push({ pos: start, table: true });
    }
  }
  if (headingAt.length < 2) return null;
  headingAt.sort((a, b) => a.pos - b.pos);
  const inTables = (p: number) => {
    let table = false;
    for (const h of headingAt) if (h.pos <= p) table = h.table;
    return table;
  };
  let rowHits = 0;
  for (const a of rows) {
    for (const p of positionsOf(text, a.text)) {
      if (!inTables(p) || headings.some((h) => text.startsWith(h.text, p))) continue;
      // A short label ("规章", "其他") counts only right before its figures or empty cells.
      if (a.text.length < 4 && !/[\d\u00a0]/.test(text.charAt(p + a.text.length))) continue;
      const prev = cuts.get(p);
      if (prev && prev.text.length >= a.text.length) continue;
      const lead = numberingBefore(text, p);
      if (lead > 0 && cuts.get(p - lead)) continue;
      if (lead > 0) cuts.delete(p);
      cuts.set(p - lead, lead > 0 ? { text: text.slice(p - lead, p) + a.text, row: true } : a);
      rowHits++;
    }
  }
  for (const m of text.matchAll(ARTICLE)) if (inTables(m.index)) cuts.set(m.index, null);
  for (const m of text.matchAll(SUBHEADING_AFTER_SENTENCE)) if (!inTables(m.index)) cuts.set(m.index, null);
  for (const m of text.matchAll(CHROME_INLINE)) {
    if (inTables(m.index)) continue;
    cuts.set(m.index, null);
    cuts.set(m.index + m[0].length, null);
  }
  for (const m of text.matchAll(/\t/g)) if (!inTables(m.index)) cuts.set(m.index, null);
  const crumbEnds = new Set<number>();
  for (const re of [BREADCRUMB, FIELD_INLINE]) {
    for (const m of text.matchAll(re)) {
      if (inTables(m.index)) continue;
      cuts.set(m.index, null);
      cuts.set(m.index + m[0].length, null);
      if (re === BREADCRUMB) crumbEnds.add(m.index + m[0].length);
    }
  }
  if (rowHits === 0 && headingAt.length < 3) return null;
  // A row label inside a longer one ("其他" in "3.其他") is not a cut of its own.
  const sorted = [...cuts.keys()].sort((a, b) => a - b);
  const kept: number[] = [];
  let coveredTo = -1;
  for (const p of sorted) {
    if (p < coveredTo) continue;
    kept.push(p);
    const a = cuts.get(p);
    if (a) coveredTo = p + a.text.length;
  }
  const blocks: SourceBlock[] = [];
  const bounds = [0, ...kept.filter((p) => p > 0), text.length];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i] ?? 0;
    const piece = text.slice(start, bounds[i + 1]).replace(/^[\t ]+|[\t ]+$/g, '');
    if (piece.replace(/\u00a0/g, '').trim() === '') continue;
    const anchor = cuts.get(start);
    if (FIELD_LABEL.test(piece) && !anchor) continue;
    // The breadcrumb's last item ("年报") when the title follows as a field of its own.
    if (crumbEnds.has(start) && piece.length <= 12 && !/\d/.test(piece)) continue;
    if (anchor) blocks.push(...rowBlock(piece, anchor.text));
    else if (inTables(start)) blocks.push(...rowBlock(piece, null));
    else blocks.push({ kind: 'line', text: piece });
  }
  return blocks;
}

/**
 * Web pages saved or scraped as one long line (a county's archive, a CMS export): the report's structure is
 * rebuilt from the format's own headings and row labels, never from line breaks. Other documents are unchanged.
 */
export function relineBlocks(blocks: readonly SourceBlock[], format: ReportFormat): readonly SourceBlock[] {
  if (!blocks.some((b) => b.kind === 'line' && b.text.length >= LONG)) return blocks;
  const out: SourceBlock[] = [];
  let changed = false;
  for (const b of blocks) {
    const rebuilt = b.kind === 'line' && b.text.length >= LONG ? relineOne(b.text, format) : null;
    if (rebuilt) {
      out.push(...rebuilt);
      changed = true;
    } else out.push(b);
  }
  return changed ? out : blocks;
}
