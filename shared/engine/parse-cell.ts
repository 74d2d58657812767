// Parses what a clerk typed or pasted into a table cell into an exact number, or refuses it with a Chinese reason.

import type { ColumnDef } from '../formats/types';
import { normalizeCellText, isPlaceholder, CHINESE_NUMERALS } from './parse-normalize';
import {
  decimalToNumber,
  decimalToString,
  digitDecimal,
  shiftDecimal,
  MAX_SIGNIFICANT_DIGITS,
} from './parse-decimal';
import { splitUnit } from './parse-unit';

/** What the parser needs of a column; pass `{ ...column, unit: row.unit ?? column.unit }` for per-row units. */
export type ParseColumn = Pick<ColumnDef, 'type' | 'unit' | 'decimals'> & { readonly label?: string };

export type ParseResult =
  { ok: true; value: number | null; warning?: string } | { ok: false; reason: string };

/** Default maximum decimals of a `decimal` column. */
export const DEFAULT_DECIMALS = 6;
/** Longer input is not a figure (a pasted sentence, a whole paragraph). */
const MAX_INPUT_LENGTH = 100;

const GROUPED = /^[1-9]\d{0,2}(?:,\d{3})+$/;
const SCIENTIFIC = /^[\d.,]*\d[eE][+-]?\d+$/;

const fail = (reason: string): ParseResult => ({ ok: false, reason });

/**
 * Blank (or only spaces) → `null` (未填写), never 0. Accepted: full-width digits and punctuation, thousands
 * separators in correct 3-digit groups, the column's unit as a suffix, 元 ↔ 万元 converted exactly (with a warning),
 * leading zeros (with a warning), `-` / `+` / accounting `(1,234)` only in signed-int columns, decimals only in
 * decimal columns and at most `decimals` places. Refused with a reason: placeholders (— / - △ 无 N/A), 。 as a
 * decimal point, inner spaces (1 234), scientific or hex notation, stray letters, Chinese numerals, values
 * beyond Number.MAX_SAFE_INTEGER or beyond 15 significant digits with decimals.
 */
export function parseCell(raw: string, column: ParseColumn): ParseResult {
  const subject = column.label ? `“${column.label}”` : '本栏';
  if (raw.length > MAX_INPUT_LENGTH) return fail('内容过长，不是一个数字');
  const text = normalizeCellText(raw);
  if (text === '') return { ok: true, value: null };
  if (isPlaceholder(text)) return fail(`“${text}”不是数字：数值为零请填 0，暂不清楚可先留空`);
  if (text.includes('。')) return fail('小数点请用英文句点“.”，不要用句号“。”');

  const split = splitUnit(text, column, subject);
  if (!split.ok) return fail(split.reason);
  let body = split.body;

  let negative = false;
  let plus = false;
  const accounting = /^\((.*)\)$/.exec(body);
  if (accounting) {
    negative = true;
    body = (accounting[1] ?? '').trim();
    if (/^[-+]/.test(body)) return fail(`“${text}”的正负号重复`);
  } else if (body.startsWith('-') || body.startsWith('+')) {
    negative = body.startsWith('-');
    plus = !negative;
    body = body.slice(1);
    if (/^[-+]/.test(body)) return fail(`“${text}”的正负号重复`);
  }

  const shape = checkShape(body, text);
  if (!shape.ok) return fail(shape.reason);
  const [intRaw, fracRaw] = shape.parts;

  if (negative && column.type !== 'signed-int') return fail(`${subject}不能填负数`);
  if (plus && column.type !== 'signed-int') return fail(`${subject}只填数字，不用加“+”号`);

  const warnings: string[] = [];
  let d = digitDecimal(intRaw, fracRaw);
  if (intRaw.length > 1 && intRaw.startsWith('0')) {
    warnings.push(`已按 ${decimalToString(d)} 读入（去掉了开头多余的 0）`);
  }
  let converted = '';
  if (split.shift !== 0 && split.unit !== undefined && column.unit !== undefined) {
    const before = decimalToString(d);
    d = shiftDecimal(d, split.shift);
    converted = `${decimalToString(d)}${column.unit}`;
    warnings.push(`已将 ${before}${split.unit} 换算为 ${converted}`);
  }
  const prefix = converted === '' ? '' : `换算后为 ${converted}，`;

  if (column.type !== 'decimal' && d.frac !== '') return fail(`${prefix}${subject}只能填整数`);
  const maxDecimals = column.decimals ?? DEFAULT_DECIMALS;
  if (column.type === 'decimal' && d.frac.length > maxDecimals) {
    return fail(`${prefix}${subject}最多保留 ${maxDecimals} 位小数`);
  }

  const num = decimalToNumber(d);
  if (!num.ok) {
    return fail(
      num.problem === 'too-large'
        ? `${prefix}数值过大，无法准确计算`
        : `${prefix}数字位数过多：整数和小数合计最多 ${MAX_SIGNIFICANT_DIGITS} 位`,
    );
  }
  const value = negative && num.value !== 0 ? -num.value : num.value;
  return warnings.length > 0 ? { ok: true, value, warning: warnings.join('；') } : { ok: true, value };
}

type Shape = { ok: true; parts: [string, string] } | { ok: false; reason: string };

/** Validates the unsigned number text (digits, grouping commas, one point) and returns its digit strings. */
function checkShape(body: string, text: string): Shape {
  const no = (reason: string): Shape => ({ ok: false, reason });
  if (/\s/.test(body)) return no('数字中间不能有空格：千位分隔请用逗号（如 1,234），或直接写 1234');
  if (CHINESE_NUMERALS.test(body)) return no('请用阿拉伯数字填写（如 12），不要写汉字数字');
  if (SCIENTIFIC.test(body)) return no('不能用科学计数法（如 1e3），请写出完整数字');
  const stray = /[^\d.,]+/.exec(body);
  if (stray) return no(`含有无法识别的字符“${stray[0]}”，请只填数字`);
  if (!/\d/.test(body)) return no(`“${text}”不是有效的数字`);
  const parts = body.split('.');
  if (parts.length > 2) return no('小数点只能有一个');
  const intWithCommas = parts[0] ?? '';
  const frac = parts[1] ?? '';
  if (frac.includes(',')) return no('小数部分不能有逗号');
  if (intWithCommas.includes(',') && !GROUPED.test(intWithCommas)) {
    return no('千位分隔符位置不对：应每三位一组（如 1,234,567）；小数点请用“.”');
  }
  return { ok: true, parts: [intWithCommas.replaceAll(',', ''), frac] };
}
