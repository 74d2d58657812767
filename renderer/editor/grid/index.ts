// The table editor: the generic grid, a section of tables, and the pure helpers behind them.
export { TableGrid, type TableGridProps } from './table-grid';
export { TableSection, type TableSectionProps } from './table-section';
export { gridLayout, parseColumnOf, type GridLayout, type BodyRow, type StubCell } from './grid-layout';
export { cellViews, type CellView, type CellKind } from './cell-views';
export { planPaste, toTsv, copyBlock, MAX_PASTE_CELLS, type PastePlan, type Rect } from './clipboard';
