// Engine result types: issues found in a draft and the evaluated cell values.
import type { CellKey, Level } from '../formats/types';

export interface Issue {
  readonly ruleId: string;
  readonly level: Level;
  /** Cells the issue is about (may be empty for text issues). */
  readonly cells: readonly CellKey[];
  /** A sentence a clerk understands, in Chinese. */
  readonly message: string;
  /** For text issues: the section concerned. */
  readonly sectionId?: string;
  /** For text issues: the words concerned, as written (the editor selects them in the paragraph). */
  readonly quote?: string;
  /** For the report's header fields: 前言, 成文日期 or 落款机关. */
  readonly field?: 'preamble' | 'date' | 'agency';
}

/** A cell filled from last year's report (C1–C5), shown with its explanation. */
export interface LinkedCell {
  readonly ruleId: string;
  readonly value: number | null;
  /** 上年“结转下年度继续办理”(3) */
  readonly explain: string;
  /** Last year's report left a term of it blank: the cell stays blank until the clerk fills it. */
  readonly sourceBlank?: boolean;
}

export interface Evaluation {
  /** Every cell: input values, carried values and computed totals; null = blank. */
  readonly values: Readonly<Record<CellKey, number | null>>;
  readonly issues: readonly Issue[];
  /** Cells whose value follows last year's report (not overridden). */
  readonly linked: Readonly<Record<CellKey, LinkedCell>>;
  /** Blank input cells. */
  readonly blanks: readonly CellKey[];
  /**
   * Computed cells with a value although some of their inputs are blank: a partial sum that must look incomplete
   * (grid, preview, export) and never count as a figure (carry-over, checks).
   */
  readonly incomplete: readonly CellKey[];
}

export const LEVEL_ORDER: Readonly<Record<Level, number>> = { error: 0, warning: 1, info: 2 };

export function countIssues(issues: readonly Issue[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const i of issues) {
    if (i.level === 'error') errors++;
    else if (i.level === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
