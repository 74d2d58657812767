// Ruled tables of a PDF page: borders read from the drawing operators, merged cells from missing borders, text placed in cells.
import type { SourceCell } from '../../shared/import/types';
import { multiply, type Matrix } from './pdf-matrix';

/** A text piece as pdf.js gives it: transform in page space (y up), width in page units. */
export interface PlacedItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
}

/** A border: horizontal at y = `at` from x `from` to `to`, or vertical at x = `at` from y `from` to `to`. */
export interface Segment {
  readonly horizontal: boolean;
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

export interface PageTable {
  /** Top edge (page space, y up): where the table sits among the page's lines. */
  readonly top: number;
  /** Bottom edge: a table reaching the foot of the page may have its last row go on over the page. */
  readonly bottom: number;
  /** Column borders, left to right (one more than the cells of a row). */
  readonly xs: readonly number[];
  /** Rows top to bottom; a merged cell repeats its text with `span` in the slots it covers (as the HTML reader). */
  readonly rows: readonly (readonly SourceCell[])[];
  /** The items placed in the table's cells (the page's lines are made of the others). */
  readonly used: ReadonlySet<PlacedItem>;
}

/** The pdf.js operator codes read here (OPS of pdf.mjs). */
export interface DrawOps {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly constructPath: number;
  readonly paint: ReadonlySet<number>;
}

/** A border is a stroke or a filled bar at most this thick (points); two borders closer than TOL are one. */
const THIN = 2.5;
const TOL = 2.5;
const MIN_LENGTH = 4;
/** Drawing operators beyond this are not looked at (a chart, a map): the page is then read as lines only. */
const MAX_PATHS = 20_000;

/** Thin painted paths of a page (stroked lines, filled bars) as borders, from their bounding boxes in page space. */
export function segmentsOf(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  ops: DrawOps,
): Segment[] {
  const out: Segment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let paths = 0;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && Array.isArray(args) && args.length === 6) {
      ctm = multiply(args.map(Number) as unknown as Matrix, ctm);
    } else if (fn === ops.constructPath && Array.isArray(args)) {
      if (++paths > MAX_PATHS) return [];
      const [paintOp, , minMax] = args as [unknown, unknown, ArrayLike<number> | null | undefined];
      if (typeof paintOp !== 'number' || !ops.paint.has(paintOp) || !minMax || minMax.length < 4) continue;
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = Array.from(minMax);
      const xs = [x0, x1].flatMap((x) => [y0, y1].map((y) => ctm[0] * x + ctm[2] * y + ctm[4]));
      const ys = [x0, x1].flatMap((x) => [y0, y1].map((y) => ctm[1] * x + ctm[3] * y + ctm[5]));
      const [left, right, bottom, top] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      const w = right - left;
      const h = top - bottom;
      if (h <= THIN && w >= MIN_LENGTH)
        out.push({ horizontal: true, at: (top + bottom) / 2, from: left, to: right });
      else if (w <= THIN && h >= MIN_LENGTH) {
        out.push({ horizontal: false, at: (left + right) / 2, from: bottom, to: top });
      }
    }
  }
  return out;
}

/** Coordinates within TOL of the first of a run are one line (double borders, cell spacing). */
function clusters(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: { first: number; sum: number; n: number }[] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last.first <= TOL) {
      last.sum += v;
      last.n++;
    } else out.push({ first: v, sum: v, n: 1 });
  }
  return out.map((c) => c.sum / c.n);
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] ?? r;
    this.parent[i] = r;
    return r;
  }
  union(a: number, b: number) {
    this.parent[this.find(a)] = this.find(b);
  }
}

