// Rows still open after reading, settled by the whole table's identities tried together or by figures the report's text states.
import type { CellKey, TableDef } from '../formats/types';
import { boundsHold, EPS, holds, type Bound, type Equation } from './equations';
import { statedFigures } from './stated';
import { type Cellish, type RowState } from './row-state';

/** Search bound for trying the split rows of a table together. */
const MAX_JOINT = 50000;

/**
 * Split rows still ambiguous one by one, tried together against every identity of the table (column sums
 * included), empty cells counting 0 except an empty total: the rows on which all consistent combinations agree
 * are settled. Nothing is settled when the search would be too large.
 */
export function settleJointly(
  states: RowState[],
  settled: Set<RowState>,
  eqs: readonly Equation[],
  bounds: readonly Bound[],
  known: Map<CellKey, number>,
): void {
  const open = states.filter((s) => s.kind === 'split' && !settled.has(s) && s.candidates.length > 1);
  if (open.length === 0) return;
  if (open.reduce((p, s) => p * s.candidates.length, 1) > MAX_JOINT) return;
  const at = new Map<CellKey, { s: RowState; i: number }>();
  for (const s of states) s.keys.forEach((k, i) => at.set(k, { s, i }));
  const choice = new Map<RowState, Cellish[]>();
  const get = (k: CellKey): number | undefined => {
    const known1 = known.get(k);
    if (known1 !== undefined) return known1;
    const where = at.get(k);
    if (!where) return undefined;
    const cand = choice.get(where.s) ?? (where.s.kind === 'read' ? where.s.candidates[0] : undefined);
    if (!cand) return undefined;
    const v = cand[where.i]?.value;
    if (v !== null && v !== undefined) return v;
    return /total$/.test(k) ? undefined : 0;
  };
  const relevant = eqs.filter((eq) => eq.terms.some((t) => open.some((s) => s.keys.includes(t.cell))));
  const agreed = new Map<RowState, Set<number>>(open.map((s) => [s, new Set<number>()]));
  let solutions = 0;
  const walk = (d: number) => {
    const s = open[d];
    if (!s) {
      if (relevant.some((eq) => holds(eq, get) === false) || !boundsHold(bounds, get)) return;
      solutions++;
      for (const o of open) {
        const c = choice.get(o);
        if (c) agreed.get(o)?.add(o.candidates.indexOf(c));
      }
      return;
    }
    for (const c of s.candidates) {
      choice.set(s, c);
      walk(d + 1);
    }
    choice.delete(s);
  };
  walk(0);
  if (solutions === 0) return;
  for (const s of open) {
    const idx = [...(agreed.get(s) ?? [])];
    const only = idx.length === 1 && idx[0] !== undefined ? s.candidates[idx[0]] : undefined;
    if (!only) continue;
    s.candidates = [only];
    only.forEach((c, i) => {
      const k = s.keys[i];
      if (k && c.value !== null) known.set(k, c.value);
    });
    settled.add(s);
  }
}

export function isSubsequence(seen: readonly number[], row: readonly number[]): boolean {
  let j = 0;
  for (const v of row) if (j < seen.length && Math.abs((seen[j] ?? NaN) - v) < EPS) j++;
  return j === seen.length;
}

/**
 * Split rows still open whose figure the report's text states (RowDef.statedAs): settled when exactly one reading
 * has the stated figure in that column. Returns whether any row was settled.
 */
export function settleByText(
  table: TableDef,
  states: readonly RowState[],
  settled: Set<RowState>,
  text: { readonly prose: string; readonly year: number | null },
  notes: string[],
): boolean {
  let any = false;
  for (const s of states) {
    const cue = s.row.statedAs;
    if (!cue || s.kind !== 'split' || settled.has(s) || s.candidates.length < 2) continue;
    const col = table.columns.findIndex((c) => c.key === cue.column);
    const figures = statedFigures(text.prose, text.year, cue.phrases, s.row.unit ?? '');
    const fit = s.candidates.filter((c) => {
      const v = c[col]?.value;
      return v !== null && v !== undefined && figures.has(v);
    });
    const only = fit[0];
    if (fit.length !== 1 || !only) continue;
    s.candidates = [only];
    settled.add(s);
    any = true;
    notes.push(
      `${table.shortName}“${s.row.label}”：连在一起的数字“${s.source}”可有多种拆分，报告正文写明${table.columns[col]?.label ?? ''} ${String(only[col]?.value)}${s.row.unit ?? ''}，已按此拆分为 ${only.map((c) => (c.value === null ? '空' : String(c.value))).join('|')}`,
    );
  }
  return any;
}
