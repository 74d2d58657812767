// Checks on values rather than text: the format fits the year (R0-4), carried or summed figures that come out
// negative (R0-5), sums that must not be negative (R2-4), printed totals vs their parts (R3-2, R3-3, R4-x).
import { cellLabel, cellsOf, type CellKey, type NonNegativeRule, type ReportFormat } from '../formats';
import type { Draft } from '../draft/schema';
import type { Issue, LinkedCell } from './types';

type Values = Readonly<Record<CellKey, number | null>>;

/** R0-4: a 2022 report in the 2019 format (or any year outside the format's years). */
export function formatYearIssue(format: ReportFormat, draft: Draft, fitting: ReportFormat): Issue | null {
  if (draft.year >= format.years.from && draft.year <= format.years.to) return null;
  return {
    ruleId: 'R0-4',
    level: 'error',
    cells: [],
    message: `${draft.year} 年度的报告应使用${fitting.name}，本草稿用的是${format.name}（适用于 ${format.years.from}—${Math.min(format.years.to, 2099)} 年度）：请按正确的格式新建`,
  };
}

/** R0-5: a carried or computed figure below zero (10 + 0 − 15 = −5 现行有效件数) in a column that cannot be. */
export function negativeIssues(
  format: ReportFormat,
  values: Values,
  linked: Readonly<Record<CellKey, LinkedCell>>,
) {
  const issues: Issue[] = [];
  for (const info of cellsOf(format).values()) {
    const v = values[info.key];
    if (v === null || v === undefined || v >= 0 || info.column.type === 'signed-int') continue;
    const l = linked[info.key];
    if (!l && !info.computed) continue; // a typed negative figure is refused when it is entered
    const how = l ? `按上年报告结转算得 ${l.explain} = ${v}` : `各项之和为 ${v}`;
    issues.push({
      ruleId: 'R0-5',
      level: 'error',
      cells: [info.key],
      message: `${cellLabel(format, info.key)}${how}，不能为负数：请核对上年数字和本年各项，或说明原因后直接填写`,
    });
  }
  return issues;
}

/** R2-4 and the like: Σ terms ≥ 0, evaluated when every term is filled. */
export function nonNegativeIssue(rule: NonNegativeRule, values: (k: CellKey) => number | null): Issue | null {
  const vals = rule.terms.map((t) => values(t.cell));
  if (vals.some((v) => v === null)) return null;
  const sum = (vals as number[]).reduce((a, b, i) => a + (rule.terms[i]?.sign ?? 1) * b, 0);
  if (sum >= 0) return null;
  const text = rule.terms.map((t, i) => `${t.label}(${String(vals[i])})`).join(' + ');
  return {
    ruleId: rule.id,
    level: rule.level,
    cells: rule.terms.map((t) => t.cell),
    message: `${rule.subject}：${text} = ${sum}，不能为负数，请核对`,
  };
}

/** A figure printed in an imported report for a total, when it differs from the sum of its parts. */
export function statedIssues(
  format: ReportFormat,
  draft: Draft,
  values: Values,
  complete: ReadonlySet<CellKey>,
): Issue[] {
  const issues: Issue[] = [];
  for (const c of format.computed) {
    const stated = draft.stated[c.cell];
    const sum = values[c.cell] ?? null;
    if (stated === undefined || !complete.has(c.cell) || sum === null || sum === stated) continue;
    issues.push({
      ruleId: c.ruleId,
      level: 'error',
      cells: [c.cell, ...c.sum],
      message: `${c.subject}：报告中填写为 ${stated}，但各项之和为 ${sum}（修改其中任一项后以各项之和为准）`,
    });
  }
  return issues;
}