/** Segments that touch one another form one table: crossing borders, and pieces of one border drawn cell by cell. */
function components(segs: readonly Segment[]): Segment[][] {
  const uf = new UnionFind(segs.length);
  const hs = segs.map((s, i) => ({ s, i })).filter((e) => e.s.horizontal);
  const vs = segs.map((s, i) => ({ s, i })).filter((e) => !e.s.horizontal);
  for (const h of hs) {
    for (const v of vs) {
      const meets =
        v.s.at >= h.s.from - TOL &&
        v.s.at <= h.s.to + TOL &&
        h.s.at >= v.s.from - TOL &&
        h.s.at <= v.s.to + TOL;
      if (meets) uf.union(h.i, v.i);
    }
  }
  // Collinear pieces end to end (sorted by position, so each is compared with its near neighbours only).
  for (const group of [hs, vs]) {
    const sorted = [...group].sort((a, b) => a.s.at - b.s.at);
    for (let a = 0; a < sorted.length; a++) {
      const p = sorted[a];
      if (!p) continue;
      for (let b = a + 1; b < sorted.length; b++) {
        const q = sorted[b];
        if (!q || q.s.at - p.s.at > TOL) break;
        if (q.s.from <= p.s.to + TOL && p.s.from <= q.s.to + TOL) uf.union(p.i, q.i);
      }
    }
  }
  const groups = new Map<number, Segment[]>();
  segs.forEach((s, i) => {
    const r = uf.find(i);
    const g = groups.get(r);
    if (g) g.push(s);
    else groups.set(r, [s]);
  });
  return [...groups.values()];
}

/** Borders by the grid line they lie on (index into the clustered coordinates). */
function byLine(segs: readonly Segment[], lines: readonly number[]): Segment[][] {
  const out: Segment[][] = lines.map(() => []);
  for (const s of segs) {
    const i = lines.findIndex((l) => Math.abs(l - s.at) <= TOL);
    if (i >= 0) out[i]?.push(s);
  }
  return out;
}

const covers = (segs: readonly Segment[] | undefined, mid: number) =>
  (segs ?? []).some((s) => s.from - TOL <= mid && mid <= s.to + TOL);

const CJK_EDGE = /[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/;

/** Two lines of one cell as one text: hanzi join tight, as do the digits of a figure wrapped in a narrow cell. */
function joinWrapped(text: string, line: string): string {
  if (text === '' || line === '') return text + line;
  const tight =
    CJK_EDGE.test(text.slice(-1)) || CJK_EDGE.test(line.charAt(0)) || (/\d$/.test(text) && /^\d/.test(line));
  return text + (tight ? '' : ' ') + line;
}

/** A label's own numbering: 一、 （一） 1. 1、 — a row in its own right starts with one. */
const NUMBERED =
  /^\s*(?:[一二三四五六七八九十]+\s*、|[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|\d{1,2}\s*[.、．])/;
/** What stands for a figure cut in two by a page break: a placeholder the importer lists as 需核对. */
export const CUT_FIGURE = '…';

/**
 * A row that a word processor let run over a page break: its rest opens the next page's table, holding text only in
 * cells the row's first part also holds (the rest of a label, the last digits of a figure), never a cell of its own.
 * Returns the row made whole, or null when `next` is a row in its own right. A label goes on unless its rest starts
 * with a numbering; a figure cut in two ("2" | "6") is not joined but marked, since a real row ("2" over a new row
 * "6") would look the same: the importer then asks the clerk (需核对) instead of guessing.
 */
export function joinSplitRow(
  prev: { readonly row: readonly SourceCell[]; readonly xs: readonly number[] },
  next: { readonly row: readonly SourceCell[]; readonly xs: readonly number[] },
): SourceCell[] | null {
  const filled = (c: SourceCell | undefined) => !!c && !c.span && c.text.trim() !== '';
  // The rest's cells by the column of the first part they lie in (the new page may draw fewer column borders).
  const rests = new Map<number, string>();
  for (let j = 0; j < next.row.length; j++) {
    const rest = next.row[j];
    if (!filled(rest)) continue;
    const mid = ((next.xs[j] ?? 0) + (next.xs[j + 1] ?? 0)) / 2;
    const i = prev.xs.findIndex((x, k) => k + 1 < prev.xs.length && mid >= x && mid < (prev.xs[k + 1] ?? x));
    const text = rest?.text.trim() ?? '';
    if (i < 0 || !filled(prev.row[i]) || rests.has(i)) return null;
    if (!/^\d+$/.test(text) && NUMBERED.test(text)) return null;
    rests.set(i, text);
  }
  const prevFilled = prev.row.filter(filled).length;
  if (rests.size === 0 || rests.size >= prevFilled) return null;
  const whole = prev.row.map((c, i) => {
    const rest = rests.get(i);
    if (rest === undefined) return c;
    const figure = /^\d+$/.test(c.text.trim()) && /^\d+$/.test(rest);
    return { ...c, text: figure ? CUT_FIGURE : joinWrapped(c.text, rest) };
  });
  // Merged-cell slots repeat their cell's text (as the HTML reader gives them).
  return whole.map((c, i) => {
    if (c.span !== 'col') return c;
    let j = i;
    while (j > 0 && whole[j]?.span) j--;
    return { ...c, text: whole[j]?.text ?? c.text };
  });
}

/** Lines of a cell joined back: a label wrapped inside its cell is one label again ("2.其他法律行政法规" + "禁止公开"). */
function cellText(items: readonly PlacedItem[]): string {
  const lines = new Map<number, PlacedItem[]>();
  const size = (it: PlacedItem) => Math.hypot(it.transform[0] ?? 0, it.transform[1] ?? 0) || 10;
  const keys: number[] = [];
  for (const it of [...items].sort((a, b) => (b.transform[5] ?? 0) - (a.transform[5] ?? 0))) {
    const y = it.transform[5] ?? 0;
    const key = keys.find((k) => Math.abs(k - y) <= size(it) * 0.35);
    if (key === undefined) {
      keys.push(y);
      lines.set(y, [it]);
    } else lines.get(key)?.push(it);
  }
  let text = '';
  for (const k of keys) {
    const line = (lines.get(k) ?? [])
      .sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0))
      .map((it) => it.str)
      .join('')
      .trim();
    if (line === '') continue;
    text = joinWrapped(text, line);
  }
  // Justified or letter-spaced cells ("1. 属 于 国 家 秘密"): a gap between two hanzi is spacing, not a word break.
  return text.replace(
    /(?<=[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F\u2018-\u201F.])\s+(?=[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F\u2018-\u201F])/g,
    '',
  );
}

