// Import channels (last year's report from a file): owned by the import work (shared/import, main/import).
import { z } from 'zod';
import { channel } from './channel';
import type { Draft } from '../draft/schema';
import type { ImportReport } from '../import/types';

/** Largest file accepted for import, in bytes (base64 adds a third; the request limit is 8 MB of JSON). */
export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024;

export interface ImportedFile {
  /** The report as a draft, not yet saved: save it with drafts:createFrom, or use it as last year's report. */
  readonly draft: Draft;
  readonly report: ImportReport;
}

export const importFileRequest = z.object({
  fileName: z.string().trim().min(1).max(260),
  contentBase64: z
    .string()
    .max(Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4 + 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/),
  asPrevious: z.boolean().optional(),
});

export const importChannels = {
  'import:file': channel<ImportedFile>()(importFileRequest),
} as const;
