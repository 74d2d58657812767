// The checking engine's public surface.
export { evaluate, computedOrder, DEFAULT_DEADLINE, type EvaluateOptions } from './evaluate';
export {
  fillBlanks,
  setCell,
  writeCell,
  clearOverride,
  totalsOver,
  FILLED_CARRIED_REASON,
  type SetCellResult,
} from './fill';
export { expectedValue, applicableRules, sameAgency } from './cross-year';
export { repeatRatio, bodyText } from './text-checks';
export { countIssues, LEVEL_ORDER, type Issue, type Evaluation, type LinkedCell } from './types';
export * from './parse-cell';
export * from './format-cell';
export * from './tsv';
export { cellValueProblem, cellValueIssues, MAX_CELL_VALUE } from './cell-value';