const emWidth = (text: string) => {
  let ems = 0;
  for (const ch of text) ems += CJK_EDGE.test(ch) ? 1 : 0.5;
  return ems;
};

/**
 * pdf.js joins glyph runs printed on one baseline into one item, across cell borders ("三、本年度办理结果 （一）予以公开",
 * "商业企业 科研机构 社会公益组织"). Such an item is cut at its spaces, each word placed by its estimated width (the first at
 * the item's start, the last at its end, the spaces sharing what is left), so that each word lands in its own cell.
 */
function piecesOf(item: PlacedItem, borders: readonly number[]): { piece: PlacedItem; item: PlacedItem }[] {
  const x0 = item.transform[4] ?? 0;
  const x1 = x0 + item.width;
  const words = item.str.trim().split(/\s+/);
  if (words.length < 2 || !borders.some((b) => b > x0 + TOL && b < x1 - TOL)) return [{ piece: item, item }];
  const size = Math.hypot(item.transform[0] ?? 0, item.transform[1] ?? 0) || 10;
  const widths = words.map((w) => emWidth(w) * size);
  const gap = Math.max(0, (item.width - widths.reduce((a, b) => a + b, 0)) / (words.length - 1));
  const scale = Math.min(1, item.width / widths.reduce((a, b) => a + b, 0));
  const out: { piece: PlacedItem; item: PlacedItem }[] = [];
  let x = x0;
  words.forEach((str, i) => {
    const width = (widths[i] ?? 0) * scale;
    const transform = [...item.transform];
    transform[4] = x;
    out.push({ piece: { str, transform, width }, item });
    x += width + gap;
  });
  return out;
}

