// What each figure cell of a table shows: its kind, value text, rule marks and messages, last year's hint.
import { cellsOf, type CellKey, type Level, type ReportFormat, type TableDef } from '../../../shared/formats';
import type { Draft } from '../../../shared/draft/schema';
import { applicableRules, expectedValue, LEVEL_ORDER, type Evaluation } from '../../../shared/engine';
import { formatCell } from '../../../shared/engine/format-cell';
import { issuesByCell } from '../../state/selectors';
import { provenanceLine } from '../../../shared/review/rollup';

/** input: typed by the clerk; computed: a total; linked: follows last year's report; override: linked, changed with a reason. */
export type CellKind = 'input' | 'computed' | 'linked' | 'override';

export interface CellView {
  readonly key: CellKey;
  readonly kind: CellKind;
  readonly value: number | null;
  /** The value as displayed ('' when blank). */
  readonly text: string;
  /** The most serious rule broken by this cell (blank-cell reminders aside), or null. */
  readonly level: Level | null;
  /** The messages of the rules it breaks, one per line. */
  readonly message: string;
  /** Last year's figure where a cross-year relation applies (上年结转 …), or ''. */
  readonly hint: string;
  /** The reason given for overriding a carried value, or ''. */
  readonly reason: string;
  /** A blank cell that must be filled. */
  readonly blank: boolean;
  /** A total over blank cells: its value is a partial sum, shown as incomplete. */
  readonly incomplete: boolean;
  /** 需核对 from an import: what the report printed and the candidates, or ''. */
  readonly review: string;
  /** Readings of the 需核对 cell's whole row to pick from (input cell → value), none when there are none. */
  readonly readings: readonly Readonly<Record<CellKey, number>>[];
}

const NO_READINGS: readonly Readonly<Record<CellKey, number>>[] = [];

/** The evidence of a 需核对 cell, one line: what was printed, why it was not read, the values it allows. */
export function reviewText(draft: Draft, key: CellKey): string {
  const u = draft.unresolved?.[key];
  if (!u) return '';
  const options = u.candidates.length > 0 ? `；可能为 ${u.candidates.join(' 或 ')}` : '';
  return `需核对（导入时未能确定）：${u.reason}；原文“${u.source}”${options}`;
}

export const BLANK_MESSAGE = '未填写（没有发生的请填 0）';

const requiredIds = new WeakMap<ReportFormat, ReadonlySet<string>>();

function requiredRuleIds(format: ReportFormat): ReadonlySet<string> {
  let ids = requiredIds.get(format);
  if (!ids) {
    ids = new Set(format.rules.filter((r) => r.kind === 'required').map((r) => r.id));
    requiredIds.set(format, ids);
  }
  return ids;
}

/** Hints of the cross-year relations whose target is in `table`: the carried explanation or the expected value. */
function crossYearHints(
  format: ReportFormat,
  table: TableDef,
  draft: Draft,
  evaluation: Evaluation,
): Map<CellKey, string> {
  const hints = new Map<CellKey, string>();
  const previous = draft.previous;
  if (!previous) return hints;
  const prefix = `${table.id}.`;
  for (const rule of applicableRules(format, previous)) {
    if (!rule.target.startsWith(prefix)) continue;
    const linked = evaluation.linked[rule.target];
    if (linked) {
      hints.set(rule.target, `上年结转：${linked.explain}`);
      continue;
    }
    const e = expectedValue(rule, previous, evaluation.values);
    const result = e.value === null ? '' : ` = ${e.value}`;
    hints.set(rule.target, `按${previous.year}年度报告：${e.explain}${result}`);
  }
  return hints;
}

export function cellViews(
  format: ReportFormat,
  table: TableDef,
  draft: Draft,
  evaluation: Evaluation,
): ReadonlyMap<CellKey, CellView> {
  const info = cellsOf(format);
  const issues = issuesByCell(evaluation);
  const required = requiredRuleIds(format);
  const hints = crossYearHints(format, table, draft, evaluation);
  const partial = new Set(evaluation.incomplete);
  const views = new Map<CellKey, CellView>();
  for (const row of table.rows) {
    if (row.kind === 'group') continue;
    for (const column of table.columns) {
      const key = `${table.id}.${row.key}.${column.key}`;
      const computed = info.get(key)?.computed ?? row.kind === 'computed';
      const reason = draft.overrides[key] ?? '';
      const kind: CellKind = computed
        ? 'computed'
        : evaluation.linked[key]
          ? 'linked'
          : reason !== ''
            ? 'override'
            : 'input';
      const value = evaluation.values[key] ?? null;
      let level: Level | null = null;
      const messages: string[] = [];
      for (const issue of issues.get(key) ?? []) {
        if (required.has(issue.ruleId)) continue;
        if (level === null || LEVEL_ORDER[issue.level] < LEVEL_ORDER[level]) level = issue.level;
        if (!messages.includes(issue.message)) messages.push(issue.message);
      }
      views.set(key, {
        key,
        kind,
        value,
        text: formatCell(value, column),
        level,
        message: messages.join('\n'),
        hint: [
          hints.get(key) ??
            (computed && draft.stated[key] !== undefined
              ? `导入的报告中印为 ${formatCell(draft.stated[key] ?? null, column)}（修改任一加项后以各项之和为准）`
              : ''),
          draft.rollup ? provenanceLine(draft.rollup, key) : null,
        ]
          .filter(Boolean)
          .join('\n'),
        reason,
        blank: value === null && kind !== 'computed',
        incomplete: partial.has(key),
        review: reviewText(draft, key),
        readings: draft.unresolved?.[key]?.readings ?? NO_READINGS,
      });
    }
  }
  return views;
}
