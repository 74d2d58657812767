// Bytes → text: BOM, HTML meta charset, strict UTF-8, else GB18030 (a superset of GBK/GB2312); binary files refused.
import iconv from 'iconv-lite';
import { AppError } from '../../shared/ipc/result';

export type Charset = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  readonly text: string;
  readonly charset: Charset;
  /** How the charset was chosen: BOM, meta, UTF-8 validity or fallback. */
  readonly how: string;
}

const GB_NAMES = /^(?:gb2312|gbk|gb18030|x-gbk|cp936|windows-936|euc-cn|hz-gb-2312)$/i;
const UTF8_NAMES = /^(?:utf-?8|unicode-1-1-utf-8)$/i;

/** The charset declared in the first bytes of an HTML file (<meta charset> or http-equiv content). */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  return m?.[1] ?? null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** NUL bytes or many control characters in the first 8 KB: not a text file (an image, an .exe, a .doc). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.05;
}

export function decodeText(bytes: Uint8Array, options: { html?: boolean } = {}): Decoded {
  const b0 = bytes[0];
  const b1 = bytes[1];
  const b2 = bytes[2];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), charset: 'utf-8', how: 'BOM' };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), charset: 'utf-16le', how: 'BOM' };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), charset: 'utf-16be', how: 'BOM' };
  }
  if (looksBinary(bytes)) {
    throw new AppError(
      'UNSUPPORTED',
      '文件不是文本文件，无法读取。请选择 .txt、.docx、.html、.pdf 或年报助手的草稿文件。',
    );
  }
  // Valid UTF-8 with Chinese in it is UTF-8 whatever a stale <meta> says (GBK text is almost never valid UTF-8).
  if (isValidUtf8(bytes))
    return { text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8', how: 'UTF-8 校验通过' };
  const declared = options.html ? sniffMetaCharset(bytes) : null;
  if (declared && !GB_NAMES.test(declared) && !UTF8_NAMES.test(declared) && iconv.encodingExists(declared)) {
    return {
      text: iconv.decode(Buffer.from(bytes), declared),
      charset: 'gb18030',
      how: `网页声明 ${declared}`,
    };
  }
  const how =
    declared && GB_NAMES.test(declared)
      ? `网页声明 ${declared}，按 GB18030 读取`
      : '非 UTF-8，按 GBK/GB18030 读取';
  return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), charset: 'gb18030', how };
}
