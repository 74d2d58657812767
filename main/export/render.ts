// One entry for every export kind: draft → evaluated values → document model → PDF / DOCX / HTML bytes.
import { buildDocument, reportTitle, type DocumentModel } from '../../shared/document';
import type { Draft } from '../../shared/draft/schema';
import { evaluate } from '../../shared/engine';
import { getFormat } from '../../shared/formats';
import type { FontSetOptions } from './pdf/fonts';

export type ExportKind = 'pdf' | 'docx' | 'html';
export const EXPORT_KINDS: readonly ExportKind[] = ['pdf', 'docx', 'html'];

export function documentOf(draft: Draft): DocumentModel {
  const format = getFormat(draft.formatId);
  const { values, incomplete } = evaluate(format, draft);
  return buildDocument(format, draft, values, incomplete);
}

/** Unresolved errors of the draft (exports go ahead; callers tell the clerk). */
export function errorCount(draft: Draft): number {
  const format = getFormat(draft.formatId);
  return evaluate(format, draft).issues.filter((i) => i.level === 'error').length;
}

export interface Rendered {
  readonly bytes: Uint8Array;
  /** Pages (PDF only; 0 otherwise). */
  readonly pages: number;
  /** One-line Chinese warnings for the clerk (PDF: characters no font has, printed as 〓). */
  readonly warnings: readonly string[];
}

export async function render(
  doc: DocumentModel,
  kind: ExportKind,
  fonts: FontSetOptions = {},
): Promise<Rendered> {
  switch (kind) {
    // Each writer is loaded on use: a DOCX/HTML export (or one whose PDF renders in a worker) never loads pdf-lib.
    case 'pdf': {
      const [{ writePdf }, { loadFontSet }] = await Promise.all([
        import('./pdf/writer'),
        import('./pdf/fonts'),
      ]);
      return writePdf(doc, loadFontSet(fonts));
    }
    case 'docx': {
      const { writeDocx } = await import('./docx/writer');
      return { bytes: await writeDocx(doc), pages: 0, warnings: [] };
    }
    case 'html': {
      const { writeHtml } = await import('./html/writer');
      return { bytes: new TextEncoder().encode(writeHtml(doc)), pages: 0, warnings: [] };
    }
  }
}

/** Characters Windows forbids in file names, replaced by full-width look-alikes or removed. */
export function safeFileName(name: string): string {
  return (
    name
      .replace(/[\\/]/g, '／')
      .replace(/:/g, '：')
      .replace(/\*/g, '＊')
      .replace(/\?/g, '？')
      .replace(/"/g, '＂')
      .replace(/</g, '＜')
      .replace(/>/g, '＞')
      .replace(/\|/g, '｜')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f]/g, '')
      .replace(/[. ]+$/, '')
      .trim()
  );
}

/** `<机关名称><年度>年政府信息公开工作年度报告.<ext>` */
export function defaultFileName(draft: Draft, kind: ExportKind): string {
  return `${safeFileName(reportTitle(draft.agency, draft.year)) || '年度报告'}.${kind}`;
}
