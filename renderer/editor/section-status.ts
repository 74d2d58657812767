// Which section an issue belongs to, and each section's badge (✓ / 警告 n / 错误 n).
import { splitCellKey, type ReportFormat } from '../../shared/formats';
import type { Issue } from '../../shared/engine';

/** Pseudo-section for 机关名称 / 成文日期 / 前言. */
export const META_SECTION = 'meta';

export function sectionOfIssue(format: ReportFormat, issue: Issue): string | null {
  if (issue.sectionId) return issue.sectionId;
  if (issue.field) return META_SECTION;
  for (const key of issue.cells) {
    const parts = splitCellKey(key);
    const table = parts ? format.tables.find((t) => t.id === parts.table) : undefined;
    if (table) return table.sectionId;
  }
  return null;
}

export interface SectionCounts {
  readonly errors: number;
  readonly warnings: number;
}

export function countsBySection(
  format: ReportFormat,
  issues: readonly Issue[],
): ReadonlyMap<string, SectionCounts> {
  const map = new Map<string, { errors: number; warnings: number }>();
  for (const issue of issues) {
    const id = sectionOfIssue(format, issue) ?? META_SECTION;
    const c = map.get(id) ?? { errors: 0, warnings: 0 };
    if (issue.level === 'error') c.errors++;
    else if (issue.level === 'warning') c.warnings++;
    map.set(id, c);
  }
  return map;
}

export function badgeOf(counts: SectionCounts | undefined): {
  readonly text: string;
  readonly kind: 'ok' | 'warning' | 'error';
} {
  if (counts && counts.errors > 0) return { text: `错误 ${counts.errors}`, kind: 'error' };
  if (counts && counts.warnings > 0) return { text: `警告 ${counts.warnings}`, kind: 'warning' };
  return { text: '✓', kind: 'ok' };
}
