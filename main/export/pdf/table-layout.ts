// Lays out a document table: column widths, wrapped cells, row heights, page breaks with repeated header rows.
import { placeCells, type DocCell, type DocTable, type PlacedCell } from '../../../shared/document';
import type { FontSet } from './fonts';
import { breakLines, type BrokenLine } from './line-break';
import { emitText, measure, type LaidPage } from './ops';
import { BODY_HEIGHT, BODY_WIDTH, PAGE, SIZE } from './page-setup';

const PAD_X = 3;
const PAD_Y = 3;

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
  /** Current page and y (top of free space); `newPage` starts the next page and returns it with its top y. */
  page: LaidPage;
  y: number;
  newPage(): void;
}

function sizes(table: DocTable) {
  const size = table.dense ? SIZE.xiaowu : SIZE.wu;
  return { size, lh: size * 1.35, minH: size * 1.35 + 2 * PAD_Y + 4 };
}

function columns(table: DocTable): { x: number[]; w: number[] } {
  const total = table.columnWeights.reduce((s, v) => s + v, 0) || 1;
  const w = table.columnWeights.map((v) => (v / total) * BODY_WIDTH);
  const x: number[] = [];
  let acc = PAGE.marginLeft;
  for (const cw of w) {
    x.push(acc);
    acc += cw;
  }
  return { x, w };
}

function spanWidth(w: readonly number[], col: number, span: number): number {
  let s = 0;
  for (let i = col; i < col + span; i++) s += w[i] ?? 0;
  return s;
}

function measureGrid(rows: readonly (readonly DocCell[])[], table: DocTable, fonts: FontSet): Grid {
  const { size, lh, minH } = sizes(table);
  const { w } = columns(table);
  const widthOf = measure(fonts, 'table', size);
  const cells = placeCells(rows).map((placed): Measured => {
    const inner = spanWidth(w, placed.col, placed.cell.colSpan) - 2 * PAD_X;
    const lines = placed.cell.text ? breakLines(placed.cell.text, inner, widthOf) : [];
    return { placed, lines, need: Math.max(1, lines.length) * lh + 2 * PAD_Y };
  });
  const heights = rows.map(() => minH);
  for (const c of cells) {
    if (c.placed.cell.rowSpan === 1) heights[c.placed.row] = Math.max(heights[c.placed.row] ?? minH, c.need);
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

/** Groups of consecutive rows tied together by row-spanning cells: [first, last] row indexes. */
function units(grid: Grid, rowCount: number): [number, number][] {
  const reach = Array.from({ length: rowCount }, (_, r) => r);
  for (const c of grid.cells) {
    const end = Math.min(rowCount - 1, c.placed.row + c.placed.cell.rowSpan - 1);
    reach[c.placed.row] = Math.max(reach[c.placed.row] ?? 0, end);
  }
  const out: [number, number][] = [];
  let start = 0;
  let far = 0;
  for (let r = 0; r < rowCount; r++) {
    far = Math.max(far, reach[r] ?? r);
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
  table: DocTable,
  m: Measured,
  top: number,
  height: number,
): void {
  const { size, lh } = sizes(table);
  const { x, w } = columns(table);
  const left = x[m.placed.col] ?? PAGE.marginLeft;
  const width = spanWidth(w, m.placed.col, m.placed.cell.colSpan);
  page.ops.push({ kind: 'rect', x: left, y: top, w: width, h: height });
  const textH = m.lines.length * lh;
  let lineTop = top + Math.max(PAD_Y, (height - textH) / 2);
  for (const line of m.lines) {
    const baseline = lineTop + (lh - size) / 2 + 0.88 * size;
    const lx =
      m.placed.cell.align === 'left'
        ? left + PAD_X
        : m.placed.cell.align === 'right'
          ? left + width - PAD_X - line.width
          : left + (width - line.width) / 2;
    emitText(page, fonts, 'table', size, lx, baseline, line.text);
    lineTop += lh;
  }
}

function drawHeader(flow: TableFlow, fonts: FontSet, table: DocTable, head: Grid): void {
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
    drawCell(flow.page, fonts, table, m, tops[m.placed.row] ?? flow.y, h);
  }
  flow.y = y;
}

/** Height the table needs to start on a page: header rows plus its first row group. */
export function tableStartHeight(table: DocTable, fonts: FontSet): number {
  const head = measureGrid(table.headerRows, table, fonts);
  const body = measureGrid(table.bodyRows, table, fonts);
  const first = units(body, table.bodyRows.length)[0];
  let h = head.heights.reduce((s, v) => s + v, 0);
  if (first) for (let r = first[0]; r <= first[1]; r++) h += body.heights[r] ?? 0;
  return Math.min(h, BODY_HEIGHT);
}

export function layoutTable(flow: TableFlow, fonts: FontSet, table: DocTable): void {
  const bottom = PAGE.height - PAGE.marginBottom;
  const head = measureGrid(table.headerRows, table, fonts);
  const body = measureGrid(table.bodyRows, table, fonts);
  const headH = head.heights.reduce((s, v) => s + v, 0);
  const rowCount = table.bodyRows.length;
  const rowTop: number[] = [];
  const segments: { page: LaidPage; from: number; to: number }[] = [];
  let segFrom = 0;

  const startPage = () => {
    drawHeader(flow, fonts, table, head);
  };
  const breakPage = (beforeRow: number) => {
    if (beforeRow > segFrom) segments.push({ page: flow.page, from: segFrom, to: beforeRow - 1 });
    segFrom = beforeRow;
    flow.newPage();
    startPage();
  };
  const place = (r: number) => {
    rowTop[r] = flow.y;
    flow.y += body.heights[r] ?? 0;
  };

  if (flow.y + tableStartHeight(table, fonts) > bottom && flow.y > PAGE.marginTop + 1) flow.newPage();
  startPage();
  for (const [a, b] of units(body, rowCount)) {
    let h = 0;
    for (let r = a; r <= b; r++) h += body.heights[r] ?? 0;
    if (flow.y + h <= bottom + 0.01) {
      for (let r = a; r <= b; r++) place(r);
    } else if (h <= BODY_HEIGHT - headH) {
      breakPage(a);
      for (let r = a; r <= b; r++) place(r);
    } else {
      for (let r = a; r <= b; r++) {
        if (flow.y + (body.heights[r] ?? 0) > bottom + 0.01 && r > segFrom) breakPage(r);
        place(r);
      }
    }
  }
  if (rowCount > segFrom) segments.push({ page: flow.page, from: segFrom, to: rowCount - 1 });

  for (const seg of segments) {
    for (const m of body.cells) {
      const first = Math.max(m.placed.row, seg.from);
      const last = Math.min(m.placed.row + m.placed.cell.rowSpan - 1, seg.to, rowCount - 1);
      if (first > last) continue;
      const top = rowTop[first] ?? 0;
      const h = (rowTop[last] ?? 0) + (body.heights[last] ?? 0) - top;
      drawCell(seg.page, fonts, table, m, top, h);
    }
  }
}
