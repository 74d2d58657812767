// Display text of a cell value for its column: integers plain, decimals without trailing zeros, optional grouping.

import type { ParseColumn } from './parse-cell';
import { DEFAULT_DECIMALS } from './parse-cell';

export interface FormatOptions {
  /** Insert thousands separators (1,234,567). Off by default: the official tables print plain figures. */
  readonly grouping?: boolean;
}

/**
 * `null` (blank) → ''. A value from `parseCell` formats back to the same value (parseCell(formatCell(x)) = x).
 * Values carrying float drift from arithmetic (0.1 + 0.2) are rounded to the column's decimals.
 */
export function formatCell(
  value: number | null,
  column: Pick<ParseColumn, 'type' | 'decimals'>,
  options: FormatOptions = {},
): string {
  if (value === null || !Number.isFinite(value)) return '';
  const negative = value < 0;
  const places = column.type === 'decimal' ? (column.decimals ?? DEFAULT_DECIMALS) : 0;
  let plain = plainDecimal(Math.abs(value));
  const point = plain.indexOf('.');
  if (point >= 0 && plain.length - point - 1 > places) {
    plain = stripZeros(Math.abs(value).toFixed(places));
  }
  if (plain === '0') return '0';
  const [int = '0', frac] = plain.split('.');
  const grouped = options.grouping ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  return `${negative ? '-' : ''}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

function stripZeros(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** The shortest round-trip decimal of a non-negative finite number, without exponent notation. */
function plainDecimal(x: number): string {
  const s = String(x);
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const digits = (m[1] ?? '') + (m[2] ?? '');
  const expText = m[3] ?? '+0';
  let exp = 0;
  for (const c of expText.slice(1)) exp = exp * 10 + (c.charCodeAt(0) - 48);
  if (expText.startsWith('-')) exp = -exp;
  if (exp >= 0) return digits.padEnd(exp + 1, '0');
  return `0.${'0'.repeat(-exp - 1)}${digits}`;
}
