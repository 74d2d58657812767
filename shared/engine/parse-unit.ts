// Unit suffixes on cell input (12件, 3.5万元, 251000元): which fit a column, and exact 元 ↔ 万元 scaling.

import type { ColumnDef } from '../formats/types';

const COUNT_UNITS = ['件', '条', '个', '项', '次', '人次', '人', '篇', '份', '期', '家'];
/** Money units with their power of ten in 元. */
const MONEY_UNITS: Readonly<Record<string, number>> = { 元: 0, 万元: 4, 亿元: 8 };
const OTHER_SUFFIXES = ['万', '亿', '%', '‰'];
const KNOWN = [...COUNT_UNITS, ...Object.keys(MONEY_UNITS), ...OTHER_SUFFIXES];

export type UnitColumn = Pick<ColumnDef, 'type' | 'unit'>;

export type UnitSplit =
  | {
      ok: true;
      body: string;
      unit?: string;
      /** multiply the number by 10^shift to get the column's unit */ shift: number;
    }
  | { ok: false; reason: string };

/**
 * Splits a trailing unit off normalised text. The column's own unit is always accepted; counting units are
 * accepted on integer columns that declare no unit; 元 / 万元 / 亿元 are converted exactly into the column's money
 * unit (the caller warns); anything else is refused with a reason.
 */
export function splitUnit(text: string, column: UnitColumn, subject: string): UnitSplit {
  const candidates = column.unit ? [column.unit, ...KNOWN] : KNOWN;
  let unit: string | undefined;
  for (const u of candidates) {
    if (text.endsWith(u) && (unit === undefined || u.length > unit.length)) unit = u;
  }
  if (unit === undefined) return { ok: true, body: text, shift: 0 };
  const body = text.slice(0, text.length - unit.length).trimEnd();
  if (body === '') return { ok: false, reason: `只有单位“${unit}”，没有数字` };
  if (unit === column.unit) return { ok: true, body, unit, shift: 0 };

  const from = MONEY_UNITS[unit];
  const to = column.unit === undefined ? undefined : MONEY_UNITS[column.unit];
  if (from !== undefined && to !== undefined) return { ok: true, body, unit, shift: from - to };
  if (COUNT_UNITS.includes(unit) && column.unit === undefined && column.type !== 'decimal') {
    return { ok: true, body, unit, shift: 0 };
  }
  if (unit === '%' || unit === '‰') return { ok: false, reason: `${subject}请填数量，不要填百分数` };
  if ((unit === '万' || unit === '亿') && to === undefined) {
    return { ok: false, reason: `请写出完整数字，不要用“${unit}”简写（如 12万 写作 120000）` };
  }
  if (column.unit !== undefined) {
    return { ok: false, reason: `${subject}的单位是“${column.unit}”，不是“${unit}”：请只填数字` };
  }
  return { ok: false, reason: `${subject}不带单位，请去掉“${unit}”，只填数字` };
}
