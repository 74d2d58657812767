// Lays out a document table: widths from content (figures never break), wrapped cells, page breaks between row groups
// with repeated header rows and group labels carried to every page the group spans.
import { placeCells, type DocCell, type DocTable, type PlacedCell } from '../../../shared/document';
import type { FontSet } from './fonts';
import { breakLines, tokenize, type BrokenLine } from './line-break';
import { emitText, measure, type LaidPage } from './ops';
import { BODY_HEIGHT, BODY_WIDTH, PAGE, SIZE } from './page-setup';

const PAD_Y = 3;
/** Smallest type a table shrinks to so that its figures stay whole (小六 ≈ 6.5 pt). */
const MIN_SIZE = 6.5;

/** Type size, paddings and column positions of one table. */
interface Geometry {
  readonly size: number;
  readonly lh: number;
  readonly minH: number;
  readonly padX: number;
  readonly x: readonly number[];
  readonly w: readonly number[];
}

interface Measured {
  readonly placed: PlacedCell;
  readonly lines: readonly BrokenLine[];
  readonly need: number;
}

interface Grid {
  readonly cells: readonly Measured[];
  readonly heights: number[];
}

export interface TableFlow {
  /** Current page and y (top of free space); `newPage` starts the next page. */
  page: LaidPage;
  y: number;
  newPage(): void;
}

/** Width a cell needs so that nothing in it breaks: the whole text of a figure, the widest token otherwise. */
function unbreakable(cell: DocCell, widthOf: (s: string) => number): number {
  if (cell.role === 'value') return widthOf(cell.text);
  let w = 0;
  for (const t of tokenize(cell.text)) w = Math.max(w, widthOf(t));
  return w;
}

/** Column widths: the declared weights, raised to what each column's content needs, the rest shared by weight. */
function widths(weights: readonly number[], need: readonly number[]): number[] | null {
  const n = weights.length;
  if (need.reduce((s, v) => s + v, 0) > BODY_WIDTH + 0.01) return null;
  const fixed = new Array<boolean>(n).fill(false);
  let w: number[] = [];
  for (let round = 0; round <= n; round++) {
    const fixedSum = need.reduce((s, v, i) => (fixed[i] ? s + v : s), 0);
    const freeWeight = weights.reduce((s, v, i) => (fixed[i] ? s : s + v), 0) || 1;
    w = weights.map((v, i) => (fixed[i] ? (need[i] ?? 0) : ((BODY_WIDTH - fixedSum) * v) / freeWeight));
    let changed = false;
    w.forEach((cw, i) => {
      if (!fixed[i] && cw < (need[i] ?? 0) - 0.01) {
        fixed[i] = true;
        changed = true;
      }
    });
    if (!changed) break;
  }
  return w;
}

const geometryCache = new WeakMap<DocTable, WeakMap<FontSet, Geometry>>();

function geometry(table: DocTable, fonts: FontSet): Geometry {
  const hit = geometryCache.get(table)?.get(fonts);
  if (hit) return hit;
  const n = table.columnWeights.length;
  const placed = placeCells([...table.headerRows, ...table.bodyRows]);
  let size: number = table.dense ? SIZE.xiaowu : SIZE.wu;
  let w: number[] | null = null;
  let padX = 3;
  for (;;) {
    const widthOf = measure(fonts, 'table', size);
    const need = new Array<number>(n).fill(0);
    for (const p of placed) {
      const per = unbreakable(p.cell, widthOf) / p.cell.colSpan + (2 * padX) / p.cell.colSpan;
      for (let c = p.col; c < p.col + p.cell.colSpan && c < n; c++) need[c] = Math.max(need[c] ?? 0, per);
    }
    w = widths(table.columnWeights, need);
    if (w || size <= MIN_SIZE) break;
    if (padX > 1.5) padX = 1.5;
    else size = Math.max(MIN_SIZE, size - 0.5);
  }
  // Even at the smallest size the figures do not fit (dozens of columns): share the width by weight.
  w ??= widths(table.columnWeights, new Array<number>(n).fill(0)) ?? [];
  const x: number[] = [];
  let acc = PAGE.marginLeft;
  for (const cw of w) {
    x.push(acc);
    acc += cw;
  }
  const g = { size, lh: size * 1.35, minH: size * 1.35 + 2 * PAD_Y + 4, padX, x, w };
  const perFonts = geometryCache.get(table) ?? new WeakMap<FontSet, Geometry>();
  perFonts.set(fonts, g);
  geometryCache.set(table, perFonts);
  return g;
}

function spanWidth(w: readonly number[], col: number, span: number): number {
  let s = 0;
  for (let i = col; i < col + span; i++) s += w[i] ?? 0;
  return s;
}

