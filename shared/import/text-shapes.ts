// Plain text as a source document: lines, and the table grids that text copied from a browser still carries.
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

/** Plain text (a .txt file or pasted text) as a source document. */
export function textDocument(text: string): SourceDoc {
  const lines = text.split(/\r\n|\r|\n/);
  const rebuilt = browserRows(lines);
  return {
    origin: 'text',
    blocks: rebuilt ?? lines.map((line) => ({ kind: 'line' as const, text: line })),
  };
}
