// Draft edits shared by the UI and the CLI: set a cell (with override of carried cells, releasing printed totals
// it feeds), fill remaining blanks.
import { cellsOf, type CellKey, type ReportFormat } from '../formats';
import type { Draft } from '../draft/schema';
import { evaluate } from './evaluate';

/** Why a carried cell that last year's report left blank was filled by 空白填 0. */
export const FILLED_CARRIED_REASON = '上年报告此项未填写，用“空白填 0”填为 0';

/**
 * Fills every blank input cell with `value` (0 by default). Carried cells fill themselves once this year's terms are
 * in; a carried cell still blank after that (last year's report left it blank) is filled too, with a reason.
 */
export function fillBlanks(
  format: ReportFormat,
  draft: Draft,
  value = 0,
  now = new Date().toISOString(),
): Draft {
  const first = evaluate(format, draft);
  if (first.blanks.length === 0) return draft;
  const cells = { ...draft.cells };
  // A 需核对 cell from an import is a published figure not yet read, never an empty one: never filled.
  const open = (k: CellKey) => draft.unresolved?.[k] !== undefined;
  for (const k of first.blanks) if (!first.linked[k] && !open(k)) cells[k] = value;
  const second = evaluate(format, { ...draft, cells });
  const overrides = { ...draft.overrides };
  for (const k of second.blanks) {
    if (open(k)) continue;
    cells[k] = value;
    if (second.linked[k]) overrides[k] = FILLED_CARRIED_REASON;
  }
  return { ...draft, cells, overrides, updatedAt: now };
}

/** Computed cells whose sum (directly or through other totals) includes `key`. */
export function totalsOver(format: ReportFormat, key: CellKey): CellKey[] {
  const out = new Set<CellKey>();
  let frontier = new Set<CellKey>([key]);
  while (frontier.size > 0) {
    const next = new Set<CellKey>();
    for (const c of format.computed) {
      if (out.has(c.cell) || !c.sum.some((k) => frontier.has(k))) continue;
      out.add(c.cell);
      next.add(c.cell);
    }
    frontier = next;
  }
  return [...out];
}

/**
 * The plain write of one input cell, without evaluating the draft (the grid's per-keystroke path): the value, and
 * the release of the printed totals (`stated`) the cell feeds once its value changes.
 */
export function writeCell(
  format: ReportFormat,
  draft: Draft,
  key: CellKey,
  value: number | null,
  now: string,
): Draft {
  const cells = { ...draft.cells, [key]: value };
  let stated = draft.stated;
  // Reading a 需核对 cell (typing its figure, picking a reading) keeps the printed totals: they are the evidence the
  // clerk's reading is checked against.
  const reading = value !== null && draft.unresolved?.[key] !== undefined;
  if ((draft.cells[key] ?? null) !== value && !reading) {
    const released = new Set(totalsOver(format, key));
    if ([...released].some((k) => stated[k] !== undefined))
      stated = Object.fromEntries(Object.entries(stated).filter(([k]) => !released.has(k)));
  }
  const next: Draft = { ...draft, cells, stated, updatedAt: now };
  // A figure typed into a 需核对 cell is the clerk's reading of it: the cell is settled.
  if (reading && draft.unresolved) {
    // So is a total listed only because of its open cells, once none of them is open.
    const open = new Set(Object.keys(draft.unresolved).filter((k) => k !== key));
    const settled = new Set(
      totalsOver(format, key).filter((t) => {
        const def = format.computed.find((c) => c.cell === t);
        return open.has(t) && def !== undefined && !def.sum.some((k) => open.has(k));
      }),
    );
    next.unresolved = Object.fromEntries(
      Object.entries(draft.unresolved).filter(([k]) => k !== key && !settled.has(k)),
    );
  }
  return next;
}

export type SetCellResult = { ok: true; draft: Draft } | { ok: false; reason: string };

/**
 * Sets one input cell. Computed cells are refused; a carried cell is overridden with `reason` (required then).
 * A total printed in an imported report (`stated`) is kept and compared until one of its inputs is edited: then
 * the clerk's figures are the truth and the printed total is released.
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
  const written = writeCell(format, draft, key, value, options.now ?? new Date().toISOString());
  return { ok: true, draft: { ...written, overrides } };
}

/** Removes an override so the cell follows last year's report again. */
export function clearOverride(draft: Draft, key: CellKey, now = new Date().toISOString()): Draft {
  if (draft.overrides[key] === undefined) return draft;
  const overrides = Object.fromEntries(Object.entries(draft.overrides).filter(([k]) => k !== key));
  const cells = Object.fromEntries(Object.entries(draft.cells).filter(([k]) => k !== key));
  return { ...draft, overrides, cells, updatedAt: now };
}
