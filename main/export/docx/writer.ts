// DOCX writer (docx library): A4 公文 margins, own paragraph styles, tables, odd/even page numbers "— N —", signature block.
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
import type { DocBlock, DocumentModel } from '../../../shared/document';
import { docxTable } from './table';
import {
  CHAR_TWIPS,
  LINE_PITCH_TWIPS,
  MARGIN_TWIPS,
  PAGE_TWIPS,
  STYLE,
  mmToTwip,
  paragraphStyles,
} from './styles';

/** Approximate width in 三号 characters: CJK 1, ASCII ½. */
function charsWide(s: string): number {
  let n = 0;
  for (const ch of s) n += (ch.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1;
  return n;
}

function signature(agency: string, date: string): Paragraph[] {
  const out = [
    new Paragraph({ style: STYLE.body, children: [] }),
    new Paragraph({ style: STYLE.body, children: [] }),
  ];
  // 成文日期右空四字; 署名 centred over the date, at least two characters from the right edge.
  const dateRight = 4 * CHAR_TWIPS;
  const agencyRight = Math.max(
    2 * CHAR_TWIPS,
    dateRight + ((charsWide(date) - charsWide(agency)) / 2) * CHAR_TWIPS,
  );
  if (agency) {
    out.push(
      new Paragraph({
        style: STYLE.signature,
        indent: { right: Math.round(agencyRight) },
        children: [new TextRun(agency)],
      }),
    );
  }
  if (date) {
    out.push(
      new Paragraph({ style: STYLE.signature, indent: { right: dateRight }, children: [new TextRun(date)] }),
    );
  }
  return out;
}

function block(b: DocBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [
        new Paragraph({
          style: b.level === 1 ? STYLE.heading1 : STYLE.heading2,
          children: [new TextRun(b.text)],
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ style: STYLE.body, children: [new TextRun(b.text)] })];
    case 'table':
      return [docxTable(b)];
    case 'signature':
      return signature(b.agency, b.date);
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

export function buildDocx(doc: DocumentModel): Document {
  const children: (Paragraph | Table)[] = [
    ...doc.titleLines.map((t) => new Paragraph({ style: STYLE.title, children: [new TextRun(t)] })),
    new Paragraph({ style: STYLE.body, children: [] }),
  ];
  doc.blocks.forEach((b, i) => {
    children.push(...block(b));
    // Word needs a paragraph between two tables or it merges them.
    if (b.kind === 'table' && doc.blocks[i + 1]?.kind === 'table') {
      children.push(
        new Paragraph({ style: STYLE.table, spacing: { line: 20, lineRule: 'exact' }, children: [] }),
      );
    }
  });
  return new Document({
    title: doc.title,
    creator: doc.agency || '政府信息公开年报助手',
    description: doc.title,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: { font: 'Times New Roman', size: 32 } } },
      paragraphStyles,
    },
    sections: [
      {
        properties: {
          page: {
            size: PAGE_TWIPS,
            margin: { ...MARGIN_TWIPS, header: mmToTwip(15), footer: mmToTwip(23) },
          },
          // The 22-line pitch comes from exact line spacing in the styles. A "lines" grid would also snap table text
          // to 29 pt in LibreOffice (Word exempts table cells), so the grid records the pitch without snapping.
          grid: { type: DocumentGridType.DEFAULT, linePitch: LINE_PITCH_TWIPS },
        },
        footers: { default: pageNumberFooter(true), even: pageNumberFooter(false) },
        children,
      },
    ],
  });
}

export async function writeDocx(doc: DocumentModel): Promise<Uint8Array> {
  const buf = await Packer.toBuffer(buildDocx(doc));
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
