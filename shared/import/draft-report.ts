// The import report for a nianbao draft file: nothing is guessed, blank cells stay blank and are listed as such.
import type { Draft } from '../draft/schema';
import { evaluate } from '../engine/evaluate';
import { cellLabel, cellsOf, getFormat } from '../formats';
import type { ImportReport, TableConfidence } from './types';

export function draftReport(draft: Draft, fileName: string): ImportReport {
  const format = getFormat(draft.formatId);
  const tables: TableConfidence[] = format.tables.map((t) => {
    const keys = [...cellsOf(format).values()]
      .filter((c) => c.table.id === t.id && !c.computed)
      .map((c) => c.key);
    const read = keys.filter((k) => typeof draft.cells[k] === 'number').length;
    return {
      tableId: t.id,
      name: t.shortName,
      cells: keys.length,
      read,
      derived: 0,
      unresolved: 0,
      confidence: keys.length === 0 ? 0 : Math.round((read / keys.length) * 100) / 100,
    };
  });
  const evaluation = evaluate(format, draft);
  const errors = evaluation.issues.filter((i) => i.level === 'error');
  const warnings = evaluation.issues.filter((i) => i.level === 'warning');
  const blanks = evaluation.blanks.length;
  return {
    fileName,
    origin: 'draft',
    formatId: format.id,
    formatReason: '年报助手草稿文件',
    year: draft.year,
    yearSource: '草稿文件',
    agency: draft.agency,
    agencySource: '草稿文件',
    sectionsFound: format.sections.map((s) => s.id),
    tables,
    unresolved: [],
    derived: [],
    split: [],
    blankZero: [],
    notes:
      blanks > 0
        ? [
            `草稿中有 ${blanks} 个单元格未填写（如 ${evaluation.blanks
              .slice(0, 3)
              .map((k) => cellLabel(format, k))
              .join('、')}）`,
          ]
        : [],
    issues: {
      errors: errors.length,
      warnings: warnings.length,
      messages: [...errors, ...warnings].slice(0, 50).map((i) => i.message),
    },
  };
}
