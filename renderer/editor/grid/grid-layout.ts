// The printed layout of a table from its format data: header rows, row-label (stub) cells with spans, cell keys.
import { cellLabel, type ReportFormat } from '../../../shared/formats';
import type { CellKey, ColumnDef, HeaderCell, RowDef, TableDef } from '../../../shared/formats/types';
import type { ParseColumn } from '../../../shared/engine/parse-cell';
import { rowStubs, type StubCell } from '../../../shared/document/row-stubs';

export type { StubCell };

export interface BodyRow {
  readonly row: RowDef;
  /** Stub cells that start on this row (group labels first, then the row's own label). */
  readonly stubs: readonly StubCell[];
  /** Text of the unit column, when the table prints one. */
  readonly unit?: string;
  /** Keys of the figure cells, one per column. */
  readonly keys: readonly CellKey[];
}

export interface GridLayout {
  readonly table: TableDef;
  readonly headerRows: readonly (readonly HeaderCell[])[];
  readonly rows: readonly BodyRow[];
  /** How many printed columns each figure cell spans (表二 (五)(六)(八) print one figure over 3 columns). */
  readonly valueSpan: number;
  readonly columns: readonly ColumnDef[];
}

const cache = new WeakMap<TableDef, GridLayout>();

export function gridLayout(table: TableDef): GridLayout {
  const cached = cache.get(table);
  if (cached) return cached;
  const rows = rowStubs(table).map(({ row, stubs }): BodyRow => {
    const keys = table.columns.map((c) => `${table.id}.${row.key}.${c.key}`);
    return { row, stubs, keys, ...(table.unitColumnLabel !== undefined ? { unit: row.unit ?? '' } : {}) };
  });
  const layout: GridLayout = {
    table,
    headerRows: table.headerRows,
    rows,
    valueSpan: table.printSpan ?? 1,
    columns: table.columns,
  };
  cache.set(table, layout);
  return layout;
}

/** What the cell parser needs for a cell: the column with the row's own unit when it has one. */
export function parseColumnOf(row: RowDef, column: ColumnDef): ParseColumn {
  const unit = row.unit ?? column.unit;
  return {
    type: column.type,
    label: column.label,
    ...(unit !== undefined ? { unit } : {}),
    ...(column.decimals !== undefined ? { decimals: column.decimals } : {}),
  };
}

/** The header labels above each figure column, top to bottom (行政诉讼 › 未经复议直接起诉 › 结果维持). */
export function columnHeaderPaths(table: TableDef): string[][] {
  const taken: boolean[][] = [];
  const owner: (string | undefined)[][] = [];
  table.headerRows.forEach((row, r) => {
    let col = 0;
    for (const cell of row) {
      while (taken[r]?.[col]) col++;
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++) {
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) {
          (taken[r + dr] ??= [])[col + dc] = true;
          (owner[r + dr] ??= [])[col + dc] = dr === 0 ? cell.label : undefined;
        }
      }
      col += cell.colSpan ?? 1;
    }
  });
  const offset = (table.stubColumns ?? 1) + (table.unitColumnLabel !== undefined ? 1 : 0);
  const span = table.printSpan ?? 1;
  return table.columns.map((_, c) =>
    owner.map((line) => line[offset + c * span]).filter((l): l is string => l !== undefined && l !== ''),
  );
}

const names = new WeakMap<TableDef, ReadonlyMap<CellKey, string>>();

/**
 * Accessible names of the table's cells: `cellLabel` ("<表名> <行标签> <列标签>"), except where two cells of the
 * table would share it (表四's three 结果维持 columns): there the column label is its full header path.
 */
export function accessibleNames(format: ReportFormat, table: TableDef): ReadonlyMap<CellKey, string> {
  const cached = names.get(table);
  if (cached) return cached;
  const keys = gridLayout(table).rows.flatMap((r) => r.keys);
  const plain = keys.map((k) => cellLabel(format, k));
  const count = new Map<string, number>();
  for (const n of plain) count.set(n, (count.get(n) ?? 0) + 1);
  const paths = columnHeaderPaths(table);
  const out = new Map<CellKey, string>();
  gridLayout(table).rows.forEach((r) =>
    r.keys.forEach((key, c) => {
      const name = cellLabel(format, key);
      const path = paths[c] ?? [];
      out.set(
        key,
        (count.get(name) ?? 0) > 1 && path.length > 0
          ? `${table.shortName} ${r.row.label} ${path.join(' ')}`
          : name,
      );
    }),
  );
  names.set(table, out);
  return out;
}
