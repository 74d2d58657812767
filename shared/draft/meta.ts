// Draft metadata shared by the UI's meta editor and the CLI: the 机关名称 (the 落款机关 follows it while they
// matched) and the 成文日期 (a real calendar date, typed as 2025-01-20, 2025/1/20 or 2025年1月20日).
import type { Draft } from './schema';

/** The fields `setAgency` changes: the agency, and the signature's agency when it still followed the agency. */
export interface AgencyPatch {
  readonly agency: string;
  readonly signature?: { readonly agency: string };
}

/** Renaming the agency carries the 落款机关 along while it was the same name (or still empty). */
export function agencyPatch(draft: Pick<Draft, 'agency' | 'signature'>, agency: string): AgencyPatch {
  const follows = draft.signature.agency === draft.agency || draft.signature.agency === '';
  return follows ? { agency, signature: { agency } } : { agency };
}

export type DateResult = { ok: true; iso: string } | { ok: false; reason: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** True when year-month-day is a day of the Gregorian calendar (2025-02-30 is not). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** The ISO form (YYYY-MM-DD) of a date given as numbers, or the reason it is refused. */
export function calendarDate(year: number, month: number, day: number): DateResult {
  if (year < 2000 || year > 2100) return { ok: false, reason: `成文日期的年份应在 2000–2100 之间：${year}` };
  if (month < 1 || month > 12) return { ok: false, reason: `成文日期的月份应为 1–12：${month}` };
  if (!isCalendarDate(year, month, day)) {
    return { ok: false, reason: `${year}年${month}月没有${day}日，请检查成文日期` };
  }
  return { ok: true, iso: `${year}-${pad(month)}-${pad(day)}` };
}

/**
 * Reads a 成文日期 as typed: 2025-01-20, 2025/1/20, 2025.1.20 or 2025年1月20日 (full-width digits too);
 * blank → '' (not yet set). Impossible dates (2025-02-30) are refused with a Chinese reason.
 */
export function parseSignatureDate(text: string): DateResult {
  const t = text.normalize('NFKC').trim();
  if (t === '') return { ok: true, iso: '' };
  const m = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/.exec(t);
  if (!m) return { ok: false, reason: `成文日期应写成“2025年1月20日”或“2025-01-20”：${text}` };
  return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** 2025-01-20 → 2025年1月20日 ('' stays ''). */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : iso;
}
