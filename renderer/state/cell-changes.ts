// Applies a batch of cell changes to a draft all-or-nothing, collecting a Chinese reason for every refused cell.
import { cellLabel, type CellKey, type ReportFormat } from '../../shared/formats';
import type { Draft } from '../../shared/draft/schema';
import { setCell } from '../../shared/engine';
import type { CellChange } from './report-state';

export interface CellProblem {
  readonly key: CellKey;
  readonly reason: string;
}

export type CellChangesResult =
  | { readonly ok: true; readonly draft: Draft; readonly changed: number }
  | { readonly ok: false; readonly problems: readonly CellProblem[] };

/** True when setting `change` would leave the draft as it is (same stored value, no new override reason). */
function isNoOp(draft: Draft, change: CellChange): boolean {
  const stored = draft.cells[change.key] ?? null;
  if (stored !== change.value) return false;
  return change.reason === undefined || draft.overrides[change.key] === change.reason;
}

/**
 * Sets every cell in `changes` (in order) through the engine's `setCell`. If any is refused, nothing is applied
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
    if (isNoOp(next, change)) continue;
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
