// The export channels: export:run writes PDF / DOCX / HTML safely into the export folder; export:preview returns the PDF bytes.
import path from 'node:path';
import type { Draft } from '../../shared/draft/schema';
import type { ExportedFile, PdfPreview } from '../../shared/ipc/export-channels';
import { AppError } from '../../shared/ipc/result';
import { defaultFileName, documentOf, render, type ExportKind } from '../export/render';
import type { FontSetOptions } from '../export/pdf/fonts';
import { existingTargets, exportFiles } from '../export/export-files';
import { ensureExportDir, refuseDataFolder } from './export-folder';

export interface ExportServiceOptions {
  /** Reads a saved draft (the drafts store). */
  readonly openDraft: (id: string) => Promise<Draft>;
  /** The export folder from the settings. */
  readonly exportDir: () => string | Promise<string>;
  /** The app's data folder: never written by an export. */
  readonly dataDir: string;
  /**
   * Whether a folder named in the request (`targetDir`) may be used: the CLI trusts its user; Electron only a folder
   * the clerk picked in a native dialog; browser mode never (the page cannot name a path). Default: never.
   */
  readonly allowExplicitPath?: (dir: string) => boolean;
  /** Font search options (tests pass `{ searchDirs: [] }` for the bundled fonts only). */
  readonly fonts?: FontSetOptions;
}

export interface ExportRunRequest {
  readonly draftId?: string;
  readonly draft?: Draft;
  readonly kinds: readonly ExportKind[];
  readonly overwrite?: boolean;
  readonly targetDir?: string;
}

export function createExportService(options: ExportServiceOptions) {
  const targetFolder = async (explicit: string | undefined): Promise<string> => {
    if (explicit !== undefined) {
      if (!path.isAbsolute(explicit) || !(options.allowExplicitPath?.(explicit) ?? false)) {
        throw new AppError('FORBIDDEN', '只能导出到“设置”中的导出文件夹或在对话框中选择的文件夹。');
      }
      await refuseDataFolder(explicit, options.dataDir);
      return explicit;
    }
    const configured = await options.exportDir();
    if (!configured) throw new AppError('BAD_REQUEST', '尚未设置导出文件夹，请在“设置”中选择。');
    return ensureExportDir(configured, options.dataDir);
  };
  return {
    'export:run': async (req: ExportRunRequest): Promise<ExportedFile[]> => {
      const draft = req.draft ?? (req.draftId ? await options.openDraft(req.draftId) : undefined);
      if (!draft) throw new AppError('BAD_REQUEST', '没有指定要导出的年报。');
      const dir = await targetFolder(req.targetDir);
      const kinds = [...new Set(req.kinds)];
      const targets = kinds.map((kind) => ({ kind, file: path.join(dir, defaultFileName(draft, kind)) }));
      if (req.overwrite !== true) {
        const existing = await existingTargets(targets);
        if (existing.length > 0) {
          const names = existing.map((f) => `“${path.basename(f)}”`).join('、');
          throw new AppError('EXISTS', `文件${names}已存在，是否覆盖？`);
        }
      }
      const written = await exportFiles(draft, targets, {
        overwrite: req.overwrite === true,
        ...(options.fonts ? { fonts: options.fonts } : {}),
      });
      return written.map((t) => ({ kind: t.kind, path: t.file, warnings: [...t.warnings] }));
    },
    'export:preview': async (req: { draft: Draft }): Promise<PdfPreview> => {
      const out = await render(documentOf(req.draft), 'pdf', options.fonts);
      return {
        pdfBase64: Buffer.from(out.bytes).toString('base64'),
        pages: out.pages,
        warnings: [...out.warnings],
      };
    },
  };
}
