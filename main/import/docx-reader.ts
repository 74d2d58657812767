// .docx → source document through mammoth's HTML (merged cells kept as colspan/rowspan), after a zip sanity check.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { AppError } from '../../shared/ipc/result';
import type { SourceDoc } from '../../shared/import/types';
import { htmlDocument } from './html-reader';

/** Unpacked size beyond which a .docx is refused (a report is well under 10 MB unpacked; this stops zip bombs). */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

const bomb = () => new AppError('UNSUPPORTED', 'Word 文件解压后过大，不像一份年度报告，已拒绝导入。');
const foreignXml = () =>
  new AppError(
    'UNSUPPORTED',
    'Word 文件中含有 Word 不会生成的 XML 声明（DOCTYPE/实体），可能被篡改，已拒绝导入。',
  );

/** Markup Word never writes: a DTD is how XXE and entity-expansion ("billion laughs") attacks enter XML. */
const DTD_MARKERS = ['<!DOCTYPE', '<!ENTITY'].flatMap((m) => [
  Buffer.from(m, 'utf8'),
  Buffer.from(m, 'utf16le'),
]);

const OVERLAP = Math.max(...DTD_MARKERS.map((m) => m.length)) - 1;

/**
 * Inflates one part with a running cap (the sizes a zip's headers declare can lie) and searches it for a DTD as it
 * streams — every part, whatever its name, since relationships may point mammoth at any of them. Paths are never
 * used to write anything, so "../" names (zip slip) are harmless.
 */
function checkPart(entry: JSZip.JSZipObject, room: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let tail = Buffer.alloc(0);
    let dtd = false;
    let size = 0;
    const stream = entry.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > room) {
        stream.removeAllListeners('data');
        stream.pause();
        reject(bomb());
        return;
      }
      const window = Buffer.concat([tail, chunk]);
      if (DTD_MARKERS.some((m) => window.includes(m))) dtd = true;
      tail = window.subarray(Math.max(0, window.length - OVERLAP));
    });
    stream.on('error', () =>
      reject(
        new AppError(
          'CORRUPT',
          'Word 文件内容无法读取（可能已损坏）。请在 Word/WPS 中重新另存为 .docx 后再导入。',
        ),
      ),
    );
    stream.on('end', () => (dtd ? reject(foreignXml()) : resolve(size)));
  });
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
  const entries: JSZip.JSZipObject[] = [];
  zip.forEach((_path, entry) => {
    if (!entry.dir) entries.push(entry);
  });
  let unpacked = 0;
  for (const entry of entries) unpacked += await checkPart(entry, MAX_UNPACKED_BYTES - unpacked);
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
