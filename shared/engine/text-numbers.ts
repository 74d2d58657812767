// Numbers as written in report prose: ASCII or full-width digits and Chinese numerals (二十三, 一百零五, 两).
const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** A regular-expression fragment matching one number in prose (capture it yourself). */
export const NUMBER = '[0-9０-９]+|[零〇一二两三四五六七八九十百千万]+';

/** Full-width digits to ASCII. */
export const asciiDigits = (s: string): string =>
  s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Parses 23, ２３, 二十三, 一百零五, 十二, and digit by digit 二〇二〇; null for anything else. */
export function parseNumber(raw: string): number | null {
  const s = asciiDigits(raw.trim());
  if (/^\d+$/.test(s)) return Number.parseInt(s, 10);
  if (!/^[零〇一二两三四五六七八九十百千万]+$/.test(s)) return null;
  if (!/[十百千万]/.test(s)) return [...s].reduce((n, ch) => n * 10 + (DIGITS[ch] ?? 0), 0);
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const unit = UNITS[ch] ?? 1;
    if (unit === 10000) {
      total += (section + (digit ?? 0)) * unit;
      section = 0;
    } else {
      section += (digit ?? 1) * unit;
    }
    digit = null;
  }
  return total + section + (digit ?? 0);
}

/** Sentences of a text (split at 。；; and line breaks). */
export const sentences = (text: string): string[] =>
  text
    .split(/[。；;\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
