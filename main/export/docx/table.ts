// A document-model table → a docx table with explicit grid and cell widths (WPS), merges, and repeated header rows.
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

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = {
  top: line,
  bottom: line,
  left: line,
  right: line,
  insideHorizontal: line,
  insideVertical: line,
};

/** Column widths in twips summing exactly to the 版心 width. */
export function gridWidths(weights: readonly number[]): number[] {
  const total = weights.reduce((s, v) => s + v, 0) || 1;
  const widths = weights.map((w) => Math.floor((w / total) * BODY_TWIPS));
  const rest = BODY_TWIPS - widths.reduce((s, v) => s + v, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function rows(
  cells: readonly (readonly DocCell[])[],
  widths: readonly number[],
  header: boolean,
  size: number,
): TableRow[] {
  const placed = placeCells(cells);
  return cells.map(
    (_, r) =>
      new TableRow({
        tableHeader: header || undefined,
        cantSplit: true,
        children: placed
          .filter((p) => p.row === r)
          .map((p) => {
            let w = 0;
            for (let c = p.col; c < p.col + p.cell.colSpan; c++) w += widths[c] ?? 0;
            return new TableCell({
              width: { size: w, type: WidthType.DXA },
              columnSpan: p.cell.colSpan > 1 ? p.cell.colSpan : undefined,
              rowSpan: p.cell.rowSpan > 1 ? p.cell.rowSpan : undefined,
              verticalAlign: VerticalAlignTable.CENTER,
              margins: { left: 60, right: 60, top: 40, bottom: 40 },
              children: [
                new Paragraph({
                  style: STYLE.table,
                  alignment: ALIGN[p.cell.align],
                  children: [new TextRun({ text: p.cell.text, size })],
                }),
              ],
            });
          }),
      }),
  );
}

export function docxTable(table: DocTable): Table {
  const widths = gridWidths(table.columnWeights);
  const size = table.dense ? HALF_POINTS.xiaowu : HALF_POINTS.wu;
  return new Table({
    width: { size: BODY_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    rows: [...rows(table.headerRows, widths, true, size), ...rows(table.bodyRows, widths, false, size)],
  });
}
