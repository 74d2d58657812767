// Plain text as a source document: lines, and the table grids that text copied from a browser still carries.
import { isFigureCell, isProse } from './tokens';
import type { SourceBlock, SourceCell, SourceDoc } from './types';

/**
 * A line holding only the tab a browser puts between two table cells whose content is a paragraph, and any empty
 * cells (no-break spaces) printed between them: "\t\u00a0\t\u00a0\t".
 */
const CELL_GAP = /^[ \u3000\u00a0]*\t[\t \u3000\u00a0]*$/;
/** A cell a browser copies as a no-break space: printed empty. */
const EMPTY_CELL = /^[\s\u00a0\u3000]*$/;

/**
 * Chromium's and Edge's copy of a table whose cells hold paragraphs: every cell on its own line, cells of one row
 * separated by a line holding a tab, rows by blank lines only. Rebuilt here as grid rows, so that empty cells
 * (a no-break space) keep their places, as they do in the page itself.
 */
function browserRows(lines: readonly string[]): SourceBlock[] | null {
  if (!lines.some((l) => CELL_GAP.test(l))) return null;
  const blocks: SourceBlock[] = [];
  let row: string[] | null = null;
  let joinNext = false;
  const flush = () => {
    if (row && row.length > 1) pushRow(blocks, row);
    else if (row?.[0] !== undefined && !EMPTY_CELL.test(row[0])) blocks.push({ kind: 'line', text: row[0] });
    row = null;
  };
  for (const line of lines) {
    if (CELL_GAP.test(line)) {
      if (row) {
        // Two cell gaps with only blank lines between them: the cell between was printed empty.
        if (joinNext) row.push('');
        const parts = line.split('\t').slice(1);
        // Ending on a tab: the next line is the next cell. Ending on an empty cell: that cell ends the row.
        const ends = parts[parts.length - 1] !== '' && EMPTY_CELL.test(parts[parts.length - 1] ?? '');
        row.push(...(ends ? parts : parts.slice(0, -1)));
        joinNext = !ends;
      }
      continue;
    }
    if (line.trim() === '' && !line.includes('\u00a0')) continue;
    if (joinNext && row) {
      row.push(line);
      joinNext = false;
      continue;
    }
    flush();
    row = [line];
  }
  flush();
  return blocks;
}

/** Consecutive grid rows form one table block; a row is its cells as printed (empty ones kept). */
function pushRow(blocks: SourceBlock[], row: readonly string[]) {
  const cells: SourceCell[] = row.map((c) => ({ text: EMPTY_CELL.test(c) ? '' : c.trim() }));
  const last = blocks[blocks.length - 1];
  if (last?.kind === 'table') {
    blocks[blocks.length - 1] = { kind: 'table', rows: [...last.rows, cells] };
  } else {
    blocks.push({ kind: 'table', rows: [cells] });
  }
}

/**
 * Chromium's 全选 + 复制 of a page (what 粘贴文本 receives): every paragraph and every table cell a line of its own
 * between blank lines, almost no tabs, a cell printed empty a line holding one space — or, where the cell's own
 * paragraph held an ordinary space (Word-pasted pages), one more blank line between its neighbours.
 */
function isClipboardCopy(lines: readonly string[], share = 0.85): boolean {
  const content = lines.flatMap((l, i) => (l !== '' ? [i] : []));
  if (content.length === 0) return false;
  const alone = (i: number) => (lines[i - 1] ?? '') === '' && (lines[i + 1] ?? '') === '';
  const separated = content.filter(alone).length;
  const figures = content.filter((i) => /^\s*\d+\s*$/.test(lines[i] ?? '') && alone(i)).length;
  const tabbed = content.filter((i) => lines[i]?.includes('\t')).length;
  return separated >= share * content.length && figures >= 10 && tabbed < 0.05 * content.length;
}

/**
 * The copy's table rows rebuilt as grid rows: a row is its label cells (text) then its figure cells, up to the
 * next label; an empty cell keeps its place (a line of one space, or each blank line beyond the one that
 * separates two cells). Texts with no figures after them stay lines.
 */
/** Label cells a table row prints before its figures: group, sub-group, own label (（三）不予公开 1.属于国家秘密). */
const ROW_LABELS = 3;

