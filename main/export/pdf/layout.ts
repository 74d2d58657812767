// Lays the document model out on A4 pages per GB/T 9704: title, headings, body on the 22×28 grid, tables, signature, page numbers.
import type { DocBlock, DocSignature, DocumentModel } from '../../../shared/document';
import type { FontRole } from './font-files';
import type { FontSet } from './fonts';
import { breakLines, stretchable, type BrokenLine } from './line-break';
import { emitText, measure, type DrawOp, type LaidPage } from './ops';
import { BODY_HEIGHT, BODY_WIDTH, GRID_CHAR, LINE_PITCH, PAGE, PAGE_NUMBER_GAP, SIZE } from './page-setup';
import { layoutTable, tableStartHeight, type TableFlow } from './table-layout';

const LEFT = PAGE.marginLeft;
const RIGHT = PAGE.width - PAGE.marginRight;
const TOP = PAGE.marginTop;
const BOTTOM = PAGE.height - PAGE.marginBottom;
/** Character spacing that puts 28 三号 characters on a line. */
const GRID_SPACING = GRID_CHAR - SIZE.san;

/** A body line just laid: where its ops start on its page and the top of its grid line. */
interface LaidLine {
  readonly page: LaidPage;
  readonly opStart: number;
  readonly top: number;
}

