// Text laid out in spaces (pdftotext -layout): a figure that stands right under one column's header word belongs there.
import type { TableDef } from '../formats/types';
import { squash } from './normalize';
import type { Token } from './tokens';

/** Only tables this wide: their column names are words of their own (表三's 自然人 … 总计), not repeated. */
const MIN_COLUMNS = 5;
/** Columns a page's header must place, left to right in the table's order, before its places are trusted. */
const MIN_PLACED = 3;

interface Span {
  readonly col: number;
  readonly from: number;
  readonly to: number;
}

/** The column whose name alone holds this header word (自, 科研, 总计), or -1. */
function columnOf(table: TableDef, word: string): number {
  const w = squash(word);
  if (w === '') return -1;
  const cols = table.columns.flatMap((c, i) => (squash(c.label).includes(w) ? [i] : []));
  return cols.length === 1 ? (cols[0] ?? -1) : -1;
}

/**
 * The columns of one page's header: each column's words must stand together (a name printed down the column, one
 * character a line, stands at one place), and the columns left to right in the table's order — else nothing.
 */
function headerSpans(words: readonly { col: number; at: readonly [number, number] }[]): Span[] {
  const byCol = new Map<number, Span>();
  const scattered = new Set<number>();
  for (const { col, at } of words) {
    const s = byCol.get(col);
    if (!s) {
      byCol.set(col, { col, from: at[0], to: at[1] });
      continue;
    }
    if (at[0] > s.to + 2 || at[1] < s.from - 2) scattered.add(col);
    byCol.set(col, { col, from: Math.min(s.from, at[0]), to: Math.max(s.to, at[1]) });
  }
  const spans = [...byCol.values()].filter((s) => !scattered.has(s.col)).sort((a, b) => a.from - b.from);
  const ordered = spans.every(
    (s, i) => i === 0 || ((spans[i - 1]?.col ?? 0) < s.col && (spans[i - 1]?.to ?? 0) < s.from),
  );
  return ordered && spans.length >= MIN_PLACED ? spans : [];
}

/**
 * Marks each figure of a laid-out table that stands under exactly one column's header word on the same page, with
 * no other column's word within a character of it (`Token.col`). Pages without a header, text not laid out in
 * columns (every header word at the line's start), and figures between two columns get no mark: their places are
 * left to the table's identities.
 */
export function layoutColumns(
  tokens: readonly Token[],
  tables: readonly TableDef[],
  pageOf: (block: number) => number,
): Token[] {
  const table = tables.find((t) => t.columns.length >= MIN_COLUMNS);
  const firstFigure = tokens.findIndex((t) => t.kind === 'num');
  if (!table || firstFigure < 0) return [...tokens];
  const words = new Map<number, { col: number; at: readonly [number, number] }[]>();
  for (const t of tokens.slice(0, firstFigure)) {
    if (t.kind !== 'text' || !t.at) continue;
    const col = columnOf(table, t.text);
    if (col < 0) continue;
    const page = pageOf(t.block);
    words.set(page, [...(words.get(page) ?? []), { col, at: t.at }]);
  }
  const spansByPage = new Map([...words.entries()].map(([page, w]) => [page, headerSpans(w)]));
  const marked = tokens.map((t, i) => {
    if (i < firstFigure || t.kind !== 'num' || !t.at || t.glued) return t;
    const spans = spansByPage.get(pageOf(t.block)) ?? [];
    const [from, to] = t.at;
    const under = spans.filter((s) => s.from <= to && s.to >= from);
    const near = spans.filter((s) => s.from <= to + 1 && s.to >= from - 1);
    const only = under[0];
    return under.length === 1 && near.length === 1 && only ? { ...t, col: only.col } : t;
  });
  const untrusted = new Set(
    [...lineFigures(marked).values()]
      .filter((line) => !alignedLine(line, table.columns.length))
      .flatMap((line) => line.map((t) => pageOf(t.block))),
  );
  // The tokens as they came (no mark) on the pages not trusted.
  return marked.map((t, i) => (untrusted.has(pageOf(t.block)) ? (tokens[i] ?? t) : t));
}

/** The figures of each line. */
function lineFigures(tokens: readonly Token[]): Map<number, Token[]> {
  const lines = new Map<number, Token[]>();
  for (const t of tokens) if (t.kind === 'num') lines.set(t.block, [...(lines.get(t.block) ?? []), t]);
  return lines;
}

/**
 * A line's marks agree with what is certain without them: left to right in column order, the 总计 column (the last)
 * only for the line's last figure, and in a line printing every cell each figure in its own column. One line that
 * disagrees shows the page's header does not stand over its figures: none of that page's marks is used.
 */
function alignedLine(line: readonly Token[], n: number): boolean {
  const cols = line.map((t) => t.col);
  const marked = cols.flatMap((c, i) => (c === undefined ? [] : [{ c, i }]));
  if (marked.some(({ c }, k) => k > 0 && c <= (marked[k - 1]?.c ?? -1))) return false;
  if (marked.some(({ c, i }) => c === n - 1 && i !== line.length - 1)) return false;
  if (marked.some(({ c, i }) => c < i || c - i > n - line.length)) return false;
  return line.length !== n || marked.every(({ c, i }) => c === i);
}
