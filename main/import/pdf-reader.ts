// .pdf → source document: pdf.js text items regrouped into lines by position (like pdftotext -layout), offline.
import { createRequire } from 'node:module';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import type { SourceBlock, SourceDoc } from '../../shared/import/types';
import { borderReader, type BorderReader } from './pdf-paths';
import { decodedStreamBytes, MAX_PDF_DECODED_BYTES } from './pdf-streams';
import {
  joinSplitRow,
  pageTables,
  segmentsOf,
  type DrawOps,
  type PageTable,
  type Segment,
} from './pdf-tables';

/** A report runs to a few dozen pages; beyond this the file is not one. */
export const MAX_PDF_PAGES = 300;
/** Text pieces of all pages together (a dense report page has a few hundred to two thousand). */
export const MAX_PDF_TEXT_ITEMS = 200_000;
/** Characters of one page (a 公文 page holds 22 × 28; a dense table page a few thousand). */
export const MAX_PDF_PAGE_CHARS = 20_000;

interface TextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Promise<PdfJs> | null = null;

/** pdf.js with its worker run in-process (no worker thread, no network, no eval). */
function pdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loaded;
}

/** pdf.js's data folders (CMaps for Chinese fonts without a ToUnicode map), wherever the app runs from. */
function assetDir(name: string): string {
  const bases: (() => string)[] = [
    () => require.resolve('pdfjs-dist/package.json'),
    () => createRequire(path.resolve(process.argv[1] ?? '.')).resolve('pdfjs-dist/package.json'),
    () => createRequire(path.join(process.cwd(), 'package.json')).resolve('pdfjs-dist/package.json'),
  ];
  for (const base of bases) {
    try {
      return path.join(path.dirname(base()), name) + path.sep;
    } catch {
      // next candidate (ESM has no require; the CLI may run from another folder)
    }
  }
  return path.join(process.cwd(), 'node_modules', 'pdfjs-dist', name) + path.sep;
}

/** Kangxi / CJK radical code points some PDF producers emit for ordinary hanzi (⼀ for 一). */
const RADICALS = /[\u2E80-\u2FDF]/g;

function fontSize(t: readonly number[]): number {
  return Math.hypot(t[0] ?? 0, t[1] ?? 0) || Math.abs(t[3] ?? 0) || 10;
}

interface Line {
  readonly text: string;
  /** Baseline (page space, y up). */
  readonly y: number;
  readonly x0: number;
  readonly x1: number;
  readonly size: number;
}

/**
 * One page's items as text lines: same baseline → one line; wide gaps → spaces, as columns of a table. Items are
 * sorted by baseline once and grouped in one pass (n log n; a page of 30 000 items was quadratic before).
 */
export function pageLines(items: readonly TextItem[]): Line[] {
  const rows: { y: number; size: number; items: TextItem[] }[] = [];
  const placed = items
    .filter((it) => it.str !== '')
    .map((it) => ({ it, y: it.transform[5] ?? 0, size: fontSize(it.transform) }))
    .sort((a, b) => b.y - a.y);
  let row: (typeof rows)[number] | undefined;
  for (const { it, y, size } of placed) {
    if (row && Math.abs(row.y - y) <= Math.max(1.5, Math.min(row.size, size) * 0.35)) row.items.push(it);
    else {
      row = { y, size, items: [it] };
      rows.push(row);
    }
  }
  rows.sort((a, b) => b.y - a.y);
  return rows.map((r) => {
    const sorted = [...r.items].sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
    let text = '';
    let end = -Infinity;
    for (const it of sorted) {
      const x = it.transform[4] ?? 0;
      const gap = x - end;
      if (text !== '') text += gap > r.size * 0.9 ? '   ' : gap > r.size * 0.2 ? ' ' : '';
      text += it.str.replace(RADICALS, (c) => c.normalize('NFKC'));
      end = Math.max(end, x + it.width);
    }
    const x0 = sorted[0]?.transform[4] ?? 0;
    return { text: text.replace(/\s+$/, ''), y: r.y, x0, x1: end, size: r.size };
  });
}

