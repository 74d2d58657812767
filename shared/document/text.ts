// Text helpers of the document model: report title, 成文日期 in Chinese, paragraphs and sub-heading detection.

import { fullWidthPunctuation } from './punct';
import { wrapName } from './wrap';

export const REPORT_NAME = '政府信息公开工作年度报告';

export function reportTitle(agency: string, year: number): string {
  return `${agency.trim()}${year}年${REPORT_NAME}`;
}

/** 二号 characters on one line of the 156 mm text width. */
export const TITLE_EMS = 20;
/** 三号 characters a 署名 line may take: the 28-character line less two characters kept free on each side. */
export const SIGNATURE_EMS = 24;

/** The title split for printing: the agency (wrapped by word when long), then `<年度>年政府信息公开工作年度报告`. */
export function titleLines(agency: string, year: number): string[] {
  const rest = `${year}年${REPORT_NAME}`;
  return [...wrapName(fullWidthPunctuation(agency.trim()), TITLE_EMS), rest];
}

/** 2025-01-20 → 2025年1月20日 (GB/T 9704: Arabic numerals, no leading zeros); '' or malformed → ''. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return '';
  const [, y = '', mo = '', d = ''] = m;
  const month = mo.replace(/^0/, '');
  const day = d.replace(/^0/, '');
  if (month === '0' || day === '0') return '';
  return `${y}年${month}月${day}日`;
}

/** Non-empty trimmed lines of a section text. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** ASCII brackets of a numbered heading to full width: (一)主动公开 → （一）主动公开. */
export function normalizeHeading(p: string): string {
  return p
    .replace(/^\(([一二三四五六七八九十]+)\)\s*/, '（$1）')
    .replace(/^（([一二三四五六七八九十]+)）\s+/, '（$1）');
}

/**
 * A paragraph printed as a level-2 heading (楷体): one of the section's canonical sub-headings, or a short
 * numbered line such as （一）存在的主要问题 that does not read as a sentence.
 */
export function isLevelTwoHeading(p: string, canonical: readonly string[] = []): boolean {
  const n = normalizeHeading(p);
  if (canonical.includes(n)) return true;
  return /^（[一二三四五六七八九十]{1,3}）[^，。；：,;:]{1,24}$/.test(n);
}
