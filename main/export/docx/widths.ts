// Table column widths for the DOCX: from the weights, widened to the content so that no number or amount breaks.
import { placeCells, type DocTable } from '../../../shared/document';
import { emWidth } from '../../../shared/document/wrap';
import { BODY_TWIPS } from './styles';

/** Left and right cell margin in twips. */
export const CELL_MARGIN = 40;
/** Slack for rounding and Word's own border allowance. */
const SLACK = 40;

/** Column widths in twips summing exactly to the 版心 width. */
export function gridWidths(weights: readonly number[]): number[] {
  const total = weights.reduce((s, v) => s + v, 0) || 1;
  const widths = weights.map((w) => Math.floor((w / total) * BODY_TWIPS));
  const rest = BODY_TWIPS - widths.reduce((s, v) => s + v, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

/** Twips a one-line text needs in a cell at `halfPoints`. */
export const cellNeed = (text: string, halfPoints: number): number =>
  Math.ceil(emWidth(text) * halfPoints * 10) + 2 * CELL_MARGIN + SLACK;

/**
 * The grid for `table` at `halfPoints`: value columns hold their widest figure on one line (the same width for all
 * of them when the labels can spare it); label columns give way but keep two characters. `null` when the figures
 * do not fit the text width at this size.
 */
export function contentWidths(table: DocTable, halfPoints: number, base = gridWidths(table.columnWeights)) {
  const widths = [...base];
  const need = widths.map(() => 0);
  const isValue = widths.map(() => false);
  for (const p of placeCells(table.bodyRows)) {
    if (p.cell.role !== 'value' || p.cell.colSpan !== 1) continue;
    isValue[p.col] = true;
    need[p.col] = Math.max(need[p.col] ?? 0, cellNeed(p.cell.text, halfPoints));
  }
  const floor = 2 * halfPoints * 10 + 2 * CELL_MARGIN;
  const canGive = (c: number) =>
    Math.max(0, (widths[c] ?? 0) - Math.max(need[c] ?? 0, isValue[c] ? 0 : floor));
  const grow = (target: (c: number) => number): boolean => {
    const deficit = widths.reduce((s, w, c) => s + Math.max(0, target(c) - w), 0);
    if (deficit === 0) return true;
    const donors = widths.map((_, c) => (isValue[c] || target(c) > (widths[c] ?? 0) ? 0 : canGive(c)));
    const spare = donors.reduce((s, v) => s + v, 0);
    if (spare < deficit) return false;
    let taken = 0;
    donors.forEach((d, c) => {
      const t = Math.floor((d / spare) * deficit);
      widths[c] = (widths[c] ?? 0) - t;
      taken += t;
    });
    widths.forEach((w, c) => (widths[c] = Math.max(w, target(c))));
    // Rounding: the last donor pays what is left so the grid still sums to the text width.
    const last = donors.findLastIndex((d) => d > 0);
    widths[last] = (widths[last] ?? 0) - (deficit - taken);
    return true;
  };
  const widest = Math.max(0, ...need.filter((_, c) => isValue[c]));
  const snapshot = [...widths];
  if (grow((c) => (isValue[c] ? widest : 0))) return widths;
  widths.splice(0, widths.length, ...snapshot);
  return grow((c) => need[c] ?? 0) ? widths : null;
}

/** The largest of `sizes` (half-points, largest first) at which the figures fit, and the grid at that size. */
export function fitTable(table: DocTable, sizes: readonly number[], base?: number[]) {
  for (const size of sizes) {
    const widths = contentWidths(table, size, base);
    if (widths) return { size, widths };
  }
  const size = sizes[sizes.length - 1] ?? 18;
  return { size, widths: base ?? gridWidths(table.columnWeights) };
}
