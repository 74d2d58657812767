// 审核与汇总: per-unit review lines and the district roll-up with provenance (pure).
export {
  reviewUnits,
  deadlineOf,
  type ReviewUnit,
  type ReviewReport,
  type ReviewOptions,
  type Timeliness,
} from './review';
export { rollupUnits, provenanceLine, type RollupOptions, type RollupResult } from './rollup';
export { exactSum } from './exact-sum';
export { keyFigures, keyFiguresLine, type KeyFigure } from './key-figures';
