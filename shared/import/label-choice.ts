// Which label each run of figures takes (before it, after it, or none): the best consistent assignment, or none.
import type { Match } from './label-match';

export type Option = { readonly kind: 'none' } | { readonly kind: 'before' | 'after'; readonly match: Match };

/**
 * Chooses, for every run of figures, its label before or after it (or none) so that as many runs as possible are
 * labelled, each printed label serves one run only, and rows keep the table's order. Runs whose choice differs
 * between equally good solutions are left unlabelled: the text does not say which row they belong to.
 */
export function chooseLabels(options: readonly Option[][], shared: readonly boolean[]): (Option | null)[] {
  const n = options.length;
  const orderOf = (o: Option) => (o.kind === 'none' ? -1 : o.match.m.order);
  // A row of another version of the table (Matcher.free) is taken wherever it is printed and moves no order on.
  const ordered = (o: Option) => o.kind !== 'none' && !o.match.m.free;
  // Rows keep their order within a table; the tables of a section may be printed in any order (a conversion
  // that moves 表二's first block after the others).
  const tableOf = new Map<number, unknown>();
  for (const opts of options)
    for (const o of opts) if (o.kind !== 'none') tableOf.set(o.match.m.order, o.match.m.table);
  const outOfOrder = (ord: number, last: number) => ord <= last && tableOf.get(ord) === tableOf.get(last);
  /** Two neighbouring runs may not claim the same characters of the text between them. */
  const compatible = (prev: Option | undefined, cur: Option, i: number) => {
    if (!prev || !shared[i] || cur.kind !== 'before') return true;
    if (prev.kind === 'after') return prev.match.end <= cur.match.start;
    if (prev.kind === 'before' && prev.match.afterUsed !== undefined)
      return prev.match.afterUsed <= cur.match.start;
    return true;
  };
  // A group row (no figures of its own) is a last resort: it only takes figures no data row can explain.
  const gain = (o: Option) => (o.kind === 'none' ? 0 : o.match.m.row.kind === 'group' ? 0.5 : 1);
  // State after group i: (last assigned order, option index at i), packed in one number. Forward best counts.
  type Key = number;
  const key = (last: number, opt: number): Key => (last + 1) * 4 + (opt + 1);
  const lastOf = (k: Key) => Math.floor(k / 4) - 1;
  const optOf = (k: Key) => (k % 4) - 1;
  const fwd: Map<Key, number>[] = [];
  for (let i = 0; i < n; i++) {
    const here = new Map<Key, number>();
    const opts = options[i] ?? [];
    const prevStates = i === 0 ? new Map<Key, number>([[key(-1, -1), 0]]) : (fwd[i - 1] ?? new Map());
    for (const [k, v] of prevStates) {
      const last = lastOf(k);
      const prevOpt = i > 0 ? options[i - 1]?.[optOf(k)] : undefined;
      opts.forEach((o, j) => {
        if (!compatible(prevOpt, o, i)) return;
        const ord = orderOf(o);
        if (ordered(o) && outOfOrder(ord, last)) return;
        const nk = key(ordered(o) ? ord : last, j);
        const nv = v + gain(o);
        if ((here.get(nk) ?? -1) < nv) here.set(nk, nv);
      });
    }
    fwd.push(here);
  }
  // Backward: best count obtainable from group i+1 on, given the state after group i.
  const bwd: Map<Key, number>[] = new Array(n);
  bwd[n - 1] = new Map([...(fwd[n - 1] ?? new Map()).keys()].map((k) => [k, 0]));
  for (let i = n - 2; i >= 0; i--) {
    const here = new Map<Key, number>();
    const next = bwd[i + 1] ?? new Map();
    for (const k of (fwd[i] ?? new Map<Key, number>()).keys()) {
      const last = lastOf(k);
      const prevOpt = options[i]?.[optOf(k)];
      let best = -1;
      (options[i + 1] ?? []).forEach((o, j) => {
        if (!compatible(prevOpt, o, i + 1)) return;
        const ord = orderOf(o);
        if (ordered(o) && outOfOrder(ord, last)) return;
        const rest = next.get(key(ordered(o) ? ord : last, j));
        if (rest !== undefined) best = Math.max(best, gain(o) + rest);
      });
      if (best >= 0) here.set(k, best);
    }
    bwd[i] = here;
  }
  let opt = -1;
  for (const [k, v] of fwd[n - 1] ?? new Map()) opt = Math.max(opt, v + (bwd[n - 1]?.get(k) ?? 0));
  return options.map((opts, i) => {
    const chosen = new Set<number>();
    for (const [k, v] of fwd[i] ?? new Map()) {
      if (v + (bwd[i]?.get(k) ?? -Infinity) === opt) chosen.add(optOf(k));
    }
    if (chosen.size !== 1) return null;
    const only = opts[[...chosen][0] ?? -1];
    return only ?? null;
  });
}
