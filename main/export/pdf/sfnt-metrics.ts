// Reads only what layout needs from an OpenType/TrueType file (cmap, hmtx, unitsPerEm, PostScript name), lazily per glyph.

/** Character → glyph lookup and advance widths of one font file; throws on a file that is not a single sfnt. */
export interface SfntMetrics {
  readonly unitsPerEm: number;
  /** PostScript name (name ID 6), '' when absent. */
  readonly postscriptName: string;
  /** Glyph id of a code point; 0 (.notdef) when the font lacks it. */
  glyphId(cp: number): number;
  /** Advance width of a glyph in font units. */
  advance(gid: number): number;
}

interface Table {
  readonly offset: number;
  readonly length: number;
}

function tables(view: DataView): Map<string, Table> {
  const tag = view.getUint32(0);
  // 0x00010000 TrueType, 'OTTO' CFF, 'true' (old Apple); 'ttcf' collections are not single fonts.
  if (tag !== 0x00010000 && tag !== 0x4f54544f && tag !== 0x74727565) throw new Error('not an sfnt font');
  const count = view.getUint16(4);
  const out = new Map<string, Table>();
  for (let i = 0; i < count; i++) {
    const rec = 12 + i * 16;
    const name = String.fromCharCode(
      view.getUint8(rec),
      view.getUint8(rec + 1),
      view.getUint8(rec + 2),
      view.getUint8(rec + 3),
    );
    out.set(name, { offset: view.getUint32(rec + 8), length: view.getUint32(rec + 12) });
  }
  return out;
}

function need(t: Map<string, Table>, name: string): Table {
  const table = t.get(name);
  if (!table) throw new Error(`font has no ${name} table`);
  return table;
}

/** A cmap subtable of format 4 (BMP) or 12 (full Unicode) as a lookup function. */
function cmapLookup(view: DataView, cmap: Table): (cp: number) => number {
  const n = view.getUint16(cmap.offset + 2);
  let best: { offset: number; format: number; rank: number } | null = null;
  for (let i = 0; i < n; i++) {
    const rec = cmap.offset + 4 + i * 8;
    const platform = view.getUint16(rec);
    const encoding = view.getUint16(rec + 2);
    const offset = cmap.offset + view.getUint32(rec + 4);
    const format = view.getUint16(offset);
    if (format !== 4 && format !== 12) continue;
    // Prefer full-Unicode tables (3,10) / (0,4|6), then BMP ones (3,1) / (0,*).
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const rank = format === 12 ? 2 : 1;
    if (!best || rank > best.rank) best = { offset, format, rank };
  }
  if (!best) throw new Error('font has no Unicode cmap');
  const base = best.offset;
  if (best.format === 12) {
    const groups = view.getUint32(base + 12);
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const g = base + 16 + mid * 12;
        const start = view.getUint32(g);
        if (cp < start) hi = mid - 1;
        else if (cp > view.getUint32(g + 4)) lo = mid + 1;
        else return view.getUint32(g + 8) + (cp - start);
      }
      return 0;
    };
  }
  const segX2 = view.getUint16(base + 6);
  const ends = base + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    let lo = 0;
    let hi = segX2 / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const end = view.getUint16(ends + mid * 2);
      if (cp > end) {
        lo = mid + 1;
        continue;
      }
      const start = view.getUint16(starts + mid * 2);
      if (cp < start) {
        hi = mid - 1;
        continue;
      }
      const delta = view.getUint16(deltas + mid * 2);
      const ro = view.getUint16(rangeOffsets + mid * 2);
      if (ro === 0) return (cp + delta) & 0xffff;
      const at = rangeOffsets + mid * 2 + ro + (cp - start) * 2;
      const gid = view.getUint16(at);
      return gid === 0 ? 0 : (gid + delta) & 0xffff;
    }
    return 0;
  };
}

/** Name ID 6 from a Windows (UTF-16BE) or Macintosh Roman record. */
function postscriptName(view: DataView, name: Table | undefined): string {
  if (!name) return '';
  const count = view.getUint16(name.offset + 2);
  const strings = name.offset + view.getUint16(name.offset + 4);
  let mac = '';
  for (let i = 0; i < count; i++) {
    const rec = name.offset + 6 + i * 12;
    if (view.getUint16(rec + 6) !== 6) continue;
    const platform = view.getUint16(rec);
    const len = view.getUint16(rec + 8);
    const at = strings + view.getUint16(rec + 10);
    if (platform === 3 || platform === 0) {
      let s = '';
      for (let j = 0; j + 1 < len; j += 2) s += String.fromCharCode(view.getUint16(at + j));
      return s;
    }
    if (platform === 1 && !mac) {
      for (let j = 0; j < len; j++) mac += String.fromCharCode(view.getUint8(at + j));
    }
  }
  return mac;
}

export function readSfntMetrics(bytes: Uint8Array): SfntMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const t = tables(view);
  const head = need(t, 'head');
  const hhea = need(t, 'hhea');
  const hmtx = need(t, 'hmtx');
  const unitsPerEm = view.getUint16(head.offset + 18);
  const longMetrics = view.getUint16(hhea.offset + 34);
  if (longMetrics === 0 || hmtx.offset + longMetrics * 4 > bytes.byteLength) throw new Error('bad hmtx');
  const lastAdvance = view.getUint16(hmtx.offset + (longMetrics - 1) * 4);
  return {
    unitsPerEm,
    postscriptName: postscriptName(view, t.get('name')),
    glyphId: cmapLookup(view, need(t, 'cmap')),
    advance: (gid) => (gid < longMetrics ? view.getUint16(hmtx.offset + gid * 4) : lastAdvance),
  };
}
