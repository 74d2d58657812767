// Upstream fontkit 2 for pdf-lib (never @pdf-lib/fontkit, whose CJK subsets are broken): pdf-lib calls
// `subset.encodeStream()`, fontkit 2 offers `subset.encode()`; this adapter bridges the two and speeds two steps up.
import * as fontkit from 'fontkit';

/** The parts of fontkit 2.0.4's CFFSubset this adapter touches (pinned version; the PDF ink tests guard it). */
interface CffSubset {
  glyphs: number[];
  charstrings: Uint8Array[];
  gsubrs: Uint8Array[];
  cff: {
    getCharString(gid: number): Uint8Array;
    globalSubrIndex: unknown[];
    fdForGlyph(gid: number): number | null;
    topDict: { FDArray: { Private?: { Subrs?: unknown[] } }[]; Private?: { Subrs?: unknown[] } };
  };
  subsetSubrs(subrs: unknown[], used: Record<number, boolean>): Uint8Array[];
  subsetCharstrings?: () => void;
  subsetFontdict?: (topDict: Record<string, unknown>) => void;
  createCIDFontdict?: (topDict: Record<string, unknown>) => void;
}

interface Subset {
  encode(): Uint8Array;
  encodeStream?: () => unknown;
}

function streamOf(bytes: Uint8Array) {
  const stream = {
    on(event: string, cb: (chunk?: Uint8Array) => void) {
      if (event === 'data') cb(bytes);
      if (event === 'end') cb();
      return stream;
    },
  };
  return stream;
}

/** Every subroutine counts as used. */
const ALL = new Proxy({} as Record<number, boolean>, { get: () => true });

/**
 * The fonts reaching pdf-lib were already cut down by HarfBuzz to the characters of the document, subroutines
 * included. fontkit would parse every glyph outline again only to find the subroutines in use; keep them all
 * instead (same output size, several times faster). Charstrings, charset and FD selection stay fontkit's.
 */
function keepAllSubroutines(s: CffSubset): void {
  s.subsetCharstrings = function (this: CffSubset) {
    this.charstrings = this.glyphs.map((gid) => this.cff.getCharString(gid));
    this.gsubrs = this.subsetSubrs(this.cff.globalSubrIndex, ALL);
  };
  s.subsetFontdict = function (this: CffSubset, topDict: Record<string, unknown>) {
    const fdArray: { Private?: { Subrs?: unknown[] } }[] = [];
    const fds: number[] = [];
    const newIndex = new Map<number, number>();
    for (const gid of this.glyphs) {
      const fd = this.cff.fdForGlyph(gid);
      if (fd === null || fd === undefined) continue;
      if (!newIndex.has(fd)) {
        const dict = { ...this.cff.topDict.FDArray[fd] } as {
          Private?: { Subrs?: unknown[] };
          FontName?: unknown;
        };
        delete dict.FontName;
        if (dict.Private?.Subrs)
          dict.Private = { ...dict.Private, Subrs: this.subsetSubrs(dict.Private.Subrs, ALL) };
        fdArray.push(dict);
        newIndex.set(fd, fdArray.length - 1);
      }
      fds.push(newIndex.get(fd) ?? 0);
    }
    topDict.FDArray = fdArray;
    topDict.FDSelect = { version: 0, fds };
  };
  s.createCIDFontdict = function (this: CffSubset, topDict: Record<string, unknown>) {
    const priv = { ...this.cff.topDict.Private };
    if (priv.Subrs) priv.Subrs = this.subsetSubrs(priv.Subrs, ALL);
    topDict.FDArray = [{ Private: priv }];
    topDict.FDSelect = {
      version: 3,
      nRanges: 1,
      ranges: [{ first: 0, fd: 0 }],
      sentinel: this.charstrings.length,
    };
  };
}

export const fontkitAdapter = {
  create(data: Uint8Array) {
    const font = fontkit.create(Buffer.from(data.buffer, data.byteOffset, data.byteLength)) as unknown as {
      createSubset(): Subset;
      layout(text: string): { glyphs: unknown[] };
      glyphForCodePoint(cp: number): unknown;
    };
    // Our layout measures one glyph per character from the cmap (no ligatures, no kerning); pdf-lib must encode the
    // same glyphs, and skipping OpenType shaping makes encoding several times faster.
    font.layout = (text: string) => ({
      glyphs: Array.from(text, (ch) => font.glyphForCodePoint(ch.codePointAt(0) ?? 0)),
    });
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset();
      // fontkit's CFFSubset keeps the parsed CFF table as `cff`; TrueType subsets have none.
      if ((subset as unknown as Partial<CffSubset>).cff) keepAllSubroutines(subset as unknown as CffSubset);
      subset.encodeStream = () => streamOf(subset.encode());
      return subset;
    };
    return font;
  },
  // pdf-lib's Fontkit type describes @pdf-lib/fontkit; the adapter implements the part pdf-lib uses.
} as unknown as Parameters<import('pdf-lib').PDFDocument['registerFontkit']>[0];
