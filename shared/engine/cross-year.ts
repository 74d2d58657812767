// Cross-year relations (formats.md §7, C1–C5): cells carried from last year's report, and checks against it.
import type { CellKey, CrossYearRule, ReportFormat } from '../formats';
import type { Draft, PreviousYear } from '../draft/schema';
import type { Issue, LinkedCell } from './types';

export function applicableRules(
  format: ReportFormat,
  previous: PreviousYear | null | undefined,
): CrossYearRule[] {
  if (!previous) return [];
  return format.crossYear.filter((r) => r.prevFormats.includes(previous.formatId));
}

interface Expected {
  readonly value: number | null;
  readonly explain: string;
}

/** The value a cross-year relation expects; null when a term it needs is blank. */
export function expectedValue(
  rule: CrossYearRule,
  previous: PreviousYear,
  current: Readonly<Record<CellKey, number | null>>,
): Expected {
  let sum = 0;
  let missing = false;
  const parts: string[] = [];
  rule.terms.forEach((t, i) => {
    const v = t.from === 'prev' ? (previous.cells[t.cell] ?? null) : (current[t.cell] ?? null);
    const sign = t.sign ?? 1;
    if (v === null) missing = true;
    else sum += sign * v;
    const op = i === 0 ? (sign < 0 ? '−' : '') : sign < 0 ? ' − ' : ' + ';
    parts.push(`${op}${t.label}(${v === null ? '未填' : String(v)})`);
  });
  const explain = parts.join('');
  return { value: missing ? null : sum, explain };
}

/** Carried cells: prefill targets whose value follows last year's report until the clerk overrides them. */
export function linkedCells(
  format: ReportFormat,
  draft: Draft,
  current: Readonly<Record<CellKey, number | null>>,
): Record<CellKey, LinkedCell> {
  const out: Record<CellKey, LinkedCell> = {};
  const prev = draft.previous;
  if (!prev) return out;
  for (const rule of applicableRules(format, prev)) {
    if (!rule.prefill || draft.overrides[rule.target] !== undefined) continue;
    const e = expectedValue(rule, prev, current);
    const sourceBlank = rule.terms.some((t) => t.from === 'prev' && (prev.cells[t.cell] ?? null) === null);
    out[rule.target] = {
      ruleId: rule.id,
      value: e.value,
      explain: e.explain,
      ...(sourceBlank ? { sourceBlank } : {}),
    };
  }
  return out;
}

/** Two spellings of one office: equal, or one contains the other (石柱县南宾街道办事处 / 南宾街道办事处). */
export function sameAgency(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/[\s（）()]/g, '');
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return true;
  return x === y || x.includes(y) || y.includes(x);
}

export function crossYearIssues(
  format: ReportFormat,
  draft: Draft,
  values: Readonly<Record<CellKey, number | null>>,
  linked: Readonly<Record<CellKey, LinkedCell>>,
  previous: PreviousYear | null | undefined,
): Issue[] {
  const issues: Issue[] = [];
  if (!previous) return issues;
  if (!sameAgency(previous.agency, draft.agency)) {
    // C7: another office's report — its figures say nothing about this one's, so nothing is compared.
    issues.push({
      ruleId: 'C7',
      level: 'warning',
      cells: [],
      message: `作为上年报告的是“${previous.agency}”的报告，与本报告的机关“${draft.agency}”不同：结转和上年核对不成立，请改用本机关的上年报告`,
    });
    return issues;
  }
  if (previous.year !== draft.year - 1) {
    issues.push({
      ruleId: 'C0',
      level: 'warning',
      cells: [],
      message: `作为上年报告的是 ${previous.year} 年度的报告，而本报告为 ${draft.year} 年度，结转关系可能不成立`,
    });
  }
  for (const rule of applicableRules(format, previous)) {
    if (linked[rule.target] && draft.previous === previous) continue; // follows last year by construction
    const actual = values[rule.target] ?? null;
    const e = expectedValue(rule, previous, values);
    if (actual === null || e.value === null || actual === e.value) continue;
    const reason = draft.overrides[rule.target];
    issues.push({
      ruleId: rule.id,
      level: reason ? 'info' : rule.level,
      cells: [rule.target],
      message:
        `${rule.subject}：按上年报告应为 ${e.explain} = ${e.value}，但填写为 ${actual}` +
        (reason ? `（已说明原因：${reason}）` : ''),
    });
  }
  return issues;
}