class Flow implements TableFlow {
  readonly pages: LaidPage[] = [];
  page: LaidPage;
  y = TOP;
  /** The lines of the paragraph laid last, while nothing else follows them (for the 落款's keep-with). */
  recent: LaidLine[] = [];

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

/**
 * Emits one line. A justified line spreads its slack over the gaps between tokens where space may go (between
 * Chinese characters, around spaces), never inside Latin words, figures or URLs.
 */
function emitLine(
  flow: Flow,
  role: FontRole,
  size: number,
  x: number,
  baseline: number,
  line: BrokenLine,
  avail: number,
  justify: boolean,
): void {
  const gaps = line.tokens.reduce(
    (n, t, i) => (i > 0 && stretchable(line.tokens[i - 1] ?? '', t) ? n + 1 : n),
    0,
  );
  const extra = justify && gaps > 0 ? Math.min(size / 2, Math.max(0, (avail - line.width) / gaps)) : 0;
  if (extra === 0) {
    emitText(flow.page, flow.fonts, role, size, x, baseline, line.text, GRID_SPACING);
    return;
  }
  const widthOf = measure(flow.fonts, role, size, GRID_SPACING);
  // Segments: runs of single characters with stretchable gaps (drawn with the extra as character spacing), and
  // runs of tokens joined without stretch (drawn at the grid spacing); each segment placed explicitly.
  let cx = x;
  let seg = '';
  let segLoose = false;
  let segStretchGaps = 0;
  const flush = () => {
    if (!seg) return;
    emitText(flow.page, flow.fonts, role, size, cx, baseline, seg, GRID_SPACING + (segLoose ? extra : 0));
    cx += widthOf(seg) + segStretchGaps * extra;
    seg = '';
    segStretchGaps = 0;
  };
  line.tokens.forEach((tok, i) => {
    const single = [...tok].length === 1;
    const gap = i > 0 && stretchable(line.tokens[i - 1] ?? '', tok);
    if (seg && gap && segLoose && single && tok !== ' ') {
      seg += tok;
      segStretchGaps += 1;
      return;
    }
    if (seg && !gap && !segLoose) {
      seg += tok;
      return;
    }
    flush();
    if (gap) cx += extra;
    seg = tok;
    segLoose = single && tok !== ' ';
  });
  flush();
}

function paragraph(flow: Flow, role: FontRole, text: string, justify: boolean): void {
  const size = SIZE.san;
  const widthOf = measure(flow.fonts, role, size, GRID_SPACING);
  const indent = 2 * GRID_CHAR;
  const lines = breakLines(text, BODY_WIDTH, widthOf, indent);
  flow.recent = [];
  lines.forEach((l, i) => {
    const x = LEFT + (i === 0 ? indent : 0);
    const avail = BODY_WIDTH - (i === 0 ? indent : 0);
    const baseline = flow.line(size); // may start a new page: take the line before naming the page
    flow.recent.push({ page: flow.page, opStart: flow.page.ops.length, top: flow.y - LINE_PITCH });
    emitLine(flow, role, size, x, baseline, l, avail, justify && !l.last && l.chars > 1);
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
  if (next.kind === 'signature') return (2 + signatureLines(flow, next)) * LINE_PITCH;
  return LINE_PITCH;
}

/** Lines broken between words and balanced: as many lines as needed, each about as long as the others. */
function balancedLines(text: string, maxWidth: number, widthOf: (s: string) => number): BrokenLine[] {
  const full = breakLines(text, maxWidth, widthOf, 0, { words: true });
  if (full.length < 2) return full;
  const step = widthOf('国') / 2;
  for (let w = widthOf(text) / full.length; w < maxWidth; w += step) {
    const tried = breakLines(text, w, widthOf, 0, { words: true });
    if (tried.length === full.length) return tried;
  }
  return full;
}

function title(flow: Flow, doc: DocumentModel): void {
  const size = SIZE.er;
  const widthOf = measure(flow.fonts, 'title', size);
  for (const part of doc.titleLines) {
    for (const l of balancedLines(part, BODY_WIDTH, widthOf)) {
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

/** Moves the body lines just laid (at most `n`, all on the current page) to the top of a new page. */
function carryToNewPage(flow: Flow, n: number): void {
  const moving = flow.recent.filter((l) => l.page === flow.page).slice(-n);
  const start = moving[0];
  if (!start) {
    flow.newPage();
    return;
  }
  const ops: DrawOp[] = flow.page.ops.splice(start.opStart);
  flow.newPage();
  const shift = flow.y - start.top;
  for (const op of ops) flow.page.ops.push({ ...op, y: op.y + shift });
  flow.y += moving.length * LINE_PITCH;
}

/**
 * When the paragraph before the 落款 ran over onto the current page with a single line, pulls its line before from
 * the previous page, so that two lines of body text stand above the 落款.
 */
function pullSecondLine(flow: Flow): void {
  const here = flow.recent.filter((l) => l.page === flow.page);
  const before = flow.recent.filter((l) => l.page !== flow.page);
  const first = here[0];
  const pull = before[before.length - 1];
  if (here.length !== 1 || !first || !pull || first.opStart !== 0 || Math.abs(first.top - TOP) > 0.01) return;
  const moved = pull.page.ops.splice(pull.opStart);
  const shifted = flow.page.ops.map((op) => ({ ...op, y: op.y + LINE_PITCH }));
  flow.page.ops.length = 0;
  flow.page.ops.push(...moved.map((op) => ({ ...op, y: op.y + TOP - pull.top })), ...shifted);
  flow.y += LINE_PITCH;
  flow.recent = [
    { page: flow.page, opStart: 0, top: TOP },
    { page: flow.page, opStart: moved.length, top: TOP + LINE_PITCH },
  ];
}

/**
 * 发文机关署名 and 成文日期 (GB/T 9704 §7.3.5): two blank lines above for the seal, the block on one page, and never
 * alone on it — when it does not fit, the last two lines of body text go to the new page with it (§7.3.5.5).
 * A long name wraps between words and stays two characters from the right edge.
 */
function signatureAgencyLines(flow: Flow, agency: string): BrokenLine[] {
  const widthOf = measure(flow.fonts, 'body', SIZE.san, GRID_SPACING);
  return agency ? balancedLines(agency, BODY_WIDTH - 2 * GRID_CHAR, widthOf) : [];
}

function signatureLines(flow: Flow, block: DocSignature): number {
  return signatureAgencyLines(flow, block.agency).length + (block.date ? 1 : 0);
}

function signature(flow: Flow, agency: string, date: string): void {
  const size = SIZE.san;
  const widthOf = measure(flow.fonts, 'body', size, GRID_SPACING);
  const agencyLines = signatureAgencyLines(flow, agency);
  const lines = agencyLines.length + (date ? 1 : 0);
  pullSecondLine(flow);
  if (flow.linesLeft() < 2 + lines) {
    carryToNewPage(flow, 2);
    if (flow.y > TOP + 0.01) flow.y += 2 * LINE_PITCH;
  } else flow.y += 2 * LINE_PITCH;
  flow.recent = [];
  const dateRight = RIGHT - 4 * GRID_CHAR; // 成文日期右空四字
  const dateW = date ? widthOf(date) : 0;
  const dateCentre = dateRight - dateW / 2;
  for (const l of agencyLines) {
    // 署名 centred over the date, kept at least two characters from the right edge.
    const x = Math.min(dateCentre - l.width / 2, RIGHT - 2 * GRID_CHAR - l.width);
    const baseline = flow.line(size);
    emitText(flow.page, flow.fonts, 'body', size, Math.max(LEFT, x), baseline, l.text, GRID_SPACING);
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
        if (flow.y + need > BOTTOM + 0.01 && need <= BODY_HEIGHT && flow.y > TOP + 0.01) {
          // A heading with the 落款 right after it (an empty last section): the last two lines of text go with them,
          // so the new page never holds only a heading and the 落款 (GB/T 9704 §7.3.5.5).
          if (doc.blocks[i + 1]?.kind === 'signature') carryToNewPage(flow, 2);
          else flow.newPage();
        }
        paragraph(flow, role, block.text, false);
        flow.recent = [];
        break;
      }
      case 'table': {
        flow.recent = [];
        const next = doc.blocks[i + 1];
        const keep = next?.kind === 'signature' ? (3 + signatureLines(flow, next)) * LINE_PITCH : 0;
        if (block.caption) caption(flow, block.caption, tableStartHeight(block, fonts));
        layoutTable(flow, fonts, block, keep);
        // Consecutive tables (表二's four parts) stack without a gap; text resumes on the grid.
        if (doc.blocks[i + 1]?.kind !== 'table') flow.snap();
        break;
      }
      case 'signature':
        signature(flow, block.agency, block.date);
        break;
    }
  });
  pageNumbers(flow);
  return flow.pages;
}
