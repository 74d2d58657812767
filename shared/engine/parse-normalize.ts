// Normalises raw cell text (full-width forms, minus look-alikes, invisible and edge spaces) before it is parsed.

/** Characters that NFKC leaves alone but clerks' keyboards and web pages use as a minus sign. */
const MINUS_LOOKALIKES = /[\u2212\u2010\u2011\u2012\u2013]/g;

/** Invisible characters copied from web pages and Word: removed wherever they are. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/**
 * NFKC (０-９ → 0-9, ，→ , ．→ . （）→ () －﹣→ - U+3000/NBSP/thin spaces → space), explicit minus mapping,
 * invisible characters removed, edge whitespace trimmed. Inner spaces are kept so the parser can refuse them.
 */
export function normalizeCellText(raw: string): string {
  return raw.normalize('NFKC').replace(MINUS_LOOKALIKES, '-').replace(INVISIBLE, '').trim();
}

/**
 * Marks clerks put in a cell instead of a figure (—, /, -, △, N/A, 无 …). They are never read as 0: the clerk is
 * told to enter 0 when the value is zero.
 */
const PLACEHOLDER = /^(?:[-—―/\\△▲▽×xX*…·.]+|n\/?a|null|none|nil|无|空|暂无|没有|未有|不适用|未发生|\?+)$/i;

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text);
}

/** Chinese numerals: a clerk writing 三 or 十二 gets a specific message. */
export const CHINESE_NUMERALS = /[零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]/;