/** Running text: glyphs side by side with no column gaps (full-width characters count one em, others half). */
function dense(l: Line): boolean {
  if (l.text.includes('   ')) return false;
  let ems = 0;
  for (const ch of l.text)
    ems += /[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/.test(ch) ? 1 : ch === ' ' ? 0.25 : 0.5;
  return ems * l.size >= 0.85 * (l.x1 - l.x0);
}

interface Margins {
  readonly left: number;
  readonly right: number;
}

/** The body's left edge and right margin (where nine lines in ten end at most). */
function marginsOf(lines: readonly Line[]): Margins {
  const xs = lines.map((l) => l.x1).sort((a, b) => a - b);
  let left = Infinity;
  for (const l of lines) left = Math.min(left, l.x0);
  return { left, right: xs[Math.floor(xs.length * 0.9)] ?? 0 };
}

/**
 * One page as blocks: its ruled tables as cell grids (blank cells and merged cells kept, labels wrapped inside a
 * cell joined), the text around them as paragraphs, in the order they are printed.
 */
export function pageBlocks(items: readonly TextItem[], tables: readonly PageTable[]): SourceBlock[] {
  const used = new Set<TextItem>();
  for (const t of tables) for (const it of t.used) used.add(it as TextItem);
  const lines = pageLines(items.filter((it) => !used.has(it)));
  const margins = marginsOf(lines);
  const out: SourceBlock[] = [];
  let i = 0;
  const flush = (until: number) => {
    const run: Line[] = [];
    while (i < lines.length && (lines[i]?.y ?? 0) > until) run.push(lines[i++] as Line);
    for (const text of paragraphsOf(run, margins)) out.push({ kind: 'line', text });
  };
  for (const t of tables) {
    flush(t.top);
    out.push({ kind: 'table', rows: t.rows });
  }
  flush(-Infinity);
  return out;
}

/**
 * Body paragraphs wrap at the right margin: a line that reaches the margin continues on the next line when that
 * one starts at the left margin (no first-line indent). Table rows (wide gaps) and short lines are never joined.
 */
export function paragraphsOf(lines: readonly Line[], margins: Margins = marginsOf(lines)): string[] {
  if (lines.length === 0) return [];
  const { left, right } = margins;
  const out: string[] = [];
  let prev: Line | null = null;
  for (const line of lines) {
    const joins =
      prev !== null &&
      dense(prev) &&
      dense(line) &&
      prev.x1 >= right - prev.size * 1.5 &&
      line.x0 <= left + line.size * 0.5 &&
      !/[。：:；;！？]$/.test(prev.text);
    if (joins && out.length > 0) out[out.length - 1] += line.text.trimStart();
    else out.push(line.text);
    prev = line;
  }
  return out;
}

/** A text item that is a figure alone; a page with fewer than MIN_FIGURES of them holds no table to rebuild. */
const FIGURE = /^\s*\d[\d,.]*\s*$/;
const MIN_FIGURES = 3;

export interface PageOut {
  readonly blocks: readonly SourceBlock[];
  readonly tables: readonly PageTable[];
  /** The lowest point anything is printed at (page space). */
  readonly foot: number;
}

function footOf(items: readonly TextItem[], segs: readonly Segment[]): number {
  let foot = Infinity;
  for (const it of items)
    if (it.str.trim() !== '') foot = Math.min(foot, (it.transform[5] ?? 0) - 0.25 * fontSize(it.transform));
  for (const s of segs) foot = Math.min(foot, s.horizontal ? s.at : s.from);
  return foot;
}

/**
 * How close (points) a table's bottom must come to the body's foot for its last row to be run over the page: a word
 * processor breaks a row between two of its lines, so the page ends up to a line short of the foot.
 */
const FOOT_TOL = 14;

/** A line's shape regardless of its numbers: "about:blank 2/4" and "about:blank 3/4" are one running foot. */
const runningKey = (b: SourceBlock | undefined) =>
  b?.kind === 'line' ? b.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim() : null;

/**
 * Running heads and feet (a browser's date, title, address and page x/y; a 公文's 版头 repeated on every page): the
 * first or last line of a page that, numbers aside, is the first or last line of at least half the pages (two at
 * least). They are not part of the report and would be read as its title or as stray figures.
 */
export function withoutRunningLines(pages: readonly PageOut[]): PageOut[] {
  if (pages.length < 2) return [...pages];
  const count = (keys: (string | null)[]) => {
    const n = new Map<string, number>();
    for (const k of keys) if (k) n.set(k, (n.get(k) ?? 0) + 1);
    return n;
  };
  const heads = count(pages.map((p) => runningKey(p.blocks[0])));
  const feet = count(pages.map((p) => runningKey(p.blocks[p.blocks.length - 1])));
  const running = (n: Map<string, number>, k: string | null) =>
    k !== null && (n.get(k) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((p) => {
    let blocks = p.blocks;
    if (running(heads, runningKey(blocks[0]))) blocks = blocks.slice(1);
    if (running(feet, runningKey(blocks[blocks.length - 1]))) blocks = blocks.slice(0, -1);
    return { ...p, blocks };
  });
}

/**
 * The pages' blocks in order; a table row run over a page break (Word and LibreOffice let a tall row break) is
 * made whole again: the page's table reaches the foot of the body (the lowest point of any page, less a line) and the
 * next page opens with the rest of that row (see joinSplitRow).
 */
function joinPages(pages: readonly PageOut[]): SourceBlock[] {
  let foot = Infinity;
  for (const p of pages) foot = Math.min(foot, p.foot);
  const out: SourceBlock[] = [];
  let prevTable: PageTable | undefined;
  for (const page of pages) {
    const [first, ...rest] = page.blocks;
    const last = out[out.length - 1];
    if (
      first?.kind === 'table' &&
      last?.kind === 'table' &&
      prevTable &&
      prevTable.bottom <= foot + FOOT_TOL
    ) {
      const tail = last.rows[last.rows.length - 1];
      const head = first.rows[0];
      const opening = page.tables[0];
      const whole =
        tail && head && opening
          ? joinSplitRow({ row: tail, xs: prevTable.xs }, { row: head, xs: opening.xs })
          : null;
      if (whole) {
        out[out.length - 1] = { kind: 'table', rows: [...last.rows.slice(0, -1), whole] };
        if (first.rows.length > 1) out.push({ kind: 'table', rows: first.rows.slice(1) });
        out.push(...rest);
        prevTable =
          page.blocks[page.blocks.length - 1]?.kind === 'table'
            ? page.tables[page.tables.length - 1]
            : undefined;
        continue;
      }
    }
    out.push(...page.blocks);
    prevTable =
      page.blocks[page.blocks.length - 1]?.kind === 'table' ? page.tables[page.tables.length - 1] : undefined;
  }
  return out;
}

/** pdf.js's codes of the operators that track the transform and paint paths. */
function drawOps(lib: PdfJs): DrawOps {
  const o = lib.OPS;
  return {
    save: o.save,
    restore: o.restore,
    transform: o.transform,
    constructPath: o.constructPath,
    paint: new Set([
      o.stroke,
      o.closeStroke,
      o.fill,
      o.eoFill,
      o.fillStroke,
      o.eoFillStroke,
      o.closeFillStroke,
      o.closeEOFillStroke,
    ]),
  };
}

const abnormal = () =>
  new AppError(
    'UNSUPPORTED',
    'PDF 文件内容过大或结构异常（解压后数据或文字过多），不像一份年度报告，已拒绝导入。',
  );

export async function pdfDocument(bytes: Uint8Array): Promise<SourceDoc> {
  if (decodedStreamBytes(bytes) > MAX_PDF_DECODED_BYTES) throw abnormal();
  const lib = await pdfjs();
  let doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
  try {
    doc = await lib.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      cMapUrl: assetDir('cmaps'),
      cMapPacked: true,
      standardFontDataUrl: assetDir('standard_fonts'),
      verbosity: 0,
    }).promise;
  } catch (err) {
    const name = (err as { name?: string }).name;
    if (name === 'PasswordException')
      throw new AppError('UNSUPPORTED', 'PDF 文件设有密码，无法读取。请先在 PDF 阅读器中解除密码。');
    throw new AppError('CORRUPT', 'PDF 文件已损坏或格式不对，无法读取。');
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) {
      throw new AppError('UNSUPPORTED', `PDF 文件有 ${doc.numPages} 页，不像一份年度报告，已拒绝导入。`);
    }
    const pages: PageOut[] = [];
    let borders: BorderReader | null | undefined;
    let itemCount = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      itemCount += content.items.length;
      if (itemCount > MAX_PDF_TEXT_ITEMS) throw abnormal();
      const items = content.items.filter((i): i is TextItem & (typeof content.items)[number] => 'str' in i);
      let chars = 0;
      for (const it of items) chars += it.str.length;
      if (chars > MAX_PDF_PAGE_CHARS) throw abnormal();
      // Borders are read only where a table of figures may be; from the content streams (pdf-paths.ts), or, when
      // pdf-lib cannot read the file, by having pdf.js draw the page (as slow as reading its text).
      const figures = items.filter((it) => FIGURE.test(it.str)).length;
      let segs: Segment[] = [];
      if (figures >= MIN_FIGURES && borders === undefined) borders = await borderReader(bytes);
      if (figures >= MIN_FIGURES && borders) segs = borders(p - 1);
      else if (figures >= MIN_FIGURES) {
        const ops = await page.getOperatorList();
        segs = segmentsOf(ops.fnArray, ops.argsArray, drawOps(lib));
      }
      const tables = pageTables(segs, items);
      pages.push({ blocks: pageBlocks(items, tables), tables, foot: footOf(items, segs) });
      page.cleanup();
    }
    const blocks = joinPages(withoutRunningLines(pages));
    const text = blocks.map((b) =>
      b.kind === 'line'
        ? b.text
        : b.rows
            .flat()
            .map((c) => c.text)
            .join(''),
    );
    if (text.join('').replace(/\s+/g, '').length < 10) {
      throw new AppError(
        'UNSUPPORTED',
        '这份 PDF 没有可读取的文字（可能是扫描件或图片）。请改用网站上的网页版本，或对照原件手工录入。',
      );
    }
    return { origin: 'pdf', blocks };
  } finally {
    await doc.destroy();
  }
}