function measureGrid(rows: readonly (readonly DocCell[])[], g: Geometry, fonts: FontSet): Grid {
  const widthOf = measure(fonts, 'table', g.size);
  const cells = placeCells(rows).map((placed): Measured => {
    const inner = spanWidth(g.w, placed.col, placed.cell.colSpan) - 2 * g.padX;
    const lines = placed.cell.text ? breakLines(placed.cell.text, inner, widthOf) : [];
    return { placed, lines, need: Math.max(1, lines.length) * g.lh + 2 * PAD_Y };
  });
  const heights = rows.map(() => g.minH);
  for (const c of cells) {
    if (c.placed.cell.rowSpan === 1)
      heights[c.placed.row] = Math.max(heights[c.placed.row] ?? g.minH, c.need);
  }
  const spanning = cells
    .filter((c) => c.placed.cell.rowSpan > 1)
    .sort((a, b) => a.placed.cell.rowSpan - b.placed.cell.rowSpan);
  for (const c of spanning) {
    const { row } = c.placed;
    const k = Math.min(c.placed.cell.rowSpan, rows.length - row);
    let sum = 0;
    for (let r = row; r < row + k; r++) sum += heights[r] ?? 0;
    if (c.need > sum) for (let r = row; r < row + k; r++) heights[r] = (heights[r] ?? 0) + (c.need - sum) / k;
  }
  return { cells, heights };
}

const lastRow = (m: Measured) => m.placed.row + m.placed.cell.rowSpan - 1;

/** Groups of consecutive rows in [from, to] tied together by row-spanning cells not in `excluded`. */
function units(grid: Grid, from: number, to: number, excluded: ReadonlySet<Measured>): [number, number][] {
  const reach = new Map<number, number>();
  for (const c of grid.cells) {
    if (excluded.has(c) || c.placed.row < from || c.placed.row > to) continue;
    reach.set(c.placed.row, Math.max(reach.get(c.placed.row) ?? c.placed.row, Math.min(to, lastRow(c))));
  }
  const out: [number, number][] = [];
  let start = from;
  let far = from;
  for (let r = from; r <= to; r++) {
    far = Math.max(far, reach.get(r) ?? r);
    if (far === r) {
      out.push([start, r]);
      start = r + 1;
    }
  }
  return out;
}

function drawCell(
  page: LaidPage,
  fonts: FontSet,
  g: Geometry,
  m: Measured,
  top: number,
  height: number,
): void {
  const left = g.x[m.placed.col] ?? PAGE.marginLeft;
  const width = spanWidth(g.w, m.placed.col, m.placed.cell.colSpan);
  page.ops.push({ kind: 'rect', x: left, y: top, w: width, h: height });
  let { size, lh } = g;
  let lines = m.lines;
  // A group label on a short part of a split group: set smaller until it fits inside its border.
  while (lines.length * lh > height - 2 * PAD_Y + 0.01 && size > 5) {
    size -= 0.5;
    lh = size * 1.25;
    lines = breakLines(m.placed.cell.text, width - 2 * g.padX, measure(fonts, 'table', size));
  }
  const textH = lines.length * lh;
  let lineTop = top + Math.max(PAD_Y, (height - textH) / 2);
  for (const line of lines) {
    const baseline = lineTop + (lh - size) / 2 + 0.88 * size;
    const lx =
      m.placed.cell.align === 'left'
        ? left + g.padX
        : m.placed.cell.align === 'right'
          ? left + width - g.padX - line.width
          : left + (width - line.width) / 2;
    emitText(page, fonts, 'table', size, lx, baseline, line.text);
    lineTop += lh;
  }
}

function drawHeader(flow: TableFlow, fonts: FontSet, g: Geometry, head: Grid): void {
  const tops: number[] = [];
  let y = flow.y;
  for (const h of head.heights) {
    tops.push(y);
    y += h;
  }
  for (const m of head.cells) {
    const k = Math.min(m.placed.cell.rowSpan, head.heights.length - m.placed.row);
    let h = 0;
    for (let r = m.placed.row; r < m.placed.row + k; r++) h += head.heights[r] ?? 0;
    drawCell(flow.page, fonts, g, m, tops[m.placed.row] ?? flow.y, h);
  }
  flow.y = y;
}

/** Height the table needs to start on a page: header rows plus its first row group. */
export function tableStartHeight(table: DocTable, fonts: FontSet): number {
  const g = geometry(table, fonts);
  const head = measureGrid(table.headerRows, g, fonts);
  const body = measureGrid(table.bodyRows, g, fonts);
  const first = units(body, 0, table.bodyRows.length - 1, new Set())[0];
  let h = head.heights.reduce((s, v) => s + v, 0);
  if (first) for (let r = first[0]; r <= first[1]; r++) h += body.heights[r] ?? 0;
  return Math.min(h, BODY_HEIGHT);
}

