// Lays the document model out on A4 pages per GB/T 9704: title, headings, body on the 22×28 grid, tables, signature, page numbers.
import type { DocBlock, DocumentModel } from '../../../shared/document';
import type { FontRole } from './font-files';
import type { FontSet } from './fonts';
import { breakLines } from './line-break';
import { emitText, measure, type LaidPage } from './ops';
import { BODY_HEIGHT, BODY_WIDTH, GRID_CHAR, LINE_PITCH, PAGE, PAGE_NUMBER_GAP, SIZE } from './page-setup';
import { layoutTable, tableStartHeight, type TableFlow } from './table-layout';

const LEFT = PAGE.marginLeft;
const RIGHT = PAGE.width - PAGE.marginRight;
const TOP = PAGE.marginTop;
const BOTTOM = PAGE.height - PAGE.marginBottom;
/** Character spacing that puts 28 三号 characters on a line. */
const GRID_SPACING = GRID_CHAR - SIZE.san;

class Flow implements TableFlow {
  readonly pages: LaidPage[] = [];
  page: LaidPage;
  y = TOP;

  constructor(readonly fonts: FontSet) {
    this.page = { ops: [] };
    this.pages.push(this.page);
  }

  newPage(): void {
    this.page = { ops: [] };
    this.pages.push(this.page);
    this.y = TOP;
  }

  /** Moves y down to the next line of the grid (after a table). */
  snap(): void {
    const n = Math.ceil((this.y - TOP) / LINE_PITCH - 0.01);
    this.y = TOP + n * LINE_PITCH;
    if (this.y + LINE_PITCH > BOTTOM + 0.01) this.newPage();
  }

  /** Takes one grid line, starting a page when needed; returns the baseline for `size`. */
  line(size: number): number {
    if (this.y + LINE_PITCH > BOTTOM + 0.01) this.newPage();
    const baseline = this.y + (LINE_PITCH - size) / 2 + 0.88 * size;
    this.y += LINE_PITCH;
    return baseline;
  }

  linesLeft(): number {
    return Math.floor((BOTTOM - this.y) / LINE_PITCH + 0.01);
  }
}

function paragraph(flow: Flow, role: FontRole, text: string, justify: boolean): void {
  const size = SIZE.san;
  const widthOf = measure(flow.fonts, role, size, GRID_SPACING);
  const indent = 2 * GRID_CHAR;
  const lines = breakLines(text, BODY_WIDTH, widthOf, indent);
  lines.forEach((l, i) => {
    const x = LEFT + (i === 0 ? indent : 0);
    const avail = BODY_WIDTH - (i === 0 ? indent : 0);
    let spacing = GRID_SPACING;
    if (justify && !l.last && l.chars > 1)
      spacing += Math.min(size / 2, Math.max(0, (avail - l.width) / (l.chars - 1)));
    const baseline = flow.line(size); // may start a new page: take the line before naming the page
    emitText(flow.page, flow.fonts, role, size, x, baseline, l.text, spacing);
  });
}

function headingLines(flow: Flow, role: FontRole, text: string): number {
  return breakLines(text, BODY_WIDTH, measure(flow.fonts, role, SIZE.san, GRID_SPACING), 2 * GRID_CHAR)
    .length;
}

/** Space the block after a heading needs on the same page (keep-with-next). */
function needAfter(flow: Flow, next: DocBlock | undefined): number {
  if (!next) return 0;
  if (next.kind === 'table') return tableStartHeight(next, flow.fonts);
  if (next.kind === 'heading') return 2 * LINE_PITCH;
  return LINE_PITCH;
}

function title(flow: Flow, doc: DocumentModel): void {
  const size = SIZE.er;
  const widthOf = measure(flow.fonts, 'title', size);
  for (const part of doc.titleLines) {
    for (const l of breakLines(part, BODY_WIDTH, widthOf)) {
      const baseline = flow.line(size);
      emitText(flow.page, flow.fonts, 'title', size, LEFT + (BODY_WIDTH - l.width) / 2, baseline, l.text);
    }
  }
  flow.y += LINE_PITCH; // one blank line under the title
}

