// The document model's public surface: types, the builder and helpers used by the writers.
export * from './model';
export { buildDocument } from './build';
export { buildTable } from './table';
export { placeCells, type PlacedCell } from './grid';
export {
  chineseDate,
  reportTitle,
  titleLines,
  isLevelTwoHeading,
  splitParagraphs,
  REPORT_NAME,
} from './text';
