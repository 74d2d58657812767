// Registry of the report formats: by id, by report year, and helpers over cells (input vs computed).
import { gov2019 } from './gov-2019';
import { gov2021 } from './gov-2021';
import { pre2019 } from './pre-2019';
import {
  columnName,
  type CellKey,
  type ColumnDef,
  type FormatId,
  type ReportFormat,
  type RowDef,
  type TableDef,
} from './types';

export * from './types';

export const formats: readonly ReportFormat[] = [gov2021, gov2019, pre2019];

export const FORMAT_IDS: readonly FormatId[] = formats.map((f) => f.id);

export function isFormatId(id: string): id is FormatId {
  return (FORMAT_IDS as readonly string[]).includes(id);
}

export function getFormat(id: FormatId): ReportFormat {
  const f = formats.find((x) => x.id === id);
  if (!f) throw new Error(`unknown format ${id}`);
  return f;
}

/** The format a report of `year` is written in: 2021+ → 2021 format; 2019–2020 → 2019 format; earlier → statistics table. */
export function formatForYear(year: number): ReportFormat {
  if (year >= 2021) return gov2021;
  if (year >= 2019) return gov2019;
  return pre2019;
}

export interface CellInfo {
  readonly key: CellKey;
  readonly table: TableDef;
  readonly row: RowDef;
  readonly column: ColumnDef;
  readonly computed: boolean;
}

const cellCache = new WeakMap<ReportFormat, Map<CellKey, CellInfo>>();

/** Every cell of a format (data rows × columns), in table order. */
export function cellsOf(format: ReportFormat): ReadonlyMap<CellKey, CellInfo> {
  const cached = cellCache.get(format);
  if (cached) return cached;
  const computed = new Set(format.computed.map((c) => c.cell));
  const map = new Map<CellKey, CellInfo>();
  for (const table of format.tables) {
    for (const row of table.rows) {
      if (row.kind === 'group') continue;
      for (const column of table.columns) {
        const key = `${table.id}.${row.key}.${column.key}`;
        map.set(key, { key, table, row, column, computed: computed.has(key) || row.kind === 'computed' });
      }
    }
  }
  cellCache.set(format, map);
  return map;
}

export function inputCells(format: ReportFormat): CellKey[] {
  return [...cellsOf(format).values()].filter((c) => !c.computed).map((c) => c.key);
}

export function tableById(format: ReportFormat, id: string): TableDef | undefined {
  return format.tables.find((t) => t.id === id);
}

/** "表三 一、本年新收政府信息公开申请数量 自然人" — the accessible name and the way messages name a cell. */
export function cellLabel(format: ReportFormat, key: CellKey): string {
  const info = cellsOf(format).get(key);
  if (!info) return key;
  return `${info.table.shortName} ${info.row.label} ${columnName(info.column)}`;
}
