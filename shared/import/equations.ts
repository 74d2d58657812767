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
