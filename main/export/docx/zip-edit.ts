// Writes ZIP packages with node:zlib: a package from its parts, or a few text entries of one rewritten (the other
// entries copied still compressed, untouched).
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

interface Entry {
  readonly name: string;
  readonly nameBytes: Uint8Array;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly data: Uint8Array;
  readonly size: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function entries(zip: Uint8Array): Entry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== EOCD) end--;
  if (end < 0) throw new Error('not a ZIP file');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error('bad ZIP central directory');
    const method = view.getUint16(at + 10, true);
    const time = view.getUint16(at + 12, true);
    const date = view.getUint16(at + 14, true);
    const crc = view.getUint32(at + 16, true);
    const packed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const nameBytes = zip.subarray(at + 46, at + 46 + nameLen);
    if (view.getUint32(local, true) !== LOCAL) throw new Error('bad ZIP local header');
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    out.push({
      name: Buffer.from(nameBytes).toString('utf8'),
      nameBytes,
      method,
      time,
      date,
      crc,
      data: zip.subarray(start, start + packed),
      size,
    });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

function text(e: Entry): string {
  if (e.method === 0) return Buffer.from(e.data).toString('utf8');
  if (e.method === 8) return inflateRawSync(e.data).toString('utf8');
  throw new Error(`unsupported ZIP method ${e.method}`);
}

function replaced(e: Entry, content: string): Entry {
  const raw = Buffer.from(content, 'utf8');
  return { ...e, method: 8, crc: crc32(raw), data: deflateRawSync(raw), size: raw.length };
}

/** MS-DOS time and date fields of a local time (two-second resolution, years from 1980). */
function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(d.getFullYear(), 1980) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function write(list: readonly Entry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of list) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names, sizes in this header
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(e.time, 10);
    local.writeUInt16LE(e.date, 12);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.byteLength, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(e.nameBytes.byteLength, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(CENTRAL, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    local.copy(dir, 8, 6, 26); // flags … uncompressed size
    dir.writeUInt16LE(e.nameBytes.byteLength, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, e.nameBytes, e.data);
    central.push(dir, e.nameBytes);
    offset += 30 + e.nameBytes.byteLength + e.data.byteLength;
  }
  const dirSize = central.reduce((n, b) => n + b.byteLength, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(list.length, 8);
  end.writeUInt16LE(list.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, ...central, end]));
}

/** The package with each named entry's text passed through its edit (entries not in the package are skipped). */
export function editZipText(
  zip: Uint8Array,
  edits: Readonly<Record<string, (xml: string) => string>>,
): Uint8Array {
  return write(
    entries(zip).map((e) => {
      const edit = edits[e.name];
      return edit ? replaced(e, edit(text(e))) : e;
    }),
  );
}

/** A ZIP package of `parts` (path → text or bytes), in their order, each deflated, dated `now`. */
export function zipParts(
  parts: Iterable<readonly [string, string | Uint8Array]>,
  now = new Date(),
): Uint8Array {
  const { time, date } = dosTime(now);
  const list: Entry[] = [];
  for (const [name, content] of parts) {
    const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const nameBytes = Buffer.from(name, 'utf8');
    list.push({
      name,
      nameBytes,
      method: 8,
      time,
      date,
      crc: crc32(raw),
      data: deflateRawSync(raw),
      size: raw.byteLength,
    });
  }
  return write(list);
}
