// Import entry on the Node side: picks the reader by content and extension, then hands the text to shared/import.
import iconv from 'iconv-lite';
import { parseDraftFile } from '../../shared/draft/envelope';
import { draftReport } from '../../shared/import/draft-report';
import { importDocument, ImportError, textDocument, type ImportResult } from '../../shared/import';
import type { SourceDoc } from '../../shared/import/types';
import { AppError } from '../../shared/ipc/result';
import { MAX_FILE_BYTES, fileTooLarge } from '../../shared/ipc/limits';
import { decodeText, looksBinary } from './decode';
import { docxDocument } from './docx-reader';
import { htmlDocument } from './html-reader';
import { isMhtml, mhtmlHtmlPart } from './mhtml';
import { pdfDocument } from './pdf-reader';

/** Largest file accepted for import (a report page with inline images stays well below). */

export type SourceKind = 'draft' | 'docx' | 'pdf' | 'mhtml' | 'html' | 'text';

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);

function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(fileName.trim());
  return m?.[1]?.toLowerCase() ?? '';
}

/** What the file is, by its first bytes first (a renamed file is still read correctly), then by its extension. */
export function sourceKind(fileName: string, bytes: Uint8Array): SourceKind {
  const ext = extensionOf(fileName);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new AppError('UNSUPPORTED', '这是旧版 Word（.doc）文件。请在 Word/WPS 中“另存为” .docx 后再导入。');
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  if (ext === 'docx') {
    throw new AppError(
      'CORRUPT',
      'Word 文件已损坏或不是 .docx 格式，无法打开。请在 Word/WPS 中重新另存为 .docx 后再导入。',
    );
  }
  const head = Buffer.from(bytes.subarray(0, 2048))
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart();
  if (head.startsWith('{') && head.includes('nianbao-draft')) return 'draft';
  if (isMhtml(head) || ext === 'mht' || ext === 'mhtml') return 'mhtml';
  if (
    ext === 'html' ||
    ext === 'htm' ||
    ext === 'xhtml' ||
    /^<(?:!doctype html|html|head|body|meta|table|div|p)\b/i.test(head)
  ) {
    return 'html';
  }
  return 'text';
}

async function sourceDocument(kind: Exclude<SourceKind, 'draft'>, bytes: Uint8Array): Promise<SourceDoc> {
  if (kind === 'docx') return docxDocument(bytes);
  if (kind === 'pdf') return pdfDocument(bytes);
  if (kind === 'mhtml') {
    const part = mhtmlHtmlPart(bytes);
    if (!part) throw new AppError('UNSUPPORTED', '网页存档文件（.mht）中没有找到网页正文，无法导入。');
    const text = part.charset
      ? iconv.decode(Buffer.from(part.bytes), part.charset)
      : decodeText(part.bytes, { html: true }).text;
    return htmlDocument(text);
  }
  const decoded = decodeText(bytes, { html: kind === 'html' });
  return kind === 'html' ? htmlDocument(decoded.text) : textDocument(decoded.text);
}

export interface ReadOptions {
  readonly now?: string;
  readonly id?: string;
}

/** Reads last year's report from a file's bytes into a draft (not saved) and an import report. */
export async function importFile(
  fileName: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<ImportResult> {
  if (bytes.length === 0) throw new AppError('BAD_REQUEST', '文件是空的（0 字节），没有可导入的内容。');
  if (bytes.length > MAX_FILE_BYTES) throw new AppError('BAD_REQUEST', fileTooLarge(fileName));
  const kind = sourceKind(fileName, bytes);
  if (kind === 'draft') {
    if (looksBinary(bytes)) throw new AppError('CORRUPT', '草稿文件已损坏，无法读取。');
    const read = parseDraftFile(decodeText(bytes).text);
    if (!read.ok) throw new AppError(read.code === 'TOO_NEW' ? 'UNSUPPORTED' : 'CORRUPT', read.message);
    return { draft: read.draft, report: draftReport(read.draft, fileName) };
  }
  const doc = await sourceDocument(kind, bytes);
  try {
    return importDocument(doc, { fileName, ...options });
  } catch (err) {
    if (err instanceof ImportError) throw new AppError('UNSUPPORTED', err.message);
    throw err;
  }
}
