// format + draft + evaluated values → the neutral document model (title, preamble, sections, tables, signature).
import type { Draft } from '../draft/schema';
import type { CellKey, ReportFormat, SectionDef } from '../formats/types';
import type { DocBlock, DocumentModel } from './model';
import { buildTable } from './table';
import {
  chineseDate,
  isLevelTwoHeading,
  normalizeHeading,
  reportTitle,
  splitParagraphs,
  titleLines,
} from './text';

function textBlocks(section: SectionDef, text: string | undefined): DocBlock[] {
  return splitParagraphs(text ?? '').map((p): DocBlock =>
    isLevelTwoHeading(p, section.subHeadings ?? [])
      ? { kind: 'heading', level: 2, text: normalizeHeading(p) }
      : { kind: 'paragraph', text: p },
  );
}

/** Drops level-2 headings that have no text under them (an untouched skeleton prints nothing). */
function dropEmptySubHeadings(blocks: DocBlock[]): DocBlock[] {
  return blocks.filter((b, i) => {
    if (b.kind !== 'heading' || b.level !== 2) return true;
    const next = blocks[i + 1];
    return next !== undefined && next.kind === 'paragraph';
  });
}

export function buildDocument(
  format: ReportFormat,
  draft: Draft,
  values: Readonly<Record<CellKey, number | null>>,
  /** Totals over blank cells (evaluate().incomplete): printed as “—”, never as a figure that looks final. */
  incomplete: readonly CellKey[] = [],
): DocumentModel {
  const partial = new Set(incomplete);
  const blocks: DocBlock[] = [];
  for (const p of splitParagraphs(draft.preamble)) blocks.push({ kind: 'paragraph', text: p });
  for (const section of format.sections) {
    blocks.push({ kind: 'heading', level: 1, text: section.heading });
    blocks.push(...dropEmptySubHeadings(textBlocks(section, draft.texts[section.id])));
    for (const id of section.tableIds ?? []) {
      const table = format.tables.find((t) => t.id === id);
      if (table) blocks.push(buildTable(table, values, partial));
    }
  }
  const agency = draft.signature.agency.trim();
  const date = chineseDate(draft.signature.date);
  if (agency || date) blocks.push({ kind: 'signature', agency, date });
  return {
    title: reportTitle(draft.agency, draft.year),
    titleLines: titleLines(draft.agency, draft.year),
    agency: draft.agency.trim(),
    year: draft.year,
    blocks,
  };
}
