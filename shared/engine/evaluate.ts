// The checking engine: carried values, computed totals in dependency order, rules → issues. Pure and synchronous.
import { cellValueIssues } from './cell-value';
import {
  cellsOf,
  columnName,
  formatForYear,
  inputCells,
  type CellKey,
  type CompareRule,
  type ComputedDef,
  type ReportFormat,
} from '../formats';
import type { Draft, PreviousYear } from '../draft/schema';
import { crossYearIssues, linkedCells } from './cross-year';
import { textIssues } from './text-checks';
import { LEVEL_ORDER, type Evaluation, type Issue, type LinkedCell } from './types';
import { formatYearIssue, negativeIssues, nonNegativeIssue, statedIssues } from './value-checks';

export interface EvaluateOptions {
  /** Last year's report to check against (C1–C5); defaults to the snapshot carried in the draft. */
  readonly previous?: PreviousYear | null;
  /** 公开期限 (MM-DD of the next year) from the settings; 01-31 by default. */
  readonly deadline?: string;
}

/** The 公开期限 the 条例 sets: 1月31日 of the year after the report year. */
export const DEFAULT_DEADLINE = '01-31';

const orderCache = new WeakMap<ReportFormat, readonly ComputedDef[]>();

/** Computed cells sorted so that every cell comes after the computed cells it sums. */
export function computedOrder(format: ReportFormat): readonly ComputedDef[] {
  const cached = orderCache.get(format);
  if (cached) return cached;
  const byCell = new Map(format.computed.map((c) => [c.cell, c]));
  const done = new Set<CellKey>();
  const visiting = new Set<CellKey>();
  const out: ComputedDef[] = [];
  const visit = (c: ComputedDef) => {
    if (done.has(c.cell)) return;
    if (visiting.has(c.cell)) throw new Error(`computed cells form a cycle at ${c.cell}`);
    visiting.add(c.cell);
    for (const dep of c.sum) {
      const d = byCell.get(dep);
      if (d) visit(d);
    }
    visiting.delete(c.cell);
    done.add(c.cell);
    out.push(c);
  };
  format.computed.forEach(visit);
  orderCache.set(format, out);
  return out;
}

const fmt = (n: number) => String(n);

function compareIssue(rule: CompareRule, values: (k: CellKey) => number | null): Issue | null {
  const all = [...rule.left, ...rule.right];
  const vals = all.map((t) => values(t.cell));
  if (vals.some((v) => v === null)) return null;
  const side = (terms: CompareRule['left']) =>
    terms.reduce((s, t) => s + (t.sign ?? 1) * (values(t.cell) as number), 0);
  const l = side(rule.left);
  const r = side(rule.right);
  const holds = rule.op === 'eq' ? l === r : l >= r;
  if (holds) return null;
  const show = (terms: CompareRule['left']) => {
    const text = terms.map((t) => `${t.label}(${fmt(values(t.cell) as number)})`).join(' + ');
    return terms.length > 1 ? `${text} = ${fmt(side(terms))}` : text;
  };
  const message =
    rule.op === 'eq'
      ? `${rule.subject}：${show(rule.left)}，但${show(rule.right)}，两者应相等`
      : `${rule.subject}：${show(rule.left)} 小于 ${show(rule.right)}，通常应不小于`;
  return { ruleId: rule.id, level: rule.level, cells: all.map((t) => t.cell), message };
}

function requiredIssue(
  format: ReportFormat,
  ruleId: string,
  level: Issue['level'],
  tableId: string,
  blanks: CellKey[],
  linked: Readonly<Record<CellKey, LinkedCell>>,
) {
  const table = format.tables.find((t) => t.id === tableId);
  const name = table?.shortName ?? tableId;
  if (blanks.length === 0) return null;
  const info = cellsOf(format);
  const names = blanks.slice(0, 3).map((k) => {
    const c = info.get(k);
    return c ? `“${c.row.label}”行“${columnName(c.column)}”列` : k;
  });
  const carried = blanks.filter((k) => linked[k]?.sourceBlank).length;
  const carriedNote = carried > 0 ? `，其中 ${carried} 个按上年结转但上年报告未填写` : '';
  const message =
    blanks.length <= 3
      ? `${name}${names.join('、')}未填写（没有发生的请填 0${carriedNote}）`
      : `${name}有 ${blanks.length} 个单元格未填写（没有发生的请填 0，可用“空白填 0”一次填好${carriedNote}）`;
  return { ruleId, level, cells: blanks, message };
}

export function evaluate(format: ReportFormat, draft: Draft, options: EvaluateOptions = {}): Evaluation {
  const values: Record<CellKey, number | null> = {};
  const complete = new Set<CellKey>();
  const inputs = inputCells(format);
  for (const k of inputs) {
    const v = draft.cells[k];
    values[k] = v === undefined ? null : v;
  }
  const linked = linkedCells(format, draft, values);
  for (const [k, l] of Object.entries(linked)) values[k] = l.value;
  const blanks = inputs.filter((k) => values[k] === null);
  for (const k of inputs) if (values[k] !== null) complete.add(k);

  const incomplete = new Set<CellKey>();
  for (const c of computedOrder(format)) {
    const addends = c.sum.map((k) => values[k] ?? null);
    const present = addends.filter((v): v is number => v !== null);
    values[c.cell] = present.length === 0 ? null : present.reduce((a, b) => a + b, 0);
    if (c.sum.every((k) => complete.has(k))) complete.add(c.cell);
    else incomplete.add(c.cell);
  }

  const issues: Issue[] = cellValueIssues(format, draft.cells);
  const fitting = formatForYear(draft.year);
  const yearIssue = formatYearIssue(format, draft, fitting);
  if (yearIssue) issues.push(yearIssue);
  issues.push(...statedIssues(format, draft, values, complete));
  issues.push(...negativeIssues(format, values, linked));
  const effective = (k: CellKey): number | null => {
    if (!complete.has(k)) return null;
    const stated = draft.stated[k];
    return stated !== undefined ? stated : (values[k] ?? null);
  };
  for (const rule of format.rules) {
    if (rule.kind === 'compare') {
      const issue = compareIssue(rule, effective);
      if (issue) issues.push(issue);
    } else if (rule.kind === 'non-negative') {
      const issue = nonNegativeIssue(rule, effective);
      if (issue) issues.push(issue);
    } else if (rule.kind === 'required') {
      const prefix = `${rule.tableId}.`;
      const issue = requiredIssue(
        format,
        rule.id,
        rule.level,
        rule.tableId,
        blanks.filter((k) => k.startsWith(prefix)),
        linked,
      );
      if (issue) issues.push(issue);
    }
  }
  const previous = options.previous !== undefined ? options.previous : draft.previous;
  issues.push(...crossYearIssues(format, draft, values, linked, previous));
  issues.push(
    ...textIssues({
      format,
      draft,
      values,
      incomplete,
      previous,
      deadline:
        options.deadline && /^\d{2}-\d{2}$/.test(options.deadline) ? options.deadline : DEFAULT_DEADLINE,
    }),
  );
  issues.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  return { values, issues, linked, blanks, incomplete: [...incomplete].filter((k) => values[k] !== null) };
}
