// 表四 printed as one small table per column group (行政复议 / 未经复议直接起诉 / 复议后起诉): the runs joined in order.
import { squash } from './normalize';
import type { Matcher } from './label-match';
import type { Token } from './tokens';

export interface Run {
  readonly before: readonly string[];
  readonly values: readonly Token[];
}

/**
 * A label-less row whose columns fall in named groups, printed as one run of figures per group under that group's
 * name (a conversion splitting 表四 into three tables): each group named exactly once, right before a run holding
 * exactly that group's cells. Returns the runs in column order, or null when any group is missing or doubtful.
 */
export function columnGroupRuns(runs: readonly Run[], free: readonly number[], m: Matcher): number[] | null {
  const names: string[] = [];
  for (const c of m.table.columns) if (c.group && !names.includes(c.group)) names.push(c.group);
  if (names.length < 2) return null;
  const size = m.table.columns.length / names.length;
  if (!Number.isInteger(size) || m.table.columns.some((c) => !c.group)) return null;
  const cores = names.map(squash);
  const byGroup = new Map<number, number[]>();
  for (const i of free) {
    const run = runs[i];
    if (!run || run.values.length !== size || run.values.some((v) => v.kind !== 'num')) continue;
    const text = squash(run.before.join(''));
    let best = -1;
    let at = -1;
    cores.forEach((c, g) => {
      const p = text.lastIndexOf(c);
      if (p > at) [best, at] = [g, p];
    });
    if (best < 0) continue;
    byGroup.set(best, [...(byGroup.get(best) ?? []), i]);
  }
  const order = cores.map((_, g) => byGroup.get(g));
  if (order.some((o) => o?.length !== 1)) return null;
  return order.map((o) => o?.[0] ?? -1);
}
