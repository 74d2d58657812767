// The identities a table's figures must satisfy (computed totals, equality rules), used to accept a reading.
import type { CellKey, ReportFormat, TableDef } from '../formats/types';

/** Σ coef·cell = 0 */
export interface Equation {
  readonly terms: readonly { readonly cell: CellKey; readonly coef: 1 | -1 }[];
  readonly ruleId: string;
}

export const EPS = 1e-7;

/** The table's own identities: computed totals (总计 = Σ) and equality rules (R3-1) over its cells only. */
const eqCache = new WeakMap<ReportFormat, Map<string, Equation[]>>();

export function tableEquations(format: ReportFormat, table: TableDef): Equation[] {
  let byTable = eqCache.get(format);
  if (!byTable) eqCache.set(format, (byTable = new Map()));
  const cached = byTable.get(table.id);
  if (cached) return cached;
  const eqs = buildEquations(format, table);
  byTable.set(table.id, eqs);
  return eqs;
}

function buildEquations(format: ReportFormat, table: TableDef): Equation[] {
  const inTable = (k: CellKey) => k.startsWith(`${table.id}.`);
  const eqs: Equation[] = [];
  for (const c of format.computed) {
    if (!inTable(c.cell) || !c.sum.every(inTable)) continue;
    eqs.push({
      ruleId: c.ruleId,
      terms: [{ cell: c.cell, coef: 1 }, ...c.sum.map((s) => ({ cell: s, coef: -1 as const }))],
    });
  }
  for (const r of format.rules) {
    if (r.kind !== 'compare' || r.op !== 'eq') continue;
    const terms = [
      ...r.left.map((t) => ({ cell: t.cell, coef: (t.sign ?? 1) as 1 | -1 })),
      ...r.right.map((t) => ({ cell: t.cell, coef: -(t.sign ?? 1) as 1 | -1 })),
    ];
    if (terms.every((t) => inTable(t.cell))) eqs.push({ ruleId: r.id, terms });
  }
  return eqs;
}

/** Whether the equation holds for these values; null when a cell is missing. */
export function holds(eq: Equation, get: (k: CellKey) => number | undefined): boolean | null {
  let sum = 0;
  for (const t of eq.terms) {
    const v = get(t.cell);
    if (v === undefined) return null;
    sum += t.coef * v;
  }
  return Math.abs(sum) < EPS;
}

/** Σ big ≥ Σ small: a bound that holds by definition, used to choose between readings of figures run together. */
export interface Bound {
  readonly big: readonly CellKey[];
  readonly small: readonly CellKey[];
}

const boundCache = new WeakMap<ReportFormat, Map<string, Bound[]>>();

/**
 * The table's bounds: compare rules of level error (历年累计 ≥ 本年, P-4) and the parts of a row printed under it as
 * “其中：1.… 2.…” (each part ≤ the row, per column). Rules that merely usually hold (warnings) are not bounds.
 */
export function tableBounds(format: ReportFormat, table: TableDef): Bound[] {
  let byTable = boundCache.get(format);
  if (!byTable) boundCache.set(format, (byTable = new Map()));
  const cached = byTable.get(table.id);
  if (cached) return cached;
  const inTable = (k: CellKey) => k.startsWith(`${table.id}.`);
  const out: Bound[] = [];
  for (const r of format.rules) {
    if (r.kind !== 'compare' || r.op !== 'gte' || r.level !== 'error') continue;
    if (r.left.some((t) => t.sign === -1) || r.right.some((t) => t.sign === -1)) continue;
    const big = r.left.map((t) => t.cell);
    const small = r.right.map((t) => t.cell);
    if ([...big, ...small].every(inTable)) out.push({ big, small });
  }
  const rows = table.rows;
  rows.forEach((row, i) => {
    if (!/^\s*其中\s*[:：]/.test(row.label) || row.kind !== 'input') return;
    const parent = rows
      .slice(0, i)
      .reverse()
      .find((p) => p.level < row.level);
    if (!parent || parent.kind === 'group') return;
    for (let j = i; j < rows.length; j++) {
      const part = rows[j];
      if (!part || part.level !== row.level || (j > i && /^\s*其中/.test(part.label))) break;
      if (part.kind !== 'input') continue;
      for (const c of table.columns) {
        out.push({
          big: [`${table.id}.${parent.key}.${c.key}`],
          small: [`${table.id}.${part.key}.${c.key}`],
        });
      }
    }
  });
  byTable.set(table.id, out);
  return out;
}

/** False when a bound whose cells are all known fails; true otherwise. */
export function boundsHold(bounds: readonly Bound[], get: (k: CellKey) => number | undefined): boolean {
  for (const b of bounds) {
    let sum = 0;
    let known = true;
    for (const k of b.big) {
      const v = get(k);
      if (v === undefined) known = false;
      else sum += v;
    }
    for (const k of b.small) {
      const v = get(k);
      if (v === undefined) known = false;
      else sum -= v;
    }
    if (known && sum < -EPS) return false;
  }
  return true;
}