/** A table's caption (统计表): centred 黑体 line(s), kept on the page with the table's first rows. */
function caption(flow: Flow, text: string, need: number): void {
  const size = SIZE.san;
  const widthOf = measure(flow.fonts, 'heading1', size, GRID_SPACING);
  const lines = breakLines(text, BODY_WIDTH, widthOf);
  if (flow.y + lines.length * LINE_PITCH + need > BOTTOM + 0.01 && flow.y > TOP + 0.01) flow.newPage();
  for (const l of lines) {
    const baseline = flow.line(size);
    emitText(
      flow.page,
      flow.fonts,
      'heading1',
      size,
      LEFT + (BODY_WIDTH - l.width) / 2,
      baseline,
      l.text,
      GRID_SPACING,
    );
  }
}

function signature(flow: Flow, agency: string, date: string): void {
  const size = SIZE.san;
  const lines = (agency ? 1 : 0) + (date ? 1 : 0);
  // Two blank lines above for the seal, and the block kept on one page.
  if (flow.linesLeft() < 2 + lines) flow.newPage();
  else flow.y += 2 * LINE_PITCH;
  const widthOf = measure(flow.fonts, 'body', size, GRID_SPACING);
  const dateRight = RIGHT - 4 * GRID_CHAR; // 成文日期右空四字
  const dateW = date ? widthOf(date) : 0;
  const dateCentre = dateRight - dateW / 2;
  if (agency) {
    const w = widthOf(agency);
    // 署名 centred over the date, kept at least two characters from the right edge.
    const x = Math.min(dateCentre - w / 2, RIGHT - 2 * GRID_CHAR - w);
    const baseline = flow.line(size);
    emitText(flow.page, flow.fonts, 'body', size, Math.max(LEFT, x), baseline, agency, GRID_SPACING);
  }
  if (date) {
    const baseline = flow.line(size);
    emitText(flow.page, flow.fonts, 'body', size, dateRight - dateW, baseline, date, GRID_SPACING);
  }
}

/** "— N —", 4号, below the text area: odd pages right (one character in), even pages left. */
function pageNumbers(flow: Flow): void {
  const size = SIZE.si;
  const widthOf = measure(flow.fonts, 'pageNumber', size);
  const baseline = BOTTOM + PAGE_NUMBER_GAP + 0.88 * size;
  flow.pages.forEach((page, i) => {
    const n = i + 1;
    const text = `— ${n} —`;
    const x = n % 2 === 1 ? RIGHT - size - widthOf(text) : LEFT + size;
    emitText(page, flow.fonts, 'pageNumber', size, x, baseline, text);
  });
}

export function layoutDocument(doc: DocumentModel, fonts: FontSet): LaidPage[] {
  const flow = new Flow(fonts);
  title(flow, doc);
  doc.blocks.forEach((block, i) => {
    switch (block.kind) {
      case 'paragraph':
        paragraph(flow, 'body', block.text, true);
        break;
      case 'heading': {
        const role: FontRole = block.level === 1 ? 'heading1' : 'heading2';
        const need = headingLines(flow, role, block.text) * LINE_PITCH + needAfter(flow, doc.blocks[i + 1]);
        if (flow.y + need > BOTTOM + 0.01 && need <= BODY_HEIGHT && flow.y > TOP + 0.01) flow.newPage();
        paragraph(flow, role, block.text, false);
        break;
      }
      case 'table':
        if (block.caption) caption(flow, block.caption, tableStartHeight(block, fonts));
        layoutTable(flow, fonts, block);
        // Consecutive tables (表二's four parts) stack without a gap; text resumes on the grid.
        if (doc.blocks[i + 1]?.kind !== 'table') flow.snap();
        break;
      case 'signature':
        signature(flow, block.agency, block.date);
        break;
    }
  });
  pageNumbers(flow);
  return flow.pages;
}
