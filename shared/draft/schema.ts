// The draft: zod schema and type of one year's report of one agency (figures, texts, carry-over snapshot).
import { z } from 'zod';
import { isFormatId } from '../formats';

export const DRAFT_SCHEMA_VERSION = 1;

const cellValue = z.number().finite().nullable();

/** The id of a registered format (the list comes from the format registry, not from here). */
export const formatIdSchema = z.string().refine(isFormatId, { message: '未知的报告格式' });

/** What was carried over from last year's report: its figures and texts, kept for hints and cross-year checks. */
export const previousYearSchema = z.object({
  draftId: z.string().optional(),
  /** Where it came from: 草稿 (a saved draft) or the imported file's name. */
  source: z.string(),
  agency: z.string(),
  year: z.number().int(),
  formatId: formatIdSchema,
  cells: z.record(z.string(), cellValue),
  texts: z.record(z.string(), z.string()),
});

/** A district total built by 汇总 (nianbao rollup): which unit gave what for every summed cell. Optional, additive. */
export const rollupSchema = z.object({
  units: z.array(z.object({ agency: z.string(), file: z.string() })),
  /** Cell key → each unit's value (unit = index into `units`; null = that unit left it blank). */
  cells: z.record(
    z.string(),
    z.array(
      z.object({ unit: z.number().int().min(0), value: cellValue, unresolved: z.boolean().optional() }),
    ),
  ),
  /** Cells to check by hand: some unit left it blank or its import could not read it (需核对). */
  unresolved: z.array(z.string()).optional(),
});

export const checklistItemSchema = z.object({ text: z.string(), done: z.boolean() });

/** A figure an import could not read for certain (需核对): what the report printed there, why, and the candidates. */
export const unresolvedCellSchema = z.object({
  source: z.string(),
  reason: z.string(),
  candidates: z.array(z.number().finite()),
  /** Readings of the cell's whole row the import left open (input cells → values); one is picked in the editor. */
  readings: z.array(z.record(z.string(), z.number().finite())).max(12).optional(),
});

export const draftSchema = z.object({
  id: z.string().min(1),
  formatId: formatIdSchema,
  year: z.number().int().min(2000).max(2100),
  agency: z.string(),
  /** A name that tells copies apart in 我的年报 (e.g. 副本); never printed. */
  title: z.string().max(100).optional(),
  /** Optional preamble (依据、统计期限、联系方式 …) printed before 一. */
  preamble: z.string(),
  /** Contact block carried from year to year. */
  contact: z.object({ address: z.string(), postcode: z.string(), phone: z.string(), email: z.string() }),
  signature: z.object({
    agency: z.string(),
    /** 成文日期 as YYYY-MM-DD, or '' when not yet set. */
    date: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/),
  }),
  /** Section texts by section id (s1 … s6); paragraphs separated by newlines. */
  texts: z.record(z.string(), z.string()),
  /** Input cell values by cell key; a missing key or null means blank (未填写), never zero. */
  cells: z.record(z.string(), cellValue),
  /** Figures of computed cells as printed in an imported report, kept so that its errors can be reported. */
  stated: z.record(z.string(), z.number().finite()),
  /** Cells an import left 需核对 (cell key → evidence); gone once the clerk fills the cell. Optional (added later). */
  unresolved: z.record(z.string(), unresolvedCellSchema).optional(),
  /** Reasons the clerk gave for overriding a carried-over value (cell key → reason). */
  overrides: z.record(z.string(), z.string()),
  previous: previousYearSchema.nullable(),
  /** Last year's problems (section 五) as a checklist for this year's 改进情况. */
  checklist: z.array(checklistItemSchema),
  rollup: rollupSchema.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type Draft = z.infer<typeof draftSchema>;
export type Rollup = z.infer<typeof rollupSchema>;
export type PreviousYear = z.infer<typeof previousYearSchema>;
export type CellValues = Readonly<Record<string, number | null>>;