/** One table component as a grid: columns and rows between its borders, cells merged where a border is missing. */
function gridOf(segs: readonly Segment[], items: readonly PlacedItem[]): PageTable | null {
  const hs = segs.filter((s) => s.horizontal);
  const vs = segs.filter((s) => !s.horizontal);
  const xs = clusters(vs.map((s) => s.at));
  const ys = clusters(hs.map((s) => s.at)).reverse();
  // A table cut by a page break has no border above its first row on the new page (or below its last on the old
  // one): its column borders still reach there, so the row is closed where they end.
  const vTop = Math.max(...vs.map((s) => s.to));
  const vBottom = Math.min(...vs.map((s) => s.from));
  if (ys.length > 0 && vTop > (ys[0] ?? 0) + MIN_LENGTH) ys.unshift(vTop);
  if (ys.length > 0 && vBottom < (ys[ys.length - 1] ?? 0) - MIN_LENGTH) ys.push(vBottom);
  const cols = xs.length - 1;
  const rowsN = ys.length - 1;
  if (cols < 2 || rowsN < 1 || cols * rowsN > 5_000) return null;
  const id = (r: number, c: number) => r * cols + c;
  const uf = new UnionFind(cols * rowsN);
  const vLines = byLine(vs, xs);
  const hLines = byLine(hs, ys);
  for (let r = 0; r < rowsN; r++) {
    const midY = ((ys[r] ?? 0) + (ys[r + 1] ?? 0)) / 2;
    for (let c = 0; c < cols; c++) {
      const midX = ((xs[c] ?? 0) + (xs[c + 1] ?? 0)) / 2;
      if (c + 1 < cols && !covers(vLines[c + 1], midY)) uf.union(id(r, c), id(r, c + 1));
      if (r + 1 < rowsN && !covers(hLines[r + 1], midX)) uf.union(id(r, c), id(r + 1, c));
    }
  }
  // Each merged cell: the slots it covers, its box, the items whose centre falls inside.
  const regions = new Map<number, { r0: number; c0: number; r1: number; c1: number; items: PlacedItem[] }>();
  for (let r = 0; r < rowsN; r++) {
    for (let c = 0; c < cols; c++) {
      const root = uf.find(id(r, c));
      const g = regions.get(root);
      if (!g) regions.set(root, { r0: r, c0: c, r1: r, c1: c, items: [] });
      else
        Object.assign(g, {
          r0: Math.min(g.r0, r),
          c0: Math.min(g.c0, c),
          r1: Math.max(g.r1, r),
          c1: Math.max(g.c1, c),
        });
    }
  }
  const used = new Set<PlacedItem>();
  const left = xs[0] ?? 0;
  const right = xs[cols] ?? 0;
  const top = ys[0] ?? 0;
  const bottom = ys[rowsN] ?? 0;
  const colOf = (x: number) => xs.findIndex((v, i) => i < cols && x >= v && x < (xs[i + 1] ?? v));
  const rowOf = (y: number) => ys.findIndex((v, i) => i < rowsN && y <= v && y > (ys[i + 1] ?? v));
  for (const { piece: it, item } of items.flatMap((i) => piecesOf(i, xs))) {
    const size = Math.hypot(it.transform[0] ?? 0, it.transform[1] ?? 0) || 10;
    const cx = (it.transform[4] ?? 0) + it.width / 2;
    const cy = (it.transform[5] ?? 0) + size * 0.35;
    if (cx < left || cx > right || cy > top || cy < bottom) continue;
    const r = rowOf(cy);
    const c = colOf(cx);
    if (r < 0 || c < 0) continue;
    regions.get(uf.find(id(r, c)))?.items.push(it);
    used.add(item);
  }
  const texts = new Map<number, string>();
  for (const [root, g] of regions) texts.set(root, cellText(g.items));
  const rows: SourceCell[][] = [];
  for (let r = 0; r < rowsN; r++) {
    const row: SourceCell[] = [];
    for (let c = 0; c < cols; c++) {
      const root = uf.find(id(r, c));
      const g = regions.get(root);
      const text = texts.get(root) ?? '';
      if (!g || (g.r0 === r && g.c0 === c)) row.push({ text });
      else row.push({ text, span: c > g.c0 ? 'col' : 'row' });
    }
    rows.push(row);
  }
  // A lone box around a paragraph is not a table.
  if (regions.size < 2) return null;
  return { top, bottom, xs, rows, used };
}

/** The ruled tables of one page, top to bottom. */
export function pageTables(segs: readonly Segment[], items: readonly PlacedItem[]): PageTable[] {
  const out: PageTable[] = [];
  for (const group of components(segs)) {
    const t = gridOf(group, items);
    if (t) out.push(t);
  }
  return out.sort((a, b) => b.top - a.top);
}
