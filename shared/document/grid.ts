// Places HTML-style rows of spanning cells on a grid: the column each cell starts in, for writers that need it.
import type { DocCell } from './model';

export interface PlacedCell {
  readonly cell: DocCell;
  /** Row index within the given rows. */
  readonly row: number;
  readonly col: number;
}

/** Rows of cells (each placed where it starts) → cells with their grid column; slots covered by spans are skipped. */
export function placeCells(rows: readonly (readonly DocCell[])[]): PlacedCell[] {
  const taken: boolean[][] = [];
  const out: PlacedCell[] = [];
  rows.forEach((cells, r) => {
    let col = 0;
    for (const cell of cells) {
      while (taken[r]?.[col]) col++;
      out.push({ cell, row: r, col });
      for (let dr = 0; dr < cell.rowSpan; dr++) {
        const line = (taken[r + dr] ??= []);
        for (let dc = 0; dc < cell.colSpan; dc++) line[col + dc] = true;
      }
      col += cell.colSpan;
    }
  });
  return out;
}
