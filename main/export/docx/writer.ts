// DOCX writer (docx library): A4 公文 margins on the 22 × 28 grid, own styles, tables, odd/even page numbers, 落款.
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type Table,
} from 'docx';
import type { DocBlock, DocSignature, DocTable, DocumentModel } from '../../../shared/document';
import { emWidth } from '../../../shared/document/wrap';
import { finishPackage, packageParts } from './package';
import {
  CHAR_PITCH_TWIPS,
  CHAR_SPACE,
  FONT,
  HALF_POINTS,
  LANGUAGE,
  LINE_PITCH_TWIPS,
  MARGIN_TWIPS,
  PAGE_TWIPS,
  STYLE,
  mmToTwip,
  paragraphStyles,
} from './styles';
import { docxTable } from './table';

export const APP_NAME = '政府信息公开年报助手';

/**
 * 成文日期右空四字; 署名 centred over the date, at least two characters from the right edge. A long 署名 comes
 * wrapped by word in the model: each line right-aligned, two characters in, never wider than the text area.
 */
function signature(b: DocSignature): Paragraph[] {
  // Two blank lines for the seal, kept with the 落款.
  const out = [
    new Paragraph({ style: STYLE.body, keepNext: true, children: [] }),
    new Paragraph({ style: STYLE.body, keepNext: true, children: [] }),
  ];
  const ch = CHAR_PITCH_TWIPS;
  const dateRight = 4 * ch;
  const lines = b.agencyLines ?? (b.agency ? [b.agency] : []);
  const widest = Math.max(0, ...lines.map(emWidth));
  const agencyRight = Math.max(2 * ch, dateRight + ((emWidth(b.date) - widest) / 2) * ch);
  for (const l of lines) {
    out.push(
      new Paragraph({
        style: STYLE.signature,
        indent: { right: Math.round(agencyRight) },
        children: [new TextRun(l)],
      }),
    );
  }
  if (b.date) {
    out.push(
      new Paragraph({
        style: STYLE.signature,
        indent: { right: Math.round(dateRight) },
        children: [new TextRun(b.date)],
      }),
    );
  }
  return out;
}

/** `keepNext`: the text right before the 落款 goes with it. */
function block(b: Exclude<DocBlock, DocTable>, keepNext: boolean): Paragraph[] {
  switch (b.kind) {
    case 'heading':
      return [
        new Paragraph({
          style: b.level === 1 ? STYLE.heading1 : STYLE.heading2,
          children: [new TextRun(b.text)],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          style: STYLE.body,
          keepNext: keepNext || undefined,
          children: [new TextRun(b.text)],
        }),
      ];
    case 'signature':
      return signature(b);
  }
}

/** "— N —": odd pages right with one character in, even pages left (GB/T 9704 7.5). */
function pageNumberFooter(odd: boolean): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.pageNumber,
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: 280 } : { left: 280 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

/** Lines a body paragraph takes: 28 characters a line, the first indented by two. */
const linesOf = (text: string): number => Math.max(1, Math.ceil((emWidth(text) + 2) / 28));

/**
 * Indexes of the paragraphs kept with the 落款: walking back from it until they make two lines (with widow control,
 * a longer paragraph brings its last two), so the 落款 never stands alone on a page (GB/T 9704 §7.3.5.5).
 */
function keptWithSignature(blocks: readonly DocBlock[]): Set<number> {
  const kept = new Set<number>();
  const at = blocks.findIndex((b) => b.kind === 'signature');
  let lines = 0;
  for (let i = at - 1; i >= 0 && lines < 2; i--) {
    const b = blocks[i];
    if (b?.kind !== 'paragraph' && b?.kind !== 'heading') break;
    kept.add(i);
    lines += b.kind === 'paragraph' ? linesOf(b.text) : 1;
  }
  return kept;
}

/** The body: blocks in order, each run of consecutive tables (表二's parts) as one table on a shared grid. */
function body(doc: DocumentModel): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  const kept = keptWithSignature(doc.blocks);
  let run: DocTable[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const caption = run[0]?.caption;
    if (caption) out.push(new Paragraph({ style: STYLE.caption, children: [new TextRun(caption)] }));
    out.push(docxTable(run));
    run = [];
  };
  doc.blocks.forEach((b, i) => {
    if (b.kind === 'table') {
      // A table with its own caption starts a new one.
      if (b.caption) flush();
      run.push(b);
      return;
    }
    flush();
    out.push(...block(b, kept.has(i)));
  });
  flush();
  return out;
}

export function buildDocx(doc: DocumentModel): Document {
  const children: (Paragraph | Table)[] = [
    ...doc.titleLines.map((t) => new Paragraph({ style: STYLE.title, children: [new TextRun(t)] })),
    new Paragraph({ style: STYLE.body, children: [] }),
    ...body(doc),
  ];
  return new Document({
    title: doc.title,
    creator: doc.agency || APP_NAME,
    lastModifiedBy: doc.agency || APP_NAME,
    description: doc.title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: FONT.body, size: HALF_POINTS.san, language: LANGUAGE } },
      },
      paragraphStyles,
    },
    sections: [
      {
        properties: {
          page: {
            size: PAGE_TWIPS,
            margin: { ...MARGIN_TWIPS, header: mmToTwip(15), footer: mmToTwip(23) },
          },
          // 22 lines × 28 characters (Word: 页面设置 → 文档网格 → 指定行和字符网格). Title, tables and page numbers
          // are off the grid (snapToGrid 0 in their styles).
          grid: {
            type: DocumentGridType.LINES_AND_CHARS,
            linePitch: LINE_PITCH_TWIPS,
            charSpace: CHAR_SPACE,
          },
        },
        footers: { default: pageNumberFooter(true), even: pageNumberFooter(false) },
        children,
      },
    ],
  });
}

/**
 * docx's own compiler (`Packer.compiler`, docx 9.15.2): the package's parts by path, in zip order, before docx zips
 * them with fflate (pure JS, a third of a cold DOCX export). We zip them with node:zlib instead; the parts are the
 * same. Should a docx update drop it, Packer zips and the two parts are edited in the zip.
 */
export const docxCompiler = (
  Packer as unknown as {
    compiler?: { compile(file: Document): ReadonlyMap<string, string | Uint8Array> };
  }
).compiler;

export async function writeDocx(doc: DocumentModel): Promise<Uint8Array> {
  const file = buildDocx(doc);
  if (docxCompiler) return packageParts(docxCompiler.compile(file));
  const buf = await Packer.toBuffer(file);
  return finishPackage(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
}
