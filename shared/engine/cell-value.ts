// Is a stored cell value possible for its column? int ≥ 0, signed-int, decimal (≥ 0, ≤ its places); all below 1e12.
import { cellLabel, cellsOf } from '../formats';
import type { ColumnDef, ReportFormat } from '../formats/types';
import { DEFAULT_DECIMALS } from './parse-cell';
import type { Issue } from './types';

/** No report figure comes near this (件 counts, 万元 amounts): anything at or above it is a damaged value. */
export const MAX_CELL_VALUE = 1e12;

/** Why `value` cannot stand in a column of this type (Chinese), or null when it can. */
export function cellValueProblem(column: Pick<ColumnDef, 'type' | 'decimals'>, value: number): string | null {
  if (!Number.isFinite(value)) return '不是有效的数字';
  if (Math.abs(value) >= MAX_CELL_VALUE) return '数值过大（应小于 1 万亿）';
  if (column.type !== 'signed-int' && value < 0) return '不能为负数';
  if (column.type !== 'decimal') return Number.isInteger(value) ? null : '应为整数';
  const places = column.decimals ?? DEFAULT_DECIMALS;
  return Number(value.toFixed(places)) === value ? null : `最多 ${places} 位小数`;
}

/** Rule V-1: input cells of the draft whose stored value its column cannot hold (e.g. a hand-edited file). */
export function cellValueIssues(
  format: ReportFormat,
  cells: Readonly<Record<string, number | null>>,
): Issue[] {
  const issues: Issue[] = [];
  const known = cellsOf(format);
  for (const [key, value] of Object.entries(cells)) {
    const info = known.get(key);
    if (value === null || !info) continue;
    const problem = cellValueProblem(info.column, value);
    if (problem) {
      issues.push({
        ruleId: 'V-1',
        level: 'error',
        cells: [key],
        message: `${cellLabel(format, key)}：填写的 ${String(value)} 不是有效的数字（${problem}），请改正`,
      });
    }
  }
  return issues;
}
