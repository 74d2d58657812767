// Report-editing state of the renderer: reducer, actions, hooks and selectors.
export { reportReducer } from './report-reducer';
export {
  HISTORY_LIMIT,
  initReportState,
  type CellChange,
  type MetaPatch,
  type ReportAction,
  type ReportDispatch,
  type ReportState,
} from './report-state';
export { applyCellChanges, describeProblems, type CellChangesResult, type CellProblem } from './cell-changes';
export { evaluationOf, formatOf, issuesByCell, setEvaluationDeadline } from './selectors';
export { useEvaluation, useReport, type UseReport } from './use-report';
