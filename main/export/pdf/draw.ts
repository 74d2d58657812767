// Draws laid-out pages with compact PDF operators: one text object per page (Tf/Tc/Tm/Tj) and one stroked path for all cell borders.
import {
  beginText,
  endText,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setCharacterSpacing,
  setFillingGrayscaleColor,
  setFontAndSize,
  setLineWidth,
  setStrokingGrayscaleColor,
  setTextMatrix,
  setTextRenderingMode,
  showText,
  TextRenderingMode,
  stroke,
  type PDFFont,
  type PDFName,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';
import type { FontFace } from './fonts';
import type { LaidPage } from './ops';
import { PAGE } from './page-setup';

const round = (n: number) => Math.round(n * 100) / 100;

export function drawPage(page: PDFPage, laid: LaidPage, fonts: ReadonlyMap<FontFace, PDFFont>): void {
  const ops: PDFOperator[] = [];
  const rects = laid.ops.filter((o) => o.kind === 'rect');
  if (rects.length > 0) {
    ops.push(pushGraphicsState(), setLineWidth(0.5), setStrokingGrayscaleColor(0));
    for (const r of rects)
      ops.push(rectangle(round(r.x), round(PAGE.height - r.y - r.h), round(r.w), round(r.h)));
    ops.push(stroke(), popGraphicsState());
  }
  const names = new Map<PDFFont, PDFName>();
  const nameOf = (font: PDFFont): PDFName => {
    let n = names.get(font);
    if (!n) {
      n = page.node.newFontDictionary(font.name, font.ref);
      names.set(font, n);
    }
    return n;
  };
  ops.push(pushGraphicsState(), setFillingGrayscaleColor(0), beginText());
  let curFont: PDFFont | null = null;
  let curSize = 0;
  let curSpacing = 0;
  let curBold = false;
  let curStroke = 0;
  for (const op of laid.ops) {
    if (op.kind !== 'text') continue;
    const font = fonts.get(op.face);
    if (!font) continue;
    const bold = op.bold === true;
    if (bold !== curBold) {
      ops.push(setTextRenderingMode(bold ? TextRenderingMode.FillAndOutline : TextRenderingMode.Fill));
      curBold = bold;
    }
    // Synthetic bold: stroke the outline with about 3 % of the size (a regular face then matches a bold one).
    if (bold && Math.abs(curStroke - op.size * 0.03) > 0.001) {
      curStroke = op.size * 0.03;
      ops.push(setLineWidth(round(curStroke * 100) / 100), setStrokingGrayscaleColor(0));
    }
    if (font !== curFont || op.size !== curSize) {
      ops.push(setFontAndSize(nameOf(font), op.size));
      curFont = font;
      curSize = op.size;
    }
    if (op.spacing !== curSpacing) {
      ops.push(setCharacterSpacing(round(op.spacing * 1000) / 1000));
      curSpacing = op.spacing;
    }
    ops.push(
      setTextMatrix(1, 0, 0, 1, round(op.x), round(PAGE.height - op.y)),
      showText(font.encodeText(op.text)),
    );
  }
  ops.push(endText(), popGraphicsState());
  page.pushOperators(...ops);
}
