// Exact sums of cell values: integers as safe integers, 万元 decimals as scaled BigInts (never float accumulation).
import { decimalToNumber, digitDecimal } from '../engine/parse-decimal';
import type { ColumnType } from '../formats';

/** Places kept for decimal columns (the formats allow up to 6). */
const PLACES = 6;
const SCALE = 10n ** BigInt(PLACES);

/** A decimal cell value as an integer count of 10^-6, read from its shortest decimal representation. */
function scaled(value: number): bigint {
  const text = String(Math.abs(value));
  const sign = value < 0 ? -1n : 1n;
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return sign * BigInt(Math.round(Math.abs(value) * 1e6)); // exponent notation: far outside a report's range
  const frac = (m[2] ?? '').slice(0, PLACES).padEnd(PLACES, '0');
  return sign * (BigInt(m[1] ?? '0') * SCALE + BigInt(frac));
}

function fromScaled(n: bigint): number {
  const neg = n < 0n;
  const abs = neg ? -n : n;
  const digits = abs.toString().padStart(PLACES + 1, '0');
  const d = digitDecimal(digits.slice(0, -PLACES), digits.slice(-PLACES));
  const res = decimalToNumber(d);
  const v = res.ok ? res.value : Number(abs) / 1e6;
  return neg ? -v : v;
}

/** Σ values of one column type; null when every value is blank. */
export function exactSum(values: readonly (number | null)[], type: ColumnType): number | null {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return null;
  if (type !== 'decimal') return known.reduce((s, v) => s + v, 0);
  return fromScaled(known.reduce((s, v) => s + scaled(v), 0n));
}
