// Tokeniser: turns lines and grids of every scrape shape (formats.md §8) into one stream of label / figure tokens.
import { nfkc } from './normalize';
import type { SourceBlock, SourceCell } from './types';

/**
 * text: a label fragment; num: a figure; mark: a placeholder printed in a cell (/ — 无); blank: an empty grid cell
 * after the row label (HTML/DOCX only, where cell positions are certain); break: prose, which ends any table row.
 */
export type TokenKind = 'text' | 'num' | 'mark' | 'blank' | 'break';

export interface Token {
  readonly kind: TokenKind;
  /** The text as printed (NFKC, trimmed). */
  readonly text: string;
  /** For num: digits run together with a label or another figure; such a token may hold several figures. */
  readonly glued?: boolean;
  /** Index of the source block, to locate tables in the section text. */
  readonly block: number;
  /** Text laid out in spaces (`pdftotext -layout`): the characters the token spans in its line, first and last. */
  readonly at?: readonly [number, number];
  /** The table column this figure stands under, by its place on the page (layout-columns.ts). */
  readonly col?: number;
}

const UNIT = '(?:万元|元|件|条|项|个|次|人|家|份|宗)';
/** A figure alone in a cell: sign, digits (grouped or not), decimals, a unit, a parenthesised note (22（其中修订16件）). */
const NUMBER_CELL = new RegExp(
  `^[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?\\s*${UNIT}?\\s*(?:\\([^)]*\\))?$`,
);
// NFKC turns an ellipsis (…, a PDF reader's mark of a figure cut by a page break) into "...": a mark too.
const MARK_CELL = /^(?:[-—―/\\△▲×*…⋯]+|\.{2,}|无|空|暂无|不适用)$/;

/**
 * Figures no report prints for a count or an amount: scientific notation (1e30, 2.5E+3), hexadecimal, infinity.
 * Read digit by digit they would turn into another number (1e30 → 30), so they become a mark: 需核对, never a value.
 */
const NON_COUNT = /^[+-]?(?:(?:\d+(?:\.\d*)?|\.\d+)[eE][+-]?\d+|0[xX][0-9a-fA-F]+|∞|Infinity|NaN)$/;
/** The same figures run on to the end of a label: "本年新收1e30". */
const NON_COUNT_AT_END = /[+-]?(?:(?:\d+(?:\.\d*)?|\.\d+)[eE][+-]?\d+|0[xX][0-9a-fA-F]+)$/;

export function isNumberText(text: string): boolean {
  return NUMBER_CELL.test(text);
}

/** A cell holding a figure or a placeholder (/ — 无 …), as printed in a table's figure columns. */
export function isFigureCell(text: string): boolean {
  const cell = nfkc(text).replace(/\s+/g, ' ').trim();
  return NUMBER_CELL.test(cell) || MARK_CELL.test(cell);
}

/** The figure part of a number cell, without its note: "22(其中修订16件)" → "22", "251000元" → "251000元". */
export function figureText(text: string): string {
  return text.replace(/\s*\([^)]*\)$/, '').trim();
}

/** Prose: a sentence, never a table cell. */
export function isProse(text: string): boolean {
  return /[。！？!?]/.test(text) || text.length >= 100;
}

const DIGITS_IN_TEXT = /\d+(?:\.\d+)?/g;
/** What may follow digits that belong to the text: units of time and count, numbering marks. */
const TEXT_AFTER_DIGITS = /^(?:年|月|日|号|位|季度|个月|周|%|‰|[.、．]\D|[)）])/;
/** What may follow figures run together with the next row: a numbering that starts a label. */
const LABEL_START = /^(?:[一二三四五六七八九十]+[、.．]|\([一二三四五六七八九十\d]+\))/;

/** A text cell: label text, with figures run on to its end (or before the next numbered label) split off. */
function textCellTokens(cell: string, block: number): Token[] {
  const odd = NON_COUNT_AT_END.exec(cell);
  if (odd && odd.index > 0 && !/[\dA-Za-z.]$/.test(cell.slice(0, odd.index))) {
    return [
      ...textCellTokens(cell.slice(0, odd.index), block),
      { kind: 'mark' as const, text: odd[0], block },
    ];
  }
  const out: Token[] = [];
  let last = 0;
  for (const m of cell.matchAll(DIGITS_IN_TEXT)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = cell.slice(0, start);
    const after = cell.slice(end);
    if (before.trim() === '' || /第$|保留$/.test(before)) continue;
    // "—18": a dash that may be a minus sign; the figure's sign is unknown, so it is not read at all.
    if (/[-—―~]$/.test(before)) continue;
    if (TEXT_AFTER_DIGITS.test(after)) continue;
    const atEnd = after.trim() === '';
    if (!atEnd && !LABEL_START.test(after.trim())) continue;
    let digits = m[0];
    // "…00000001.属于国家秘密": the last digit is the next row's numbering.
    const numbering = /^[.、．]\D/.test(after);
    if (numbering && digits.length > 1) digits = digits.slice(0, -1);
    else if (numbering) continue;
    out.push({ kind: 'text', text: cell.slice(last, start).trim(), block });
    out.push({ kind: 'num', text: digits, glued: true, block });
    last = start + digits.length;
  }
  const rest = cell.slice(last).trim();
  if (rest !== '') out.push({ kind: 'text', text: rest, block });
  return out.filter((t) => t.text !== '');
}

