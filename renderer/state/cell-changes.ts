// Applies a batch of cell changes to a draft all-or-nothing, collecting a Chinese reason for every refused cell.
import { cellLabel, cellsOf, type CellKey, type ReportFormat } from '../../shared/formats';
import type { Draft } from '../../shared/draft/schema';
import { setCell, writeCell } from '../../shared/engine';
import type { CellChange } from './report-state';
import { evaluationOf } from './selectors';

export interface CellProblem {
  readonly key: CellKey;
  readonly reason: string;
}

export type CellChangesResult =
  | { readonly ok: true; readonly draft: Draft; readonly changed: number }
  | { readonly ok: false; readonly problems: readonly CellProblem[] };

/** True when setting `change` on an input cell would leave the draft as it is (same value, no new reason). */
function isNoOp(draft: Draft, change: CellChange): boolean {
  const stored = draft.cells[change.key] ?? null;
  if (stored !== change.value) return false;
  return change.reason === undefined || draft.overrides[change.key] === change.reason;
}

/**
 * Sets every cell in `changes` (in order) as the engine's `setCell` does. If any is refused, nothing is applied
 * and every refusal is returned; unchanged cells are skipped. `changed` counts the cells actually set.
 */
export function applyCellChanges(
  format: ReportFormat,
  draft: Draft,
  changes: readonly CellChange[],
  now: string,
): CellChangesResult {
  const problems: CellProblem[] = [];
  const seen = new Set<CellKey>();
  let next = draft;
  let changed = 0;
  const cells = cellsOf(format);
  // Which cells follow last year's report depends only on `previous` and the overrides, which only the
  // engine path below changes (and a key comes once): the evaluation of the starting draft tells.
  const linked = evaluationOf(draft).linked;
  for (const change of changes) {
    if (seen.has(change.key)) {
      problems.push({ key: change.key, reason: '同一单元格出现了两次' });
      continue;
    }
    seen.add(change.key);
    if (change.value !== null && !Number.isFinite(change.value)) {
      problems.push({ key: change.key, reason: '不是有效的数字' });
      continue;
    }
    const info = cells.get(change.key);
    if (info && !info.computed && isNoOp(next, change)) continue;
    if (info && !info.computed && !linked[change.key]) {
      // What the engine's setCell does for a plain input cell, without evaluating the draft again per keystroke.
      next = writeCell(format, next, change.key, change.value, now);
      changed++;
      continue;
    }
    const options = change.reason === undefined ? { now } : { now, reason: change.reason };
    const result = setCell(format, next, change.key, change.value, options);
    if (result.ok) {
      next = result.draft;
      changed++;
    } else {
      problems.push({ key: change.key, reason: result.reason });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, draft: next, changed };
}

/** One line per refused cell: "表三 一、本年新收政府信息公开申请数量 自然人：原因". */
export function describeProblems(format: ReportFormat, problems: readonly CellProblem[]): string {
  return problems.map((p) => `${cellLabel(format, p.key)}：${p.reason}`).join('\n');
}
