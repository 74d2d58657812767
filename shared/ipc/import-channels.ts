// Import channels (last year's report from a file): owned by the import work (shared/import, main/import).
import { z } from 'zod';
import { channel } from './channel';
import { MAX_FILE_BYTES } from './limits';
import type { Draft } from '../draft/schema';
import type { ImportReport } from '../import/types';

export interface ImportedFile {
  /** The report as a draft, not yet saved: save it with drafts:createFrom, or use it as last year's report. */
  readonly draft: Draft;
  readonly report: ImportReport;
}

export const importFileRequest = z.object({
  fileName: z.string().trim().min(1).max(260),
  contentBase64: z
    .string()
    .max(Math.ceil(MAX_FILE_BYTES / 3) * 4 + 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/),
  asPrevious: z.boolean().optional(),
});

export const importChannels = {
  'import:file': channel<ImportedFile>()(importFileRequest),
} as const;
