// A format's table + evaluated values → a printed table: header rows as defined, row-group labels spanning their rows.
import { formatCell } from '../engine/format-cell';
import { cellKey, type CellKey, type RowDef, type TableDef } from '../formats/types';
import type { DocCell, DocTable } from './model';
import { rowStubs } from './row-stubs';

const header = (text: string, colSpan = 1, rowSpan = 1): DocCell => ({
  text,
  colSpan,
  rowSpan,
  align: 'center',
  role: 'header',
});

/** In a one-column stub, sub-rows (2.网络申请数 under 其中：1.…) line up under the first item as printed. */
function stubText(row: RowDef, stubColumns: number): string {
  if (stubColumns !== 1 || row.level === 0 || /^\s|^\u3000|^其中/.test(row.label)) return row.label;
  return '\u3000'.repeat(3 * row.level) + row.label;
}

function stubWeights(table: TableDef, stubColumns: number): number[] {
  if (stubColumns === 0) return [];
  if (stubColumns === 3) return [1.2, 1.5, 5.4];
  const longest = Math.max(...table.rows.map((r) => [...r.label].length), [...table.stubLabel].length);
  const first = Math.min(3.5, Math.max(1.4, longest / 5));
  return [first, ...Array.from({ length: stubColumns - 1 }, () => 1.2)];
}

/** The report's agency and year: the pre-2019 统计表 prints them (<机关>政府信息公开情况统计表, 2018年 for 本年). */
export interface TableContext {
  readonly agency: string;
  readonly year: number;
}

/** 本年 as a column header is printed as the report year (2018年), as the 统计表 was published. */
const headerLabel = (label: string, ctx: TableContext | undefined): string =>
  ctx && label === '本年' ? `${ctx.year}年` : label;

const captionInHeader = (table: TableDef): boolean =>
  table.headerRows.some((r) => r.some((c) => c.label === table.caption));
/** How a total over blank cells prints: not a number that looks final. */
export const INCOMPLETE_MARK = '—';

export function buildTable(
  table: TableDef,
  values: Readonly<Record<CellKey, number | null>>,
  ctx?: TableContext,
  partial: ReadonlySet<CellKey> = new Set(),
): DocTable {
  const stubColumns = table.stubColumns ?? 1;
  const span = table.printSpan ?? 1;
  const hasUnit = table.unitColumnLabel !== undefined;
  const rows = rowStubs(table);

  const headerRows: DocCell[][] = table.headerRows.map((cells) =>
    cells.map((c) => header(headerLabel(c.label, ctx), c.colSpan ?? 1, c.rowSpan ?? 1)),
  );

  const bodyRows: DocCell[][] = rows.map(({ row, stubs }) => {
    const cells: DocCell[] = stubs.map((st) =>
      st.group
        ? { text: st.label, colSpan: 1, rowSpan: st.rowSpan, align: 'center', role: 'stub' }
        : { text: stubText(row, stubColumns), colSpan: st.colSpan, rowSpan: 1, align: 'left', role: 'stub' },
    );
    if (hasUnit) cells.push({ text: row.unit ?? '', colSpan: 1, rowSpan: 1, align: 'center', role: 'stub' });
    for (const col of table.columns) {
      const key = cellKey(table.id, row.key, col.key);
      const v = values[key];
      cells.push({
        text: partial.has(key) ? INCOMPLETE_MARK : formatCell(v ?? null, col),
        colSpan: span,
        rowSpan: 1,
        align: 'center',
        role: 'value',
      });
    }
    return cells;
  });

  const valueColumns = table.columns.length * span;
  const columnWeights = [
    ...stubWeights(table, stubColumns),
    ...(hasUnit ? [0.8] : []),
    ...Array.from({ length: valueColumns }, () => 1),
  ];
  return {
    kind: 'table',
    id: table.id,
    name: table.shortName,
    columnWeights,
    headerRows,
    bodyRows,
    dense: columnWeights.length > 10,
    // 表二's parts carry their caption in the first header row; a table without one (统计表) gets it above.
    ...(table.caption && !captionInHeader(table) ? { caption: `${ctx?.agency ?? ''}${table.caption}` } : {}),
  };
}
