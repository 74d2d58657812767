// Decoded-size check of a PDF's compressed streams before pdf.js sees it: a Flate bomb is refused, not inflated.
import zlib from 'node:zlib';

/** All streams of a report together decode to a few dozen MB (embedded CJK fonts are the largest part). */
export const MAX_PDF_DECODED_BYTES = 200 * 1024 * 1024;

const STREAM = Buffer.from('stream');
const END = Buffer.from('endstream');

/**
 * Total bytes the file's zlib streams inflate to, stopping as soon as the total passes `limit` (then returns a number
 * above it). Streams that are not zlib data (images, encrypted streams) count by their stored size. One pass over
 * the bytes; each stream is inflated once, with an output cap, tolerating truncation as pdf.js does.
 */
export function decodedStreamBytes(bytes: Uint8Array, limit = MAX_PDF_DECODED_BYTES): number {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  let at = buf.indexOf(STREAM);
  while (at !== -1) {
    let start = at + STREAM.length;
    if (buf[start] === 0x0d) start++;
    if (buf[start] === 0x0a) start++;
    const end = buf.indexOf(END, start);
    // "endstream" itself contains "stream": only a keyword followed by a line break opens data.
    if (start === at + STREAM.length || buf[at - 1] === 0x64 /* d of endstream */) {
      at = buf.indexOf(STREAM, at + STREAM.length);
      continue;
    }
    const stop = end === -1 ? buf.length : end;
    const data = buf.subarray(start, stop);
    total += inflatedSize(data, limit - total);
    if (total > limit) return total;
    if (end === -1) break;
    at = buf.indexOf(STREAM, end + END.length);
  }
  return total;
}

function inflatedSize(data: Buffer, room: number): number {
  // zlib header: CMF 0x78 (deflate, 32K window) and a check byte; anything else is not Flate data.
  if (data.length < 2 || data[0] !== 0x78 || ((data[0] << 8) | (data[1] ?? 0)) % 31 !== 0) return data.length;
  try {
    return zlib.inflateSync(data, {
      maxOutputLength: Math.max(1, room + 1),
      finishFlush: zlib.constants.Z_SYNC_FLUSH,
    }).length;
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return room + 1;
    return data.length;
  }
}
