// 空白即 0: an empty cell printed in a grid is read as 0 when the table's own printed totals prove the convention.
import type { CellKey, TableDef } from '../formats/types';
import { holds, type Equation } from './equations';
import type { BlankZero } from './types';

/** A row read cell by cell from a grid: its cell keys and the places printed empty. */
export interface BlankRow {
  readonly keys: readonly CellKey[];
  readonly blanks: readonly number[];
  readonly computed: boolean;
}

/**
 * Many reports print an empty cell for 0. An empty input cell at a certain place of a grid (HTML/Word tables, a
 * browser's copy, a page's no-break spaces standing one for one for the row's cells — never digits split by the
 * solver) is read as 0 only when (1) with every such cell as 0, every identity of the table that can be evaluated
 * and involves one of them holds — one that fails and no empty cell of the table is read — and (2) the cell itself
 * is a term of such an identity holding a printed figure (its printed total, or printed terms under a printed total,
 * add up with it as 0). Other empty cells are left to the solver (推算 or 需核对). An empty total is a total not
 * printed (rows whose total column was left empty are common), unless every term it sums was read as 0 above.
 * Sets the cells in `known` and returns what was read and why (shown in the import report), or null.
 */
export function blankAsZero(
  table: TableDef,
  rows: readonly BlankRow[],
  eqs: readonly Equation[],
  known: Map<CellKey, number>,
  computed: ReadonlySet<CellKey>,
): BlankZero | null {
  const blank = new Set<CellKey>();
  for (const r of rows) {
    if (r.computed) continue;
    for (const i of r.blanks) {
      const k = r.keys[i];
      if (k !== undefined && !computed.has(k) && !known.has(k)) blank.add(k);
    }
  }
  if (blank.size === 0) return null;
  const printed = new Set(rows.flatMap((r) => r.keys.filter((k) => known.has(k))));
  const get = (k: CellKey) => known.get(k) ?? (blank.has(k) ? 0 : undefined);
  // Evidence is what the grid printed: figures split by the solver or placed by order confirm nothing.
  const getPrinted = (k: CellKey) => (printed.has(k) ? known.get(k) : blank.has(k) ? 0 : undefined);
  let confirming = 0;
  const confirmed = new Set<CellKey>();
  for (const eq of eqs) {
    if (!eq.terms.some((t) => blank.has(t.cell))) continue;
    if (holds(eq, get) === false) return null;
    if (holds(eq, getPrinted) !== true || !eq.terms.some((t) => printed.has(t.cell))) continue;
    confirming++;
    for (const t of eq.terms) if (blank.has(t.cell)) confirmed.add(t.cell);
  }
  if (confirmed.size === 0) return null;
  for (const k of confirmed) known.set(k, 0);
  // An empty total over terms all read as 0 (printed 0 or empty cells read so) is the same convention: 0.
  for (const r of rows) {
    for (const i of r.blanks) {
      const k = r.keys[i];
      if (k === undefined || known.has(k) || !(computed.has(k) || r.computed)) continue;
      const def = eqs.find((eq) => eq.terms[0]?.cell === k && eq.terms.slice(1).every((t) => t.coef === -1));
      if (!def || !def.terms.slice(1).every((t) => printed.has(t.cell) || confirmed.has(t.cell))) continue;
      if (def.terms.slice(1).every((t) => known.get(t.cell) === 0)) {
        known.set(k, 0);
        confirmed.add(k);
      }
    }
  }
  const rest = [...blank].filter((k) => !confirmed.has(k)).length;
  return {
    tableId: table.id,
    cells: [...confirmed],
    reason:
      `${table.shortName}以空白表示 0：${confirmed.size} 个印为空白的单元格按 0 读入（按 0 计时，` +
      `印出的 ${confirming} 个合计关系全部成立）` +
      (rest > 0 ? `；另有 ${rest} 个空白单元格没有印出的合计可核对，未按 0 读入` : ''),
  };
}