/** One cell of any shape; in a header row (`header`) a label ending in digits ("数据1") keeps them. */
export function cellTokens(raw: string, block: number, header = false): Token[] {
  const cell = nfkc(raw).replace(/\s+/g, ' ').trim();
  if (cell === '') return [];
  if (header && !isNumberText(cell) && !MARK_CELL.test(cell) && !isProse(cell)) {
    return [{ kind: 'text', text: cell, block }];
  }
  if (isNumberText(cell)) {
    const digits = figureText(cell).replace(/^[+-]/, '');
    // A leading zero (04) or ten digits and more in one cell cannot be a single count: figures run together.
    const glued = /^0\d/.test(digits) || /^\d{10,}$/.test(digits);
    return [{ kind: 'num', text: cell, ...(glued ? { glued } : {}), block }];
  }
  if (MARK_CELL.test(cell) || NON_COUNT.test(cell)) return [{ kind: 'mark', text: cell, block }];
  if (isProse(cell)) return [{ kind: 'break', text: cell, block }];
  return textCellTokens(cell, block);
}

/** Page numbers and running heads of PDF text: — 3 —, - 3 -, 第 3 页 共 9 页, 3/9. */
const PAGE_MARK =
  /^\s*(?:[-—–―]+\s*\d{1,3}\s*[-—–―]+|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})\s*$/;

/** A markdown table's header rule: | --- | :---: | */
const MARKDOWN_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

export function isPageMark(text: string): boolean {
  return PAGE_MARK.test(nfkc(text));
}

export function isMarkdownRule(text: string): boolean {
  return MARKDOWN_RULE.test(text);
}

/** A text line: tab- or pipe-separated cells (`header`: a markdown table's header row), prose, or PDF text. */
export function lineTokens(raw: string, block: number, header = false): Token[] {
  if (isPageMark(raw) || MARKDOWN_RULE.test(raw)) return [];
  const normalized = nfkc(raw);
  const line = normalized.replace(/^\s*[-*•#>]+\s+/, '');
  if (line.trim() === '') return [];
  if (line.includes('\t') || line.includes('|')) {
    return line.split(/[\t|]/).flatMap((c) => cellTokens(c, block, header && line.includes('|')));
  }
  if (isProse(line.trim())) return [{ kind: 'break', text: line.trim(), block }];
  // Where each piece stands in the line: kept for a piece that is one token (a figure, a header word).
  // A page break (form feed) at the start of a line takes no place on the page.
  const laid = line.replace(/\f/g, '');
  // A stripped list bullet would shift every place on the line: then none is kept.
  const placed = line === normalized;
  let from = 0;
  return splitOutsideBrackets(line.trim()).flatMap((c) => {
    const tokens = cellTokens(c, block);
    const start = laid.indexOf(c, from);
    if (start < 0) return tokens;
    from = start + c.length;
    const only = tokens[0];
    if (!placed || tokens.length !== 1 || !only) return tokens;
    return [{ ...only, at: [start, start + c.length - 1] as const }];
  });
}

/** Splits at spaces, except inside brackets: "22 (其中修订 16 件)" stays one cell, as does "(区分处理的, 只计…)". */
function splitOutsideBrackets(line: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of line) {
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    if (/\s/.test(ch) && depth === 0) {
      if (cur !== '') out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur !== '') out.push(cur);
  // An unclosed bracket (a label wrapped to the next line) protects nothing.
  return depth > 0 ? line.split(/\s+/) : out;
}

/** A grid row: merged-cell continuations are skipped, except a row-spanning label (it names the rows it spans). */
function gridRowTokens(row: readonly SourceCell[], block: number): Token[] {
  const out: Token[] = [];
  for (const cell of row) {
    const text = nfkc(cell.text).replace(/\s+/g, ' ').trim();
    if (cell.span === 'col') continue;
    if (cell.span === 'row') {
      if (text !== '' && !isNumberText(text) && !MARK_CELL.test(text) && !isProse(text)) {
        out.push({ kind: 'text', text, block });
      }
      continue;
    }
    if (text === '') {
      // Leading blanks (stub padding) fall before the label and are dropped later; after it they hold places.
      out.push({ kind: 'blank', text: '', block });
      continue;
    }
    const tokens = cellTokens(text, block);
    out.push(...(cell.joined ? tokens.map((t) => (t.kind === 'num' ? { ...t, glued: true } : t)) : tokens));
  }
  return out;
}

/** `next`: the block after this one (a markdown rule below a line makes it a header row). */
export function blockTokens(b: SourceBlock, index: number, next?: SourceBlock): Token[] {
  if (b.kind === 'line')
    return lineTokens(b.text, index, next?.kind === 'line' && MARKDOWN_RULE.test(next.text));
  return b.rows.flatMap((r) => [
    ...gridRowTokens(r, index),
    { kind: 'break' as const, text: '', block: index },
  ]);
}
