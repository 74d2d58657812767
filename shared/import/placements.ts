// Figures printed in order with their row's empty cells left out (PDF text, blank columns as wider gaps): every
// order-keeping placement into the row's cells, the empty ones as 0 — kept only where the row's totals add up.

/** More placements than this (a wide table with few figures) are not tried: too little to go on. */
const MAX_PLACEMENTS = 500;

function choose(n: number, k: number): number {
  let c = 1;
  for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1);
  return c;
}

/**
 * The column indexes of each way to put `k` figures, in their printed order, into `n` cells (the rest empty), or
 * null when there are too many ways to weigh.
 */
export function placements(n: number, k: number): number[][] | null {
  if (k < 1 || k > n || choose(n, k) > MAX_PLACEMENTS) return null;
  const out: number[][] = [];
  const pick = (from: number, chosen: number[]) => {
    if (chosen.length === k) {
      out.push(chosen);
      return;
    }
    for (let i = from; i <= n - (k - chosen.length); i++) pick(i + 1, [...chosen, i]);
  };
  pick(0, []);
  return out;
}
