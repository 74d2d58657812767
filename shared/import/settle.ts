// Rows still open after reading, settled by the whole table's identities tried together or by figures the report's text states.
import type { CellKey, TableDef } from '../formats/types';
import { boundsHold, EPS, type Bound, type Equation } from './equations';
import { statedFigures } from './stated';
import { type Cellish, type RowState } from './row-state';

/** Search bound for trying the open rows of a table together (nodes of the search tree). */
const MAX_NODES = 5_000;

/**
 * Split rows still ambiguous one by one, tried together against every identity of the table (column sums
 * included), empty cells counting 0 except an empty total. Each row keeps only the readings that are part of some
 * consistent whole; a row left with one is settled. Readings are first weighed one at a time against the other rows'
 * ranges (each open cell lies between its readings' least and greatest value), then searched together, a branch
 * cut as soon as an identity can no longer hold whatever the rows not yet tried read. When the search would be too
 * large only the first narrowing is kept; when no combination is consistent nothing is changed.
 */
export function settleJointly(
  states: RowState[],
  settled: Set<RowState>,
  eqs: readonly Equation[],
  bounds: readonly Bound[],
  known: Map<CellKey, number>,
  maxNodes = MAX_NODES,
): void {
  const open = states
    .filter((s) => s.kind === 'split' && !settled.has(s) && s.candidates.length > 1)
    .sort((a, b) => a.candidates.length - b.candidates.length);
  if (open.length === 0) return;
  const at = new Map<CellKey, { s: RowState; i: number }>();
  for (const s of states) s.keys.forEach((k, i) => at.set(k, { s, i }));
  const row = new Map(open.map((s, r) => [s, r]));
  /** The reading tried for each open row (index into its candidates), -1 while not yet tried. */
  const chosen = new Int32Array(open.length).fill(-1);
  const valueOf = (k: CellKey, c: Cellish | undefined): number | undefined => {
    const v = c?.value;
    if (v !== null && v !== undefined) return v;
    return /total$/.test(k) ? undefined : 0;
  };
  const get = (k: CellKey): number | undefined => {
    const known1 = known.get(k);
    if (known1 !== undefined) return known1;
    const where = at.get(k);
    if (!where) return undefined;
    const r = row.get(where.s);
    const pick = r === undefined ? -1 : (chosen[r] ?? -1);
    const cand =
      pick >= 0 ? where.s.candidates[pick] : where.s.kind === 'read' ? where.s.candidates[0] : undefined;
    if (!cand || (r !== undefined && pick < 0)) return undefined;
    return valueOf(k, cand[where.i]);
  };
  // Each identity over open rows, compiled from the rows' current readings: the fixed part summed; each open cell
  // with its value in each reading and their range (lo null: some reading leaves it unknown, so the identity may not
  // be evaluable at all).
  interface Term {
    readonly r: number;
    readonly coef: number;
    readonly vals: readonly (number | undefined)[];
    readonly lo: number | null;
    readonly hi: number;
  }
  interface Compiled {
    readonly fixed: number;
    readonly terms: readonly Term[];
  }
  let eqsOf: Compiled[][] = [];
  const compile = () => {
    const compiled: Compiled[] = [];
    for (const eq of eqs) {
      let fixed = 0;
      const terms: Term[] = [];
      let never = false;
      for (const t of eq.terms) {
        const where = at.get(t.cell);
        const r = where ? row.get(where.s) : undefined;
        if (where && r !== undefined && !known.has(t.cell)) {
          const vals = where.s.candidates.map((c) => valueOf(t.cell, c[where.i]));
          const nums = vals.filter((v): v is number => v !== undefined);
          const some = nums.length === vals.length;
          terms.push({
            r,
            coef: t.coef,
            vals,
            lo: some ? Math.min(...nums) : null,
            hi: some ? Math.max(...nums) : 0,
          });
          continue;
        }
        const v = get(t.cell);
        if (v === undefined) never = true;
        else fixed += t.coef * v;
      }
      if (!never && terms.length > 0) compiled.push({ fixed, terms });
    }
    eqsOf = open.map((_, r) => compiled.filter((e) => e.terms.some((t) => t.r === r)));
  };
  const boundsOf = open.map((s) =>
    bounds.filter((b) => [...b.big, ...b.small].some((k) => s.keys.includes(k))),
  );
  /** False when an identity over the row just tried cannot hold whatever the rows not yet tried read. */
  const possible = (r: number): boolean => {
    for (const eq of eqsOf[r] ?? []) {
      let lo = eq.fixed;
      let hi = eq.fixed;
      let pending = false;
      let skip = false;
      for (const t of eq.terms) {
        const pick = chosen[t.r] ?? -1;
        if (pick >= 0) {
          const v = t.vals[pick];
          if (v === undefined) {
            skip = true;
            break;
          }
          lo += t.coef * v;
          hi += t.coef * v;
        } else {
          if (t.lo === null) {
            skip = true;
            break;
          }
          pending = true;
          lo += t.coef > 0 ? t.lo : -t.hi;
          hi += t.coef > 0 ? t.hi : -t.lo;
        }
      }
      if (skip) continue;
      if (!pending && Math.abs(lo) >= EPS) return false;
      if (lo > EPS || hi < -EPS) return false;
    }
    const b = boundsOf[r] ?? [];
    return b.length === 0 || boundsHold(b, get);
  };
  // First each reading alone against the ranges of all other rows, until nothing more drops out (sound: a reading
  // that no values of the others can complete is in no consistent whole). Cheap, and it narrows even when the search
  // below is too large to finish.
  const before = open.map((s) => s.candidates);
  for (let round = 0, changed = true; changed && round < 20; round++) {
    changed = false;
    compile();
    for (let r = 0; r < open.length; r++) {
      const s = open[r];
      if (!s) continue;
      const keep = s.candidates.filter((_, c) => {
        chosen[r] = c;
        const ok = possible(r);
        chosen[r] = -1;
        return ok;
      });
      if (keep.length === 0) {
        // The readings cannot all hold (a published slip): nothing is narrowed.
        open.forEach((o, k) => (o.candidates = before[k] ?? o.candidates));
        return;
      }
      // The ranges of the next round follow the readings kept (stale ranges are wider: still sound meanwhile).
      if (keep.length < s.candidates.length) {
        s.candidates = keep;
        changed = true;
      }
    }
  }
  compile();
  const used = open.map(() => new Set<number>());
  let solutions = 0;
  let nodes = 0;
  const walk = (d: number): boolean => {
    if (++nodes > maxNodes) return false;
    const s = open[d];
    if (!s) {
      solutions++;
      chosen.forEach((c, r) => used[r]?.add(c));
      return true;
    }
    for (let c = 0; c < s.candidates.length; c++) {
      chosen[d] = c;
      if (possible(d) && !walk(d + 1)) return false;
    }
    chosen[d] = -1;
    return true;
  };
  const complete = walk(0);
  if (complete && solutions === 0) {
    open.forEach((o, k) => (o.candidates = before[k] ?? o.candidates));
    return;
  }
  open.forEach((s, r) => {
    const keep = complete ? s.candidates.filter((_, c) => used[r]?.has(c)) : s.candidates;
    s.candidates = keep;
    const only = keep.length === 1 ? keep[0] : undefined;
    if (!only) return;
    only.forEach((c, i) => {
      const k = s.keys[i];
      if (k && c.value !== null) known.set(k, c.value);
    });
    settled.add(s);
  });
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
