// 审核: one line per unit from the engine's evaluation — counts, 需核对 cells, 成文日期 against the 公开期限, repeat rate.
import { snapshotOf } from '../draft/create';
import type { Draft } from '../draft/schema';
import { countIssues, evaluate, repeatRatio, type Issue } from '../engine';
import { getFormat, type CellKey, type FormatId } from '../formats';
import type { UnresolvedCell } from '../import/types';
import { keyFigures, type KeyFigure } from './key-figures';

/** One report to review: a draft file or a published report read by import, with the cells import could not read. */
export interface ReviewUnit {
  /** The file as the clerk named it (path or name). */
  readonly file: string;
  readonly draft: Draft;
  readonly unresolved: readonly UnresolvedCell[];
}

export type Timeliness = 'ok' | 'late' | 'missing';

export interface ReviewReport {
  readonly file: string;
  readonly agency: string;
  readonly year: number;
  readonly format: FormatId;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** Cells the import could not read (需核对). */
  readonly unresolved: number;
  readonly unresolvedCells: readonly { cell: CellKey; label: string; reason: string }[];
  /** 成文日期 (YYYY-MM-DD or ''), the 公开期限 of the report's year and how the one compares with the other. */
  readonly signatureDate: string;
  readonly deadline: string;
  readonly timeliness: Timeliness;
  /** Share of the text repeated from the same agency's previous-year report among the inputs (0…1), or null. */
  readonly repeatRate: number | null;
  readonly previousFile: string | null;
  readonly keyFigures: readonly KeyFigure[];
  readonly issues: readonly Issue[];
}

export interface ReviewOptions {
  /** 公开期限 as MM-DD of the year after the report's year (default 01-31). */
  readonly deadline?: string;
}

const norm = (agency: string) => agency.replace(/\s+/g, '');

function allText(draft: Draft): string {
  return Object.keys(draft.texts)
    .sort()
    .map((k) => draft.texts[k] ?? '')
    .join('\n');
}

/** The 公开期限 date of a report year, e.g. 2025 + 01-31 → 2026-01-31. */
export function deadlineOf(year: number, mmdd: string): string {
  return `${year + 1}-${/^\d{2}-\d{2}$/.test(mmdd) ? mmdd : '01-31'}`;
}

function reviewOne(unit: ReviewUnit, previous: ReviewUnit | undefined, mmdd: string): ReviewReport {
  const { draft } = unit;
  const format = getFormat(draft.formatId);
  const ev = evaluate(format, draft, previous ? { previous: snapshotOf(previous.draft, previous.file) } : {});
  const deadline = deadlineOf(draft.year, mmdd);
  const date = draft.signature.date;
  const timeliness: Timeliness = date === '' ? 'missing' : date > deadline ? 'late' : 'ok';
  const issues: Issue[] = [...ev.issues];
  if (timeliness === 'late') {
    issues.push({
      ruleId: 'D-1',
      level: 'warning',
      cells: [],
      message: `成文日期 ${date} 晚于公开期限 ${deadline}`,
    });
  }
  const counts = countIssues(issues);
  const repeatRate = previous ? repeatRatio(allText(draft), allText(previous.draft)) : null;
  return {
    file: unit.file,
    agency: draft.agency,
    year: draft.year,
    format: draft.formatId,
    errors: counts.errors,
    warnings: counts.warnings,
    infos: counts.infos,
    unresolved: unit.unresolved.length,
    unresolvedCells: unit.unresolved.map((u) => ({ cell: u.cell, label: u.label, reason: u.reason })),
    signatureDate: date,
    deadline,
    timeliness,
    repeatRate: repeatRate === null ? null : Math.round(repeatRate * 1000) / 1000,
    previousFile: previous?.file ?? null,
    keyFigures: keyFigures(format, ev.values),
    issues,
  };
}

/** Reviews every unit; a unit's previous year is the same agency's report of year − 1 among the inputs. */
export function reviewUnits(units: readonly ReviewUnit[], options: ReviewOptions = {}): ReviewReport[] {
  const mmdd = options.deadline ?? '01-31';
  const byAgencyYear = new Map<string, ReviewUnit>();
  for (const u of units) {
    const key = `${norm(u.draft.agency)}|${u.draft.year}`;
    if (!byAgencyYear.has(key)) byAgencyYear.set(key, u);
  }
  return units.map((u) => {
    const prev = u.draft.agency.trim()
      ? byAgencyYear.get(`${norm(u.draft.agency)}|${u.draft.year - 1}`)
      : undefined;
    return reviewOne(u, prev, mmdd);
  });
}
