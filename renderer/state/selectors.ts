// Derived views of a draft, memoised per draft object: its format, its evaluation, issues by cell.
import { getFormat, type CellKey, type ReportFormat } from '../../shared/formats';
import type { Draft } from '../../shared/draft/schema';
import { DEFAULT_DEADLINE, evaluate, type Evaluation, type Issue } from '../../shared/engine';

let evaluations = new WeakMap<Draft, Evaluation>();
let deadline = DEFAULT_DEADLINE;

/** The 公开期限 of the settings (MM-DD) that R0-3 checks against; returns whether it changed. */
export function setEvaluationDeadline(value: string): boolean {
  if (value === deadline || !/^\d{2}-\d{2}$/.test(value)) return false;
  deadline = value;
  evaluations = new WeakMap();
  return true;
}

export const evaluationDeadline = (): string => deadline;
const byCell = new WeakMap<Evaluation, ReadonlyMap<CellKey, readonly Issue[]>>();

export function formatOf(draft: Draft): ReportFormat {
  return getFormat(draft.formatId);
}

/** The engine's evaluation of `draft`, computed once per draft object (drafts are immutable). */
export function evaluationOf(draft: Draft): Evaluation {
  const cached = evaluations.get(draft);
  if (cached) return cached;
  const evaluation = evaluate(formatOf(draft), draft, { deadline });
  evaluations.set(draft, evaluation);
  return evaluation;
}

/** Issues indexed by the cells they are about (an issue about several cells is listed under each). */
export function issuesByCell(evaluation: Evaluation): ReadonlyMap<CellKey, readonly Issue[]> {
  const cached = byCell.get(evaluation);
  if (cached) return cached;
  const map = new Map<CellKey, Issue[]>();
  for (const issue of evaluation.issues) {
    for (const key of issue.cells) {
      const list = map.get(key);
      if (list) list.push(issue);
      else map.set(key, [issue]);
    }
  }
  byCell.set(evaluation, map);
  return map;
}
