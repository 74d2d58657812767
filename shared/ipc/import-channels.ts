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

/**
 * Where a chosen file's bytes are: sent as base64 (browser mode, CLI), or, in the desktop app, left in main: `path`
 * names the file picked in the native open dialog, which main alone may read (bytes never cross IPC twice).
 */
export const pickedPath = z.string().min(1).max(4096).optional();
export const oneSource = (r: { contentBase64?: string | undefined; path?: string | undefined }) =>
  (r.contentBase64 === undefined) !== (r.path === undefined);
export const ONE_SOURCE = { message: '请重新选择文件（需要文件内容或所选文件之一）。' };

export const importFileRequest = z
  .object({
    fileName: z.string().trim().min(1).max(260),
    contentBase64: z
      .string()
      .max(Math.ceil(MAX_FILE_BYTES / 3) * 4 + 4)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/)
      .optional(),
    path: pickedPath,
    asPrevious: z.boolean().optional(),
  })
  .refine(oneSource, ONE_SOURCE);

export const importChannels = {
  'import:file': channel<ImportedFile>()(importFileRequest),
} as const;
