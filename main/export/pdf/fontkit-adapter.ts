// Upstream fontkit 2 for pdf-lib (never @pdf-lib/fontkit, whose CJK subsets are broken): pdf-lib calls
// `subset.encodeStream()`, fontkit 2 offers `subset.encode()`; this adapter bridges the two.
import * as fontkit from 'fontkit';

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
      subset.encodeStream = () => streamOf(subset.encode());
      return subset;
    };
    return font;
  },
  // pdf-lib's Fontkit type describes @pdf-lib/fontkit; the adapter implements the part pdf-lib uses.
} as unknown as Parameters<import('pdf-lib').PDFDocument['registerFontkit']>[0];
