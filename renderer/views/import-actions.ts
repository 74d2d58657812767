// Importing into 我的年报: a draft file restores a draft; a published report (.docx/.html/.txt) becomes a new draft.
import type { ApiClient } from '../../shared/ipc/contract';
import type { OpenedDraft } from '../../shared/ipc/draft-channels';
import type { ImportReport } from '../../shared/import/types';
import { fileFields, isDraftFileName, type PickedFile } from '../app/file-picker';

export interface ImportOutcome {
  readonly opened: OpenedDraft;
  /** What the importer read and could not read (published reports only). */
  readonly report: ImportReport | null;
}

export async function importIntoList(api: ApiClient, file: PickedFile): Promise<ImportOutcome> {
  if (isDraftFileName(file.name)) {
    const opened = await api['drafts:importFile'](fileFields(file));
    return { opened, report: null };
  }
  const imported = await api['import:file'](fileFields(file));
  const opened = await api['drafts:createFrom']({ draft: imported.draft });
  return { opened, report: imported.report };
}