/**
 * Lays the table out from `flow.y`. `keepWithNext` is the height the following block needs on the table's last
 * page (the 落款): the last rows go to a new page with it rather than leave it alone there.
 */
export function layoutTable(flow: TableFlow, fonts: FontSet, table: DocTable, keepWithNext = 0): void {
  const bottom = PAGE.height - PAGE.marginBottom + 0.01;
  const g = geometry(table, fonts);
  const head = measureGrid(table.headerRows, g, fonts);
  const body = measureGrid(table.bodyRows, g, fonts);
  const headH = head.heights.reduce((s, v) => s + v, 0);
  const rowCount = table.bodyRows.length;
  const rowTop: number[] = [];
  const segments: { page: LaidPage; from: number; to: number }[] = [];
  let segFrom = 0;
  const sumH = (a: number, b: number) => {
    let h = 0;
    for (let r = a; r <= b; r++) h += body.heights[r] ?? 0;
    return h;
  };
  const fits = (h: number) => flow.y + h <= bottom;
  const fresh = BODY_HEIGHT - headH;

  const breakPage = (beforeRow: number) => {
    if (beforeRow > segFrom) segments.push({ page: flow.page, from: segFrom, to: beforeRow - 1 });
    segFrom = beforeRow;
    flow.newPage();
    drawHeader(flow, fonts, g, head);
  };
  const placeRows = (a: number, b: number) => {
    for (let r = a; r <= b; r++) {
      rowTop[r] = flow.y;
      flow.y += body.heights[r] ?? 0;
    }
  };

  const placeRange = (from: number, to: number, excluded: ReadonlySet<Measured>) => {
    for (const [a, b] of units(body, from, to, excluded)) {
      const h = sumH(a, b);
      if (fits(h)) {
        placeRows(a, b);
        continue;
      }
      // A group that fits on a page moves whole when little room is left; a large one splits between its
      // sub-groups (its label repeated on each page) rather than leave most of a page blank.
      const labels = body.cells.filter(
        (c) => !excluded.has(c) && c.placed.row === a && c.placed.cell.rowSpan > 1 && lastRow(c) >= b,
      );
      const inner = new Set([...excluded, ...labels]);
      const subs = labels.length > 0 ? units(body, a, b, inner) : [];
      const roomLeft = bottom - flow.y;
      if (h <= fresh && (subs.length < 2 || roomLeft < BODY_HEIGHT / 4)) {
        if (a > segFrom) breakPage(a);
        placeRows(a, b);
        continue;
      }
      if (subs.length >= 2) {
        // The label needs rows enough for its text before the first break.
        const labelNeed = Math.max(...labels.map((c) => c.need));
        let headRows = 0;
        for (const [sa, sb] of subs) {
          headRows += sumH(sa, sb);
          if (headRows >= labelNeed) break;
        }
        if (!fits(headRows) && a > segFrom) breakPage(a);
        placeRange(a, b, inner);
        continue;
      }
      for (let r = a; r <= b; r++) {
        if (!fits(body.heights[r] ?? 0) && r > segFrom) breakPage(r);
        placeRows(r, r);
      }
    }
  };

  if (flow.y + tableStartHeight(table, fonts) > bottom && flow.y > PAGE.marginTop + 1) flow.newPage();
  drawHeader(flow, fonts, g, head);
  placeRange(0, rowCount - 1, new Set());
  if (keepWithNext > 0 && !fits(keepWithNext) && rowCount > 0) {
    // Carry the last two rows (their whole row group) to a new page with what follows.
    const top = units(body, 0, rowCount - 1, new Set());
    const tail = top.filter(([, b]) => b >= rowCount - 2);
    const byUnit = tail[0]?.[0] ?? rowCount - 1;
    const from = sumH(byUnit, rowCount - 1) + keepWithNext <= fresh ? byUnit : Math.max(0, rowCount - 2);
    if (from > segFrom && sumH(from, rowCount - 1) + keepWithNext <= fresh) {
      flow.y = rowTop[from] ?? flow.y;
      breakPage(from);
      placeRows(from, rowCount - 1);
    }
  }
  if (rowCount > segFrom) segments.push({ page: flow.page, from: segFrom, to: rowCount - 1 });

  for (const seg of segments) {
    for (const m of body.cells) {
      const first = Math.max(m.placed.row, seg.from);
      const last = Math.min(lastRow(m), seg.to, rowCount - 1);
      if (first > last) continue;
      const top = rowTop[first] ?? 0;
      const h = (rowTop[last] ?? 0) + (body.heights[last] ?? 0) - top;
      drawCell(seg.page, fonts, g, m, top, h);
    }
  }
}
