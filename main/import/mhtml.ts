// A web page saved as one file (.mht / .mhtml, MIME multipart): the HTML part's bytes and its declared charset.
import iconv from 'iconv-lite';

export interface MhtmlPart {
  readonly bytes: Uint8Array;
  readonly charset: string | null;
}

/** True when the bytes start like a MIME message (MHTML from Chrome, Edge or IE). */
export function isMhtml(head: string): boolean {
  return (
    /^(?:From:|Snapshot-Content-Location:|Subject:|Date:|MIME-Version:)/im.test(head.slice(0, 600)) &&
    /multipart\/related/i.test(head)
  );
}

const HEX = '0123456789ABCDEF';

function decodeQuotedPrintable(body: string): Uint8Array {
  const text = body.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x3d && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      out.push(
        HEX.indexOf(text.charAt(i + 1).toUpperCase()) * 16 + HEX.indexOf(text.charAt(i + 2).toUpperCase()),
      );
      i += 2;
    } else out.push(ch & 0xff);
  }
  return new Uint8Array(out);
}

/** The first text/html part, transfer-decoded; null when there is none. */
export function mhtmlHtmlPart(bytes: Uint8Array): MhtmlPart | null {
  const text = Buffer.from(bytes).toString('latin1');
  const boundary = /boundary\s*=\s*"?([^";\r\n]+)"?/i.exec(text)?.[1];
  if (!boundary) return null;
  for (const part of text.split(`--${boundary}`).slice(1)) {
    const split = /\r?\n\r?\n/.exec(part);
    if (!split) continue;
    const headers = part.slice(0, split.index);
    if (!/content-type:\s*text\/html/i.test(headers)) continue;
    const body = part.slice(split.index + split[0].length);
    const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase() ?? '';
    const charset = /charset\s*=\s*"?([\w-]+)"?/i.exec(headers)?.[1] ?? null;
    const raw =
      encoding === 'base64'
        ? new Uint8Array(Buffer.from(body.replace(/\s+/g, ''), 'base64'))
        : encoding === 'quoted-printable'
          ? decodeQuotedPrintable(body)
          : new Uint8Array(Buffer.from(body, 'latin1'));
    return { bytes: raw, charset: charset && iconv.encodingExists(charset) ? charset : null };
  }
  return null;
}
