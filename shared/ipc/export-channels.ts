// Export channels (DOCX / PDF / HTML): owned by the export work (shared/document, main/export).
import { z } from 'zod';
import { channel } from './channel';
import { draftSchema } from '../draft/schema';

export const exportKindSchema = z.enum(['pdf', 'docx', 'html']);
export type ExportKindName = z.infer<typeof exportKindSchema>;

export interface ExportedFile {
  readonly kind: ExportKindName;
  readonly path: string;
  /** One-line Chinese warnings about this file (PDF: characters no font has, printed as 〓). */
  readonly warnings: readonly string[];
}

export interface PdfPreview {
  /** The PDF exactly as export would write it, base64-encoded (no file is written). */
  readonly pdfBase64: string;
  readonly pages: number;
  /** Characters no font has (printed as 〓), one Chinese line each. */
  readonly warnings: readonly string[];
}

/**
 * export:run takes either `draftId` (the saved draft is read from the drafts store) or `draft` (the one in the
 * editor, e.g. unsaved or read-only). Files go to `targetDir` or the settings' export folder, named
 * `<机关名称><年度>年政府信息公开工作年度报告.<ext>`; an existing file fails with EXISTS unless `overwrite`.
 */
export const exportRunRequest = z
  .object({
    draftId: z.string().min(1).max(200).optional(),
    draft: draftSchema.optional(),
    kinds: z.array(exportKindSchema).min(1).max(3),
    overwrite: z.boolean().optional(),
    targetDir: z.string().min(1).max(1000).optional(),
  })
  .refine((r) => (r.draftId === undefined) !== (r.draft === undefined), {
    message: '需要且只能提供 draftId 或 draft 之一',
  });

export const exportChannels = {
  'export:run': channel<ExportedFile[]>()(exportRunRequest),
  'export:preview': channel<PdfPreview>()(z.object({ draft: draftSchema })),
} as const;
