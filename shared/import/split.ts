// Figures run together with no separator: every way to cut the digit strings into the row's number of cells.

/** Upper bound on candidate rows; beyond it the row is left unresolved rather than searched further. */
export const MAX_SPLITS = 20000;

/**
 * Ways to cut `digits` into `parts` figures, none with a leading zero (0 itself is fine); a minus sign before the
 * digits stays with the first figure.
 */
function cuts(text: string, parts: number, out: string[][], prefix: string[], limit: number): void {
  if (text.startsWith('-')) {
    const unsigned: string[][] = [];
    cuts(text.slice(1), parts, unsigned, [], limit);
    for (const w of unsigned) out.push([...prefix, `-${w[0] ?? ''}`, ...w.slice(1)]);
    return;
  }
  const digits = text;
  if (out.length >= limit) return;
  if (parts === 1) {
    if (digits.length > 0 && (digits.length === 1 || digits[0] !== '0')) out.push([...prefix, digits]);
    return;
  }
  const maxLen = digits.length - (parts - 1);
  for (let len = 1; len <= maxLen; len++) {
    const head = digits.slice(0, len);
    if (len > 1 && head[0] === '0') break;
    prefix.push(head);
    cuts(digits.slice(len), parts - 1, out, prefix, limit);
    prefix.pop();
    if (out.length >= limit) return;
  }
}

export interface SplitPiece {
  readonly text: string;
  /** May hold several figures (digits only). */
  readonly splittable: boolean;
}

/**
 * All sequences of exactly `count` figure texts obtained by cutting the splittable pieces; `null` when the search
 * would exceed MAX_SPLITS (too many possibilities to be sure of anything).
 */
export function splitPieces(pieces: readonly SplitPiece[], count: number): string[][] | null {
  const extra = count - pieces.length;
  if (extra < 0) return [];
  const slots = pieces
    .map((p, i) => ({
      i,
      room: p.splittable && /^-?\d+$/.test(p.text) ? p.text.replace('-', '').length - 1 : 0,
    }))
    .filter((s) => s.room > 0);
  const results: string[][] = [];
  let overflow = false;
  const alloc = new Array<number>(pieces.length).fill(1);
  const distribute = (s: number, left: number) => {
    if (overflow) return;
    if (s === slots.length) {
      if (left === 0) expand(0, []);
      return;
    }
    const slot = slots[s];
    if (!slot) return;
    for (let k = 0; k <= Math.min(left, slot.room); k++) {
      alloc[slot.i] = 1 + k;
      distribute(s + 1, left - k);
    }
    alloc[slot.i] = 1;
  };
  const expand = (p: number, acc: string[]) => {
    if (overflow) return;
    if (p === pieces.length) {
      results.push([...acc]);
      if (results.length > MAX_SPLITS) overflow = true;
      return;
    }
    const piece = pieces[p];
    if (!piece) return;
    const n = alloc[p] ?? 1;
    if (n === 1) {
      if (piece.splittable && /^-?0\d/.test(piece.text)) return;
      expand(p + 1, [...acc, piece.text]);
      return;
    }
    const ways: string[][] = [];
    cuts(piece.text, n, ways, [], MAX_SPLITS + 1);
    for (const w of ways) expand(p + 1, [...acc, ...w]);
  };
  distribute(0, extra);
  return overflow ? null : results;
}
