// A fictional next national format for tests: the 2021 format with renamed keys, one extra row and its own markers.
import { gov2021 } from '../gov-2021';
import type { CellKey, CrossYearRule, ReportFormat, TableDef } from '../types';

/** The 2021 format's table ids and the fictional format's: every cell key changes (t3.new.natural → b3.new.natural). */
const RENAMED = /^(t2_\d|t3|t4)(?=\.|$)/;
export const renameKey = (key: string): string => key.replace(RENAMED, (t) => `b${t.slice(1)}`);

/** Renames every table id and cell key in a piece of the 2021 format (strings in objects and arrays). */
function renamed<T>(value: T): T {
  if (typeof value === 'string') return renameKey(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => renamed(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = renamed(v);
    return out as T;
  }
  return value;
}

/** The extra row: 表二（第二十条第（六）项） gains 行政检查. */
export const EXTRA_ROW_LABEL = '行政检查';
export const EXTRA_CELL: CellKey = 'b2_6.inspection.decisions';

/** Cross-year links read last year's 2021 report: its cells keep their 2021 keys, this year's are renamed. */
function crossYear(rule: CrossYearRule): CrossYearRule {
  return {
    ...rule,
    target: renameKey(rule.target),
    terms: rule.terms.map((t) => (t.from === 'prev' ? t : { ...t, cell: renameKey(t.cell) })),
    prevFormats: ['gov-2021'],
  };
}

function withExtraRow(table: TableDef): TableDef {
  if (table.id !== 'b2_6') return table;
  return {
    ...table,
    rows: [...table.rows, { key: 'inspection', label: EXTRA_ROW_LABEL, level: 0, kind: 'input' }],
  };
}

/** `fic-2026`: reports of 2026 on; register it with `registerFormat` in a test and unregister after. */
export function fictionalFormat(): ReportFormat {
  const base = renamed({
    tables: gov2021.tables,
    computed: gov2021.computed,
    rules: gov2021.rules,
    roles: gov2021.roles,
    keyFigures: gov2021.keyFigures,
    sampleCell: gov2021.sampleCell,
    sections: gov2021.sections,
  });
  return {
    ...gov2021,
    ...base,
    id: 'fic-2026',
    name: '2026年版国家格式（虚构，仅供测试）',
    label: '2026年版格式',
    years: { from: 2026, to: 2100 },
    basis: '《政府信息公开工作年度报告格式（虚构）》',
    tables: base.tables.map(withExtraRow),
    crossYear: gov2021.crossYear.filter((r) => r.prevFormats.includes('gov-2021')).map(crossYear),
    importMarkers: { words: [EXTRA_ROW_LABEL], rank: 2 },
  };
}
