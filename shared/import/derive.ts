// Blank cells derived from a table's identities: one unknown term, or a zero total over non-negative terms.
import type { CellKey, ColumnDef } from '../formats/types';
import { EPS, type Equation } from './equations';
import { nonNegative, type RowState } from './row-state';
import { isSubsequence } from './settle';

/**
 * The cells the identities determine from the figures known (each with the rule that gave it). A row whose printed
 * figures disagree with what is derived for it is left out of the derivation and says so (its `reason`).
 */
export function deriveBlanks(
  eqs: readonly Equation[],
  known: ReadonlyMap<CellKey, number>,
  states: readonly RowState[],
  colByKey: ReadonlyMap<CellKey, ColumnDef>,
): Map<CellKey, { value: number; ruleId: string }> {
  const blocked = new Set<CellKey>();
  let derived = new Map<CellKey, { value: number; ruleId: string }>();
  for (let attempt = 0; attempt < 4; attempt++) {
    derived = new Map();
    const values = new Map(known);
    let progress = true;
    while (progress) {
      progress = false;
      for (const eq of eqs) {
        const unknown = eq.terms.filter((t) => !values.has(t.cell));
        if (unknown.length === 0 || unknown.some((t) => blocked.has(t.cell))) continue;
        const rest = eq.terms.reduce(
          (sum, t) => sum + (values.has(t.cell) ? t.coef * (values.get(t.cell) ?? 0) : 0),
          0,
        );
        const solved: [CellKey, number][] = [];
        const first = unknown[0];
        if (unknown.length === 1 && first) {
          const v = -rest / first.coef;
          const col = colByKey.get(first.cell);
          const ok =
            col &&
            (col.type === 'decimal' || Number.isInteger(Math.round(v * 1e6) / 1e6)) &&
            (!nonNegative(col) || v > -EPS);
          if (ok) solved.push([first.cell, Math.round(v * 1e6) / 1e6 + 0]);
        } else if (
          Math.abs(rest) < EPS &&
          unknown.every((t) => t.coef === first?.coef) &&
          unknown.every((t) => {
            const col = colByKey.get(t.cell);
            return col !== undefined && nonNegative(col);
          })
        ) {
          for (const t of unknown) solved.push([t.cell, 0]);
        }
        for (const [k, v] of solved) {
          values.set(k, v);
          derived.set(k, { value: v, ruleId: eq.ruleId });
          progress = true;
        }
      }
    }
    const bad = states.filter((s) => {
      if (s.kind !== 'partial' || s.partial.length === 0) return false;
      const row = s.keys.map((k) => values.get(k));
      if (row.some((v) => v === undefined)) return false;
      return !isSubsequence(s.partial, row as number[]);
    });
    if (bad.length === 0) break;
    for (const s of bad) {
      s.reason = '读到的数字与表内合计关系推得的值不一致';
      for (const k of s.keys) blocked.add(k);
    }
  }

  return derived;
}
