// PDF writer: lays the document out, subsets each font to the glyphs used (HarfBuzz, then upstream fontkit 2) and draws with pdf-lib.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { Cache, PDFDocument, PDFFlateStream, PDFObjectStream, type PDFContext, type PDFFont } from 'pdf-lib';
import type { DocumentModel } from '../../../shared/document';
import { checkCoverage, missingWarning } from './coverage';
import { drawPage } from './draw';
import { fontkitAdapter } from './fontkit-adapter';
import { prepareSubsetter, subsetSfnt } from './hb-subset';
import type { FontFace, FontSet } from './fonts';
import { layoutDocument } from './layout';
import type { LaidPage } from './ops';
import { PAGE } from './page-setup';

/** Documents whose flate streams go through zlib (see useNativeDeflate). */
const nativeContexts = new WeakSet<PDFContext>();

/** Compresses `stream` with Node's zlib: PDFFlateStream keeps its encoded bytes in `contentsCache`. */
function deflateNatively(stream: PDFFlateStream): void {
  if (!(stream as unknown as { encode: boolean }).encode) return;
  (stream as unknown as { contentsCache: Cache<Uint8Array> }).contentsCache = Cache.populatedBy(() =>
    deflateSync(stream.getUnencodedContents()),
  );
}

// Object streams are made while saving; those of our documents are compressed by zlib too.
const makeObjectStream = PDFObjectStream.withContextAndObjects.bind(PDFObjectStream);
PDFObjectStream.withContextAndObjects = (context, objects, encode) => {
  const stream = makeObjectStream(context, objects, encode);
  if (nativeContexts.has(context)) deflateNatively(stream);
  return stream;
};

/**
 * pdf-lib compresses font programs (`context.flateStream`), page contents and object streams with pako (pure JS).
 * On this document only, route them through Node's zlib: the same FlateDecode format, several times faster.
 */
function useNativeDeflate(pdf: PDFDocument): void {
  const context = pdf.context;
  nativeContexts.add(context);
  context.flateStream = (contents, dict = {}) =>
    context.stream(deflateSync(typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents), {
      ...dict,
      Filter: 'FlateDecode',
    });
}

/** Page content streams (made by PDFPage directly, not through the context), just before saving. */
function deflatePageContents(pdf: PDFDocument): void {
  for (const [, obj] of pdf.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFFlateStream) deflateNatively(obj);
  }
}

export interface PdfResult {
  readonly bytes: Uint8Array;
  readonly pages: number;
  /** Characters no font covers (printed as 〓). */
  readonly missing: readonly string[];
  /** One-line Chinese warnings for the clerk (shown before or with the export). */
  readonly warnings: readonly string[];
}

/**
 * PDF subset font name (ISO 32000 §9.6.4): six capital letters + '+' + the PostScript name; the tag is derived from
 * the face and its characters, so the same export gives the same bytes and two subsets never share a name.
 */
export function subsetName(face: FontFace, chars: string): string {
  const digest = createHash('sha256').update(face.name).update('\u0000').update(chars).digest();
  const tag = Array.from(digest.subarray(0, 6), (b) => String.fromCharCode(65 + (b % 26))).join('');
  return `${tag}+${face.name.replace(/[^!-~]|[()<>[\]{}/%#]/g, '')}`;
}

/** Recent HarfBuzz subsets by face and character set: the live preview re-exports mostly the same characters. */
const subsetCache = new Map<string, Promise<Uint8Array>>();
const SUBSET_CACHE_MAX = 24;

function subsetOf(face: FontFace, chars: string): Promise<Uint8Array> {
  const key = `${face.key}\u0000${chars}`;
  const hit = subsetCache.get(key);
  if (hit) return hit;
  const made = subsetSfnt(face.bytes, chars);
  made.catch(() => subsetCache.delete(key));
  subsetCache.set(key, made);
  if (subsetCache.size > SUBSET_CACHE_MAX) {
    const oldest = subsetCache.keys().next().value;
    if (oldest !== undefined) subsetCache.delete(oldest);
  }
  return made;
}

function charsByFace(pages: readonly LaidPage[]): Map<FontFace, Set<string>> {
  const out = new Map<FontFace, Set<string>>();
  for (const p of pages) {
    for (const op of p.ops) {
      if (op.kind !== 'text') continue;
      let set = out.get(op.face);
      if (!set) out.set(op.face, (set = new Set()));
      for (const ch of op.text) set.add(ch);
    }
  }
  return out;
}

export async function writePdf(source: DocumentModel, fonts: FontSet): Promise<PdfResult> {
  // HarfBuzz compiles in the background while the pages are laid out.
  void prepareSubsetter().catch(() => undefined);
  const { doc, missing } = checkCoverage(source, fonts);
  const pages = layoutDocument(doc, fonts);
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkitAdapter);
  useNativeDeflate(pdf);
  pdf.setTitle(doc.title);
  pdf.setAuthor(doc.agency);
  pdf.setSubject(doc.title);
  pdf.setCreator('政府信息公开年报助手');
  pdf.setProducer('nianbao (pdf-lib)');
  pdf.setLanguage('zh-CN');

  const used = charsByFace(pages);
  const embedded = new Map<FontFace, PDFFont>();
  await Promise.all(
    [...used].map(async ([face, set]) => {
      const chars = [...set].sort().join('');
      const small = await subsetOf(face, chars);
      embedded.set(face, await pdf.embedFont(small, { subset: true, customName: subsetName(face, chars) }));
    }),
  );

  for (const laid of pages) drawPage(pdf.addPage([PAGE.width, PAGE.height]), laid, embedded);
  deflatePageContents(pdf);
  const bytes = await pdf.save({ useObjectStreams: true });
  const warning = missingWarning(missing);
  return { bytes, pages: pages.length, missing, warnings: warning ? [warning] : [] };
}
