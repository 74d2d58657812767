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

/** The formats the app knows, newest first. `registerFormat` adds one (a test's fictional format). */
const registry: ReportFormat[] = [gov2021, gov2019, pre2019];

/** The registered formats, newest first (a live view: a registered format shows up at once). */
export const formats: readonly ReportFormat[] = registry;

/** Ids of the registered formats. */
export function formatIds(): FormatId[] {
  return registry.map((f) => f.id);
}

/**
 * Adds a format to the registry (newest first by `years.from`) and returns a function that removes it again.
 * The built-in formats are registered above; tests register fictional ones to prove a format is one folder.
 */
export function registerFormat(format: ReportFormat): () => void {
  if (registry.some((f) => f.id === format.id)) throw new Error(`format ${format.id} already registered`);
  registry.push(format);
  registry.sort((a, b) => b.years.from - a.years.from);
  return () => {
    const i = registry.indexOf(format);
    if (i >= 0) registry.splice(i, 1);
  };
}

export function isFormatId(id: string): id is FormatId {
  return registry.some((f) => f.id === id);
}

export function getFormat(id: FormatId): ReportFormat {
  const f = registry.find((x) => x.id === id);
  if (!f) throw new Error(`unknown format ${id}`);
  return f;
}

/** The format a report of `year` is written in, by each format's `years`; before the oldest → the oldest. */
export function formatForYear(year: number): ReportFormat {
  const hit = registry.find((f) => year >= f.years.from && year <= f.years.to);
  if (hit) return hit;
  const newest = registry[0];
  const oldest = registry[registry.length - 1];
  if (!newest || !oldest) throw new Error('no formats registered');
  return year > newest.years.to ? newest : oldest;
}

/** The newest registered format (examples in help texts, defaults). */
export function newestFormat(): ReportFormat {
  const f = registry[0];
  if (!f) throw new Error('no formats registered');
  return f;
}

/** The short name of a format for a clerk (2021年版格式); the id itself for one not registered. */
export function formatLabel(id: FormatId): string {
  return registry.find((f) => f.id === id)?.label ?? id;
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
