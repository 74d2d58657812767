// format + draft + evaluated values → the neutral document model (title, preamble, contact, sections, tables, signature).
import type { Draft } from '../draft/schema';
import type { CellKey, ReportFormat, SectionDef } from '../formats/types';
import type { DocBlock, DocumentModel } from './model';
import { fullWidthPunctuation } from './punct';
import { buildTable } from './table';
import {
  SIGNATURE_EMS,
  chineseDate,
  isLevelTwoHeading,
  normalizeHeading,
  reportTitle,
  splitParagraphs,
  titleLines,
} from './text';
import { wrapName } from './wrap';

function textBlocks(section: SectionDef, text: string | undefined): DocBlock[] {
  return splitParagraphs(text ?? '').map((typed): DocBlock => {
    const p = fullWidthPunctuation(typed);
    return isLevelTwoHeading(p, section.subHeadings ?? [])
      ? { kind: 'heading', level: 2, text: normalizeHeading(p) }
      : { kind: 'paragraph', text: p };
  });
}

/**
 * Drops the offered skeleton sub-headings (the section's canonical ones) that have nothing under them, so an
 * untouched skeleton prints nothing. A sub-heading the clerk typed — （三）下一步工作打算, （二）附表 above the
 * section's table — always prints, even when it ends the section.
 */
function dropEmptySkeletonHeadings(
  section: SectionDef,
  blocks: DocBlock[],
  tablesFollow: boolean,
): DocBlock[] {
  const canonical = new Set(section.subHeadings ?? []);
  return blocks.filter((b, i) => {
    if (b.kind !== 'heading' || b.level !== 2 || !canonical.has(b.text)) return true;
    const next = blocks[i + 1];
    if (next === undefined) return tablesFollow;
    return next.kind === 'paragraph';
  });
}

/** 引言 / 前言 typed as the preamble's first line is its heading, not a sentence. */
const PREAMBLE_HEADING = /^(引言|前言|导语|概述)$/;

/** 地址 / 邮编 / 电话 / 邮箱 the preamble does not already state, as one sentence after it. */
function contactSentence(draft: Draft): string {
  const c = draft.contact;
  const stated = draft.preamble.replace(/\s+/g, '');
  const parts: string[] = [];
  const add = (label: string, value: string) => {
    const v = value.trim();
    if (v && !stated.includes(v.replace(/\s+/g, ''))) parts.push(`${label}：${v}`);
  };
  add('联系地址', c.address);
  add('邮政编码', c.postcode);
  add('联系电话', c.phone);
  add('电子邮箱', c.email);
  return parts.length > 0 ? `${parts.join('；')}。` : '';
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
  splitParagraphs(draft.preamble).forEach((p, i) => {
    if (i === 0 && PREAMBLE_HEADING.test(p)) blocks.push({ kind: 'heading', level: 1, text: p });
    else blocks.push({ kind: 'paragraph', text: fullWidthPunctuation(p) });
  });
  const contact = contactSentence(draft);
  if (contact) blocks.push({ kind: 'paragraph', text: fullWidthPunctuation(contact) });
  const agency = fullWidthPunctuation(draft.agency.trim());
  for (const section of format.sections) {
    blocks.push({ kind: 'heading', level: 1, text: section.heading });
    const tables = (section.tableIds ?? []).flatMap((id) => format.tables.filter((t) => t.id === id));
    blocks.push(
      ...dropEmptySkeletonHeadings(section, textBlocks(section, draft.texts[section.id]), tables.length > 0),
    );
    for (const table of tables) blocks.push(buildTable(table, values, { agency, year: draft.year }, partial));
  }
  // A 落款 is 署名 + 成文日期; without a date none is printed (R0-2 reminds the clerk to fill it in).
  const signer = fullWidthPunctuation(draft.signature.agency.trim());
  const date = chineseDate(draft.signature.date);
  if (date) {
    blocks.push({ kind: 'signature', agency: signer, date, agencyLines: wrapName(signer, SIGNATURE_EMS) });
  }
  return {
    title: reportTitle(agency, draft.year),
    titleLines: titleLines(agency, draft.year),
    agency,
    year: draft.year,
    blocks,
  };
}
