// The shape of a report format as data: sections, tables, cells, computed totals, rules and carry-over relations.

/** A cell key: `<table>.<row>.<col>`, e.g. `t3.new.natural`. Stable across releases. */
export type CellKey = string;

/** The id of a registered format (`isFormatId` checks one; the registry in index.ts lists them). */
export type FormatId = string;

export type ColumnType = 'int' | 'signed-int' | 'decimal';

export interface ColumnDef {
  readonly key: string;
  /** The column's label as the official table prints it (bottom header row). */
  readonly label: string;
  readonly type: ColumnType;
  /** Unit shown in headers and accepted as a suffix on input (件, 条, 万元). */
  readonly unit?: string;
  /** Maximum decimals for `decimal` columns. */
  readonly decimals?: number;
  /** Upper header labels where the column label alone repeats (表四: 行政诉讼 复议后起诉). */
  readonly group?: string;
}

/** A column's name where it must be unambiguous: its header group, then its label. */
export const columnName = (column: ColumnDef): string =>
  column.group ? `${column.group} ${column.label}` : column.label;

export type RowKind = 'input' | 'computed' | 'group';

export interface RowDef {
  readonly key: string;
  /** Exact label of the official table. */
  readonly label: string;
  /** 0 = top level (一、…), 1 = （一）…, 2 = 1.… */
  readonly level: number;
  /** input rows take figures; computed rows are totals; group rows are labels spanning the rows below them. */
  readonly kind: RowKind;
  /** For group rows: keys of the rows the label spans (printed as a row-spanning label cell). */
  readonly spans?: readonly string[];
  /** Other spellings seen in published reports (import). */
  readonly aliases?: readonly string[];
  /** Unit per row (pre-2019 统计表 has a 单位 column). */
  readonly unit?: string;
  /**
   * How a report's own text states this row's figure of one column ("2015年主动公开政府信息2949条"): phrases that
   * precede the figure in a sentence naming the report year. Import only: decides between readings of figures
   * run together that the table's identities leave open.
   */
  readonly statedAs?: { readonly column: string; readonly phrases: readonly string[] };
}

/**
 * A row that other versions of a table print and this format has no cell for (the older national 统计表's
 * 传真申请数). Import only: recognised so that its figures are not taken for a neighbour's, then left out.
 */
export interface OtherRowDef {
  readonly label: string;
  /** The row of this format it is, when only its place differs (the older table prints 行政申诉数 last). */
  readonly sameAs?: string;
  /** Ids of identities (compare rules) that do not hold for a report printing this row: its figures are part of a total the format splits otherwise. */
  readonly breaks?: readonly string[];
}

export interface HeaderCell {
  readonly label: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
}

export interface TableDef {
  /** Table id, the first part of a cell key: t2_1, t3, t4, stat … */
  readonly id: string;
  /** Short name used in messages and accessible names: 表二（第二十条第（一）项）, 表三, 表四. */
  readonly shortName: string;
  /** Caption printed above / in the first header row (第二十条第（一）项), if any. */
  readonly caption?: string;
  readonly sectionId: string;
  /** Text of the top-left corner cell (the stub column header). */
  readonly stubLabel: string;
  /** Header rows including the stub column, with spans, exactly as printed. */
  readonly headerRows: readonly (readonly HeaderCell[])[];
  readonly columns: readonly ColumnDef[];
  readonly rows: readonly RowDef[];
  /** When a value column is printed spanning several columns (表二 (五)(六)(八) in 2021). */
  readonly printSpan?: number;
  /** How many printed columns the row labels use (表三: 3 — 一/三, （一）, 1.). Default 1; 0 for 表四. */
  readonly stubColumns?: number;
  /** If set, a unit column with this header is printed after the labels (pre-2019 统计表: 单位). */
  readonly unitColumnLabel?: string;
  /** Rows other versions of the table print without a counterpart here (import: recognised, left out). */
  readonly otherRows?: readonly OtherRowDef[];
}

export type SectionKind = 'text' | 'tables';

export interface SectionDef {
  /** s1 … s6 */
  readonly id: string;
  /** Canonical heading, e.g. 一、总体情况 */
  readonly heading: string;
  readonly kind: SectionKind;
  /** Canonical sub-headings offered in the editor (2021 一: （一）主动公开 …). */
  readonly subHeadings?: readonly string[];
  /** Other spellings of the heading (import). */
  readonly aliases?: readonly string[];
  /** Tables printed in this section, in order. */
  readonly tableIds?: readonly string[];
  /** One-line guidance shown in the editor. */
  readonly hint?: string;
}

/** A computed cell: value = sum of `sum` cells (minus `minus`). `ruleId` checks a stated (imported) value against it. */
export interface ComputedDef {
  readonly cell: CellKey;
  readonly sum: readonly CellKey[];
  readonly ruleId: string;
  /** Subject of the message, e.g. 表三“（七）总计”行“自然人”列. */
  readonly subject: string;
}

export type Level = 'error' | 'warning' | 'info';

export interface Term {
  readonly cell: CellKey;
  /** Short label used in messages: 本年新收 */
  readonly label: string;
  readonly sign?: 1 | -1;
}

