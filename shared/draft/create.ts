// Creating drafts: an empty draft for (agency, year, format), and carry-over from last year's draft (formats.md §7).
import { formatForYear, getFormat, type FormatId, type ReportFormat } from '../formats';
import { evaluate } from '../engine/evaluate';
import type { Draft, PreviousYear } from './schema';
import { isSubHeading, paragraphs } from './text';

function newId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  return `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** The customary preamble: basis, parts, statistical period, contact. */
export function defaultPreamble(format: ReportFormat, agency: string, year: number): string {
  const parts = format.sections.map((s) => s.heading.replace(/^[一二三四五六]、/, '')).join('、');
  return (
    `本报告根据《中华人民共和国政府信息公开条例》和${format.basis}要求编制。` +
    `全文包括${parts}${format.sections.length === 6 ? '六' : String(format.sections.length)}个部分。` +
    `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。` +
    `如对本报告有疑问，请与${agency || '本机关'}联系。`
  );
}

/** Section texts with the canonical sub-headings offered as a skeleton. */
function skeleton(format: ReportFormat): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const s of format.sections) texts[s.id] = (s.subHeadings ?? []).join('\n');
  return texts;
}

export interface NewDraftInput {
  readonly agency: string;
  readonly year: number;
  readonly formatId?: FormatId;
  readonly now?: string;
  readonly id?: string;
}

export function createDraft(input: NewDraftInput): Draft {
  const format = input.formatId ? getFormat(input.formatId) : formatForYear(input.year);
  const now = input.now ?? new Date().toISOString();
  const agency = input.agency.trim();
  return {
    id: input.id ?? newId(),
    formatId: format.id,
    year: input.year,
    agency,
    preamble: defaultPreamble(format, agency, input.year),
    contact: { address: '', postcode: '', phone: '', email: '' },
    signature: { agency, date: '' },
    texts: skeleton(format),
    cells: {},
    stated: {},
    overrides: {},
    previous: null,
    checklist: [],
    createdAt: now,
    updatedAt: now,
  };
}

/** Last year's figures (computed totals included) and texts, as kept in this year's draft. */
export function snapshotOf(prev: Draft, source = '草稿'): PreviousYear {
  const format = getFormat(prev.formatId);
  const { values, incomplete } = evaluate(format, prev);
  const cells = { ...values };
  // A total over blank cells is a partial sum, not a figure; a 需核对 figure, and any total over one, is not known:
  // neither is carried (the cell starts blank).
  const open = new Set<string>([...incomplete, ...Object.keys(prev.unresolved ?? {})]);
  for (let grew = true; grew;) {
    grew = false;
    for (const c of format.computed) {
      if (!open.has(c.cell) && c.sum.some((k) => open.has(k))) grew = open.add(c.cell) !== null;
    }
  }
  for (const k of open) cells[k] = null;
  return {
    draftId: prev.id,
    source,
    agency: prev.agency,
    year: prev.year,
    formatId: prev.formatId,
    cells,
    texts: { ...prev.texts },
  };
}

/** Last year's problems (section 五) as a checklist: its paragraphs without the sub-headings. */
export function problemsChecklist(prev: Draft): Draft['checklist'] {
  const format = getFormat(prev.formatId);
  const text = format.problemsSectionId ? (prev.texts[format.problemsSectionId] ?? '') : '';
  return paragraphs(text)
    .filter((p) => !isSubHeading(p))
    .map((p) => ({ text: p, done: false }));
}

export interface CarryOptions {
  readonly year?: number;
  /** The new report's agency when it differs from last year's (a renamed office, or another office's report). */
  readonly agency?: string;
  readonly formatId?: FormatId;
  readonly source?: string;
  readonly now?: string;
  readonly id?: string;
}

/**
 * Starts year N from year N−1: keeps the agency header, contact block and section skeleton, keeps last year's
 * figures as `previous` (the engine fills 上年结转 and the other carried cells from it, §7 C1–C5) and last
 * year's problems as a checklist. Never copies this year's figures or prose.
 */
export function carryOver(prev: Draft, options: CarryOptions = {}): Draft {
  const year = options.year ?? prev.year + 1;
  const agency = options.agency?.trim() || prev.agency;
  const base = createDraft({
    agency,
    year,
    ...(options.formatId ? { formatId: options.formatId } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.id ? { id: options.id } : {}),
  });
  return {
    ...base,
    contact: { ...prev.contact },
    signature: { agency: agency !== prev.agency ? agency : prev.signature.agency || agency, date: '' },
    previous: snapshotOf(prev, options.source),
    checklist: problemsChecklist(prev),
  };
}
