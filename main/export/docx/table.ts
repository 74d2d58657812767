// Document-model tables → one docx table: explicit grid and cell widths (WPS reads gridCol first), merges, repeated
// header rows; consecutive tables (表二's parts) become one table on a shared grid so their rules line up, single.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { placeCells, type DocCell, type DocTable } from '../../../shared/document';
import { BODY_TWIPS, HALF_POINTS, STYLE } from './styles';
import { CELL_MARGIN, fitTable, gridWidths } from './widths';

export { gridWidths } from './widths';

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = {
  top: line,
  bottom: line,
  left: line,
  right: line,
  insideHorizontal: line,
  insideVertical: line,
};

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** Group labels of at most this many rows are kept on one page (keep-with-next), so they never split. */
const KEEP_GROUP_ROWS = 10;

interface Part {
  readonly table: DocTable;
  /** Boundaries (twips from the left edge) of this table's own columns. */
  readonly edges: readonly number[];
  readonly size: number;
}

function edgesOf(widths: readonly number[]): number[] {
  const edges = [0];
  for (const w of widths) edges.push((edges[edges.length - 1] ?? 0) + w);
  return edges;
}

/** Rows of one part on the shared grid; `keepAll` keeps every row with the next (a short table stays whole). */
function partRows(part: Part, grid: readonly number[], repeatHeader: boolean, keepAll: boolean): TableRow[] {
  const all = [...part.table.headerRows, ...part.table.bodyRows];
  const nHeader = part.table.headerRows.length;
  const placed = placeCells(all);
  const keep = new Set<number>();
  for (const p of placed) {
    if (p.row < nHeader || p.cell.rowSpan < 2 || p.cell.rowSpan > KEEP_GROUP_ROWS) continue;
    for (let r = p.row; r < p.row + p.cell.rowSpan - 1; r++) keep.add(r);
  }
  const span = (from: number, to: number) =>
    grid.findIndex((g) => g === to) - grid.findIndex((g) => g === from);
  return all.map((_, r) => {
    const header = r < nHeader;
    const keepNext = keepAll ? r < all.length - 1 : header || keep.has(r);
    return new TableRow({
      tableHeader: (repeatHeader && header) || undefined,
      cantSplit: true,
      children: placed
        .filter((p) => p.row === r)
        .map((p) => {
          const from = part.edges[p.col] ?? 0;
          const to = part.edges[p.col + p.cell.colSpan] ?? BODY_TWIPS;
          const cols = span(from, to);
          return new TableCell({
            width: { size: to - from, type: WidthType.DXA },
            columnSpan: cols > 1 ? cols : undefined,
            rowSpan: p.cell.rowSpan > 1 ? p.cell.rowSpan : undefined,
            verticalAlign: VerticalAlignTable.CENTER,
            margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 40, bottom: 40 },
            children: [cellParagraph(p.cell, part.size, keepNext)],
          });
        }),
    });
  });
}

function cellParagraph(cell: DocCell, size: number, keepNext: boolean): Paragraph {
  return new Paragraph({
    style: STYLE.table,
    alignment: ALIGN[cell.align],
    keepNext: keepNext || undefined,
    children: [new TextRun({ text: cell.text, size })],
  });
}

/** Type sizes tried for a table, largest first: 五号 (小五 for 表四), then smaller until the figures fit. */
const sizesFor = (t: DocTable): number[] =>
  t.dense ? [HALF_POINTS.xiaowu, 15, 13] : [HALF_POINTS.wu, HALF_POINTS.xiaowu, 15, 13];

/**
 * One docx table from one or more consecutive model tables. A single table repeats its header rows on each page
 * and splits only between row groups; several (表二's parts) share one grid — the union of their column edges, with
 * the label column equally wide — and are kept together.
 */
export function docxTable(tables: readonly DocTable[]): Table {
  const stub = Math.max(...tables.map((t) => gridWidths(t.columnWeights)[0] ?? 0));
  const parts: Part[] = tables.map((table) => {
    const n = table.columnWeights.length;
    const base =
      tables.length > 1 && n > 1
        ? gridWidths([stub, ...Array.from({ length: n - 1 }, () => (BODY_TWIPS - stub) / (n - 1))])
        : undefined;
    const { size, widths } = fitTable(table, sizesFor(table), base);
    return { table, size, edges: edgesOf(widths) };
  });
  const grid = [...new Set(parts.flatMap((p) => p.edges))].sort((a, b) => a - b);
  const columnWidths = grid.slice(1).map((g, i) => g - (grid[i] ?? 0));
  const single = tables.length === 1;
  return new Table({
    width: { size: BODY_TWIPS, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders,
    rows: parts.flatMap((p) => partRows(p, grid, single, !single)),
  });
}
