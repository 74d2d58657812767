// Draft edits shared by the UI and the CLI: set a cell (with override of carried cells), fill remaining blanks.
import { cellsOf, inputCells, type CellKey, type ReportFormat } from '../formats';
import type { Draft } from '../draft/schema';
import { evaluate } from './evaluate';

/** Fills every blank input cell (carried cells excluded) with `value` (0 by default). */
export function fillBlanks(
  format: ReportFormat,
  draft: Draft,
  value = 0,
  now = new Date().toISOString(),
): Draft {
  const { linked } = evaluate(format, draft);
  const cells = { ...draft.cells };
  let changed = 0;
  for (const k of inputCells(format)) {
    // A 需核对 cell from an import is a published figure not yet read, never an empty one.
    if (linked[k] || draft.unresolved?.[k]) continue;
    if (cells[k] === undefined || cells[k] === null) {
      cells[k] = value;
      changed++;
    }
  }
  return changed === 0 ? draft : { ...draft, cells, updatedAt: now };
}

export type SetCellResult = { ok: true; draft: Draft } | { ok: false; reason: string };

/**
 * Sets one input cell. Computed cells are refused; a carried cell is overridden with `reason` (required then).
 */
export function setCell(
  format: ReportFormat,
  draft: Draft,
  key: CellKey,
  value: number | null,
  options: { reason?: string; now?: string } = {},
): SetCellResult {
  const info = cellsOf(format).get(key);
  if (!info) return { ok: false, reason: `没有这个单元格：${key}` };
  if (info.computed)
    return { ok: false, reason: `“${info.row.label} ${info.column.label}”是自动计算的合计，不能直接填写` };
  const { linked } = evaluate(format, draft);
  const overrides = { ...draft.overrides };
  if (linked[key]) {
    if (!options.reason)
      return { ok: false, reason: `该单元格按上年报告自动结转（${linked[key].explain}），修改须说明原因` };
    overrides[key] = options.reason;
  }
  const cells = { ...draft.cells, [key]: value };
  const next: Draft = { ...draft, cells, overrides, updatedAt: options.now ?? new Date().toISOString() };
  // A figure typed into a 需核对 cell is the clerk's reading of it: the cell is settled.
  if (value !== null && draft.unresolved?.[key]) {
    next.unresolved = Object.fromEntries(Object.entries(draft.unresolved).filter(([k]) => k !== key));
  }
  return { ok: true, draft: next };
}

/** Removes an override so the cell follows last year's report again. */
export function clearOverride(draft: Draft, key: CellKey, now = new Date().toISOString()): Draft {
  if (draft.overrides[key] === undefined) return draft;
  const overrides = Object.fromEntries(Object.entries(draft.overrides).filter(([k]) => k !== key));
  const cells = Object.fromEntries(Object.entries(draft.cells).filter(([k]) => k !== key));
  return { ...draft, overrides, cells, updatedAt: now };
}