/** sum(left) <op> sum(right), evaluated only when every cell involved is filled. */
export interface CompareRule {
  readonly id: string;
  readonly kind: 'compare';
  readonly level: Level;
  readonly op: 'eq' | 'gte';
  readonly left: readonly Term[];
  readonly right: readonly Term[];
  /** Subject of the message: 表三“自然人”列 */
  readonly subject: string;
}

/** Every input cell in `cells` must be filled (blank is not zero). */
export interface RequiredRule {
  readonly id: string;
  readonly kind: 'required';
  readonly level: Level;
  readonly tableId: string;
}

export type TextCheck =
  | 'figures-in-text'
  | 'foreign-year'
  | 'section-five-empty'
  | 'fee-stated'
  | 'repeat-last-year'
  | 'signature'
  | 'publish-date'
  | 'overview-filled'
  | 'sub-heading-empty'
  | 'cases-in-text'
  | 'carry-in-text'
  | 'rules-by-agency'
  | 'assessment-stated';

export interface TextRule {
  readonly id: string;
  readonly kind: 'text';
  readonly level: Level;
  readonly check: TextCheck;
  readonly message: string;
}

export type RuleDef = CompareRule | RequiredRule | TextRule | NonNegativeRule;

/**
 * The cells each check reads, by role (formats.md §6): text checks never name a cell key, they ask the format.
 * A role a format does not have is left out; template-lint asserts that every role a rule needs resolves.
 */
export interface FormatRoles {
  /** 本年新收政府信息公开申请 (total). */
  readonly applicationsReceived?: CellKey;
  /** 上年结转 (total). */
  readonly applicationsCarried?: CellKey;
  /** 办理结果总计 (total). */
  readonly applicationsConcluded?: CellKey;
  /** 结转下年度继续办理 (total). */
  readonly carryForward?: CellKey;
  /** Applications dropped for an unpaid 信息处理费 (收费通知). */
  readonly feeNotices?: CellKey;
  /** 行政复议 总计. */
  readonly reviewTotal?: CellKey;
  /** 行政诉讼 总计 (one per kind of suit). */
  readonly suitTotals?: readonly CellKey[];
  /** 规章 cells: 0 for an office that cannot make 规章. */
  readonly regulations?: readonly CellKey[];
}

/** Sums that must not come out negative: Σ terms ≥ 0 (2019 上一年项目数量 + 本年增/减). */
export interface NonNegativeRule {
  readonly id: string;
  readonly kind: 'non-negative';
  readonly level: Level;
  readonly terms: readonly Term[];
  readonly subject: string;
}

/**
 * A cross-year relation: this year's `target` = Σ terms, where a term reads last year's (`prev`) or this year's
 * (`cur`) draft. Used both to check (C1–C5) and, when `prefill`, to carry figures over into a new draft.
 */
export interface CrossYearTerm extends Term {
  readonly from: 'prev' | 'cur';
}

export interface CrossYearRule {
  readonly id: string;
  readonly level: Level;
  readonly target: CellKey;
  readonly terms: readonly CrossYearTerm[];
  /** Formats of last year's report to which this relation applies. */
  readonly prevFormats: readonly FormatId[];
  /** Carry the value over when a new draft is created from last year's. */
  readonly prefill: boolean;
  readonly subject: string;
}

/** How import recognises a published report written in this format (formats.md §1.1). */
export interface ImportMarkers {
  /** Words only this format's tables print; the format with most of them found wins. */
  readonly words: readonly string[];
  /** A format of higher rank wins over a lower one whatever the counts (national forms outweigh the 统计表). */
  readonly rank: number;
  /** Words whose presence rules this format out. */
  readonly absent?: readonly string[];
}

/** A figure a writer wants at hand (outlines, review table): the sum of `cells`. */
export interface KeyFigureDef {
  readonly cells: readonly CellKey[];
  readonly label: string;
}

export interface ReportFormat {
  readonly id: FormatId;
  readonly name: string;
  /** Short name shown on cards, tables and the wizard: 2021年版格式. */
  readonly label: string;
  /** Report years this format applies to, inclusive. */
  readonly years: { readonly from: number; readonly to: number };
  /** The governing document, for the preamble. */
  readonly basis: string;
  readonly sections: readonly SectionDef[];
  readonly tables: readonly TableDef[];
  readonly computed: readonly ComputedDef[];
  readonly rules: readonly RuleDef[];
  readonly crossYear: readonly CrossYearRule[];
  /** The cells the text checks read, by role. */
  readonly roles: FormatRoles;
  /** How import recognises this format. */
  readonly importMarkers: ImportMarkers;
  /** The figures outlines and the review table show, in order. */
  readonly keyFigures: readonly KeyFigureDef[];
  /** A cell used as the example in help texts (nianbao set … t3.new.natural=4). */
  readonly sampleCell: CellKey;
  /** Section ids whose text must not be copied from last year (repeat check, 五's checklist). */
  readonly problemsSectionId?: string;
  readonly feeSectionId?: string;
  readonly overviewSectionId?: string;
}

export const cellKey = (table: string, row: string, col: string): CellKey => `${table}.${row}.${col}`;

export function splitCellKey(key: CellKey): { table: string; row: string; col: string } | null {
  const parts = key.split('.');
  if (parts.length !== 3 || parts.some((p) => p.length === 0)) return null;
  const [table, row, col] = parts as [string, string, string];
  return { table, row, col };
}
