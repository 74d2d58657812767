// React hooks over the report reducer: the editing state with dispatch, and the memoised evaluation of a draft.
import { useMemo, useReducer } from 'react';
import type { Draft } from '../../shared/draft/schema';
import type { Evaluation } from '../../shared/engine';
import { reportReducer } from './report-reducer';
import { initReportState, type ReportDispatch, type ReportState } from './report-state';
import { evaluationDeadline, evaluationOf } from './selectors';

export interface UseReport {
  readonly state: ReportState;
  readonly dispatch: ReportDispatch;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

/** Holds one report being edited; `initialDraft` is read once (dispatch `load` to switch drafts). */
export function useReport(initialDraft: Draft): UseReport {
  const [state, dispatch] = useReducer(reportReducer, initialDraft, initReportState);
  return { state, dispatch, canUndo: state.past.length > 0, canRedo: state.future.length > 0 };
}

/** Totals, issues and carried cells of `draft`; evaluated once per draft object, shared by every caller. */
export function useEvaluation(draft: Draft): Evaluation {
  const deadline = evaluationDeadline();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the deadline keys the module's evaluation cache
  return useMemo(() => evaluationOf(draft), [draft, deadline]);
}
