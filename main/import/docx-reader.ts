// .docx → source document through mammoth's HTML (merged cells kept as colspan/rowspan), after a zip sanity check.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { AppError } from '../../shared/ipc/result';
import type { SourceDoc } from '../../shared/import/types';
import { htmlDocument } from './html-reader';

/** Unpacked size beyond which a .docx is refused (a report is well under 10 MB unpacked; this stops zip bombs). */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;

interface ZipEntryInfo {
  readonly _data?: { readonly uncompressedSize?: number };
}

export async function docxDocument(bytes: Uint8Array): Promise<SourceDoc> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new AppError(
      'CORRUPT',
      'Word 文件已损坏或不是 .docx 格式，无法打开。请在 Word/WPS 中重新另存为 .docx 后再导入。',
    );
  }
  if (!zip.file('word/document.xml')) {
    throw new AppError('UNSUPPORTED', '该压缩文件不是 Word 文档（.docx），无法导入。');
  }
  let unpacked = 0;
  zip.forEach((_path, entry) => {
    unpacked += (entry as unknown as ZipEntryInfo)._data?.uncompressedSize ?? 0;
  });
  if (unpacked > MAX_UNPACKED_BYTES) {
    throw new AppError('UNSUPPORTED', 'Word 文件解压后过大，不像一份年度报告，已拒绝导入。');
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    html = result.value;
  } catch {
    throw new AppError(
      'CORRUPT',
      'Word 文件内容无法读取（可能已损坏）。请在 Word/WPS 中重新另存为 .docx 后再导入。',
    );
  }
  return htmlDocument(html, 'docx');
}