function clipboardRows(lines: readonly string[], between: number): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let labels: string[] = [];
  let cells: string[] = [];
  let gap = 0;
  const flush = () => {
    // Figures start a table; a row of empty cells only continues one (a line of spaces under a title is layout).
    const inTable = blocks[blocks.length - 1]?.kind === 'table';
    if (cells.length > 0 && (inTable || cells.some((c) => c !== ''))) {
      // A row's label is at most its group, sub-group and own label; text before them (the section's heading, the
      // table's header cells) stays lines, where headings are looked for.
      for (const t of labels.slice(0, -ROW_LABELS)) blocks.push({ kind: 'line', text: t });
      pushRow(blocks, [...labels.slice(-ROW_LABELS), ...cells]);
    } else for (const t of labels) blocks.push({ kind: 'line', text: t });
    labels = [];
    cells = [];
  };
  for (const line of lines) {
    if (line === '') {
      gap++;
      continue;
    }
    const empty = line.trim() === '';
    const figure = empty || isFigureCell(line);
    const extra = Math.max(0, gap - between);
    gap = 0;
    if (figure) {
      if (labels.length === 0 && cells.length === 0) continue;
      if (labels.length > 0 || cells.length > 0) for (let k = 0; k < extra; k++) cells.push('');
      // Adjacent empty cells copied onto one line, a tab between them: " \t \t" is two.
      const parts = line.split('\t');
      if (empty && parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
      if (empty) for (const _ of parts) cells.push('');
      else cells.push(line);
      continue;
    }
    if (cells.length > 0 || isProse(line.trim())) flush();
    if (isProse(line.trim())) blocks.push({ kind: 'line', text: line });
    else labels.push(line);
  }
  flush();
  return blocks;
}

/**
 * A page's text with the markup's indentation kept (a crawler's textContent of a pretty-printed page): every cell's
 * content on a line of its own at the cell's indentation, the lines between holding the indentation only. A cell
 * whose content is one space (Word's <o:p> </o:p>, printed empty) is a line one space longer than the indentation of
 * the content beside it; it becomes a line of one space, as in a browser's copy. Other blank lines become empty and
 * content lines lose their indentation. Null when the text is not so indented.
 */
function unindented(lines: readonly string[]): string[] | null {
  const spaces = lines.filter((l) => l !== '' && l.trim() === '').length;
  if (spaces < 0.3 * lines.length || spaces < 50) return null;
  const indent = (l: string) => l.length - l.trimStart().length;
  const out: string[] = [];
  let near = -1;
  lines.forEach((l, i) => {
    if (l.trim() !== '') {
      near = indent(l);
      out.push(l.trim());
      return;
    }
    // The indentation of the content around: the line before, else the next content line.
    let beside = near;
    if (beside < 0) {
      const next = lines.slice(i + 1).find((x) => x.trim() !== '');
      beside = next === undefined ? -1 : indent(next);
    }
    out.push(l.length === beside + 1 && beside >= 0 ? ' ' : '');
  });
  return out;
}

/** The usual number of blank lines between two cells of a copied table: 1, or 2 in an unindented page text. */
function cellGap(lines: readonly string[]): number {
  const gaps = new Map<number, number>();
  let gap = -1;
  for (const l of lines) {
    if (l === '') {
      if (gap >= 0) gap++;
      continue;
    }
    if (gap > 0) gaps.set(gap, (gaps.get(gap) ?? 0) + 1);
    gap = 0;
  }
  const common = [...gaps.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return common === undefined ? 1 : Math.max(1, Math.min(common, 3));
}

/** Plain text (a .txt file or pasted text) as a source document. */
export function textDocument(text: string): SourceDoc {
  const raw = text.split(/\r\n|\r|\n/);
  const flat = unindented(raw);
  // Its headings and prose keep more lines together than a browser's copy does.
  const lines = flat && isClipboardCopy(flat, 0.7) ? flat : raw;
  const copied = lines === flat || isClipboardCopy(lines);
  const rebuilt = copied ? clipboardRows(lines, cellGap(lines)) : browserRows(lines);
  return {
    origin: 'text',
    blocks: rebuilt ?? lines.map((line) => ({ kind: 'line' as const, text: line })),
  };
}
