// The row-label (stub) cells of a table, printed left of the figures: one layout for the editor grid and the document.
import type { RowDef, TableDef } from '../formats/types';

/** A row-label cell: a group label spanning the rows it covers, or the row's own label. */
export interface StubCell {
  readonly label: string;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly level: number;
  readonly group: boolean;
}

export interface StubRow {
  readonly row: RowDef;
  /** Stub cells that start on this row: group labels outermost first, then the row's own label. */
  readonly stubs: readonly StubCell[];
}

/** Data rows (input and computed) in print order; group rows are labels, not printed rows. */
export function printedRows(table: TableDef): RowDef[] {
  return table.rows.filter((r) => r.kind !== 'group');
}

interface GroupSpan {
  readonly row: RowDef;
  /** Keys of the printed rows the label covers, in order. */
  readonly covers: readonly string[];
}

/** Expands each group's `spans` (which may name other groups) into the printed rows it covers. */
function groupSpans(table: TableDef): GroupSpan[] {
  const byKey = new Map(table.rows.map((r) => [r.key, r]));
  const expand = (keys: readonly string[], seen: Set<string>): string[] =>
    keys.flatMap((k) => {
      const r = byKey.get(k);
      if (!r || seen.has(k)) return [];
      if (r.kind === 'group') return expand(r.spans ?? [], new Set([...seen, k]));
      return [k];
    });
  const order = new Map(printedRows(table).map((r, i) => [r.key, i]));
  return table.rows
    .filter((r) => r.kind === 'group')
    .map((row) => ({
      row,
      covers: expand(row.spans ?? [], new Set([row.key])).sort(
        (a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0),
      ),
    }))
    .filter((g) => g.covers.length > 0);
}

const cache = new WeakMap<TableDef, readonly StubRow[]>();

/** Every printed row with the stub cells that start on it (none when the table prints no stub column, 表四). */
export function rowStubs(table: TableDef): readonly StubRow[] {
  const cached = cache.get(table);
  if (cached) return cached;
  const stubColumns = table.stubColumns ?? 1;
  const groups = groupSpans(table);
  const out = printedRows(table).map((row): StubRow => {
    if (stubColumns === 0) return { row, stubs: [] };
    const covering = groups.filter((g) => g.covers.includes(row.key));
    const stubs: StubCell[] = covering
      .filter((g) => g.covers[0] === row.key)
      .map((g) => ({
        label: g.row.label,
        rowSpan: g.covers.length,
        colSpan: 1,
        level: g.row.level,
        group: true,
      }));
    const start = Math.min(covering.length, stubColumns - 1);
    stubs.push({
      label: row.label,
      rowSpan: 1,
      colSpan: stubColumns - start,
      level: row.level,
      group: false,
    });
    return { row, stubs };
  });
  cache.set(table, out);
  return out;
}
