// Exact decimal digit strings: scaling by powers of ten and conversion to a number without Number()/parseFloat.

/** A non-negative decimal as validated digit strings: no leading zeros in `int`, no trailing zeros in `frac`. */
export interface DigitDecimal {
  readonly int: string;
  readonly frac: string;
}

const MAX_SAFE_DIGITS = String(Number.MAX_SAFE_INTEGER); // '9007199254740991'

/** Doubles keep any decimal of at most 15 significant digits distinct (DBL_DIG), so it round-trips exactly. */
export const MAX_SIGNIFICANT_DIGITS = 15;

/** Powers of ten as literals (each exactly representable), so no pow() rounding is involved. */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15] as const;

/** Builds a canonical DigitDecimal from ASCII digit strings (either may be empty). */
export function digitDecimal(intDigits: string, fracDigits: string): DigitDecimal {
  return { int: intDigits.replace(/^0+/, ''), frac: fracDigits.replace(/0+$/, '') };
}

/** Multiplies by 10^k (k may be negative), exactly, by moving the decimal point. */
export function shiftDecimal(d: DigitDecimal, k: number): DigitDecimal {
  if (k >= 0) {
    const frac = d.frac.padEnd(k, '0');
    return digitDecimal(d.int + frac.slice(0, k), frac.slice(k));
  }
  const int = d.int.padStart(-k, '0');
  return digitDecimal(int.slice(0, int.length + k), int.slice(int.length + k) + d.frac);
}

export function decimalToString(d: DigitDecimal): string {
  const int = d.int === '' ? '0' : d.int;
  return d.frac === '' ? int : `${int}.${d.frac}`;
}

export type ToNumberResult =
  { ok: true; value: number } | { ok: false; problem: 'too-large' | 'too-many-digits' };

/**
 * The double nearest to the decimal: the digits are accumulated as an exact safe integer n, then n / 10^f is a
 * single correctly rounded division of two exact values — the same double the decimal literal denotes.
 */
export function decimalToNumber(d: DigitDecimal): ToNumberResult {
  const digits = (d.int + d.frac).replace(/^0+/, '');
  if (d.frac !== '' && digits.length > MAX_SIGNIFICANT_DIGITS) {
    return { ok: false, problem: d.int.length > MAX_SIGNIFICANT_DIGITS ? 'too-large' : 'too-many-digits' };
  }
  if (
    digits.length > MAX_SAFE_DIGITS.length ||
    (digits.length === MAX_SAFE_DIGITS.length && digits > MAX_SAFE_DIGITS)
  ) {
    return { ok: false, problem: 'too-large' };
  }
  let n = 0;
  for (let i = 0; i < digits.length; i++) n = n * 10 + (digits.charCodeAt(i) - 48);
  const scale = POW10[d.frac.length];
  if (scale === undefined) return { ok: false, problem: 'too-many-digits' };
  return { ok: true, value: scale === 1 ? n : n / scale };
}
