// DOCX page setup and paragraph styles per GB/T 9704: 公文 font names (East-Asian apart from ASCII), sizes, fixed line pitch.
import { AlignmentType, LineRuleType, type IParagraphStyleOptions } from 'docx';

/** Twips (1/20 pt) from millimetres. */
export const mmToTwip = (mm: number): number => Math.round((mm * 72 * 20) / 25.4);

export const PAGE_TWIPS = { width: 11906, height: 16838 };
export const MARGIN_TWIPS = {
  top: mmToTwip(37),
  bottom: mmToTwip(35),
  left: mmToTwip(28),
  right: mmToTwip(26),
};
/** The 版心 width 156 mm in twips: table grids sum to this. */
export const BODY_TWIPS = PAGE_TWIPS.width - MARGIN_TWIPS.left - MARGIN_TWIPS.right;
/** The 版心 height (225 mm: 16838 − 2098 − 1984 = 12756 twips). */
export const TEXT_HEIGHT_TWIPS = PAGE_TWIPS.height - MARGIN_TWIPS.top - MARGIN_TWIPS.bottom;
/** 22 lines: 579 twips (22 × 579 = 12738 fits; 580 would not — Word would fit only 21). */
export const LINE_PITCH_TWIPS = Math.floor(TEXT_HEIGHT_TWIPS / 22);
/** One 三号 character (16 pt). */
export const CHAR_TWIPS = 320;
/** The character pitch of the 28-character grid: 8845 / 28 ≈ 315.9 twips. */
export const CHAR_PITCH_TWIPS = BODY_TWIPS / 28;
/**
 * `w:charSpace` of the docGrid: the pitch minus the default font size (16 pt) in 1/4096 pt, rounded down so that
 * Word's floor(width / pitch) is 28 and not 27.
 */
export const CHAR_SPACE = Math.floor(((CHAR_PITCH_TWIPS - CHAR_TWIPS) / 20) * 4096);

const latin = 'Times New Roman';
/**
 * Character spacing of 三号 text in twips. Our paragraphs are off the grid (LibreOffice reads a negative charSpace
 * as 20 characters a line), so the 28 characters come from spacing: 16 pt − 0.6 pt fits 28 and not 29 on the
 * 442 pt line in Word, WPS and LibreOffice alike (−0.2 pt, the exact pitch, leaves 27 in LibreOffice).
 */
export const SAN_SPACING = -12;

/** Latin for West, Chinese (PRC) for East-Asian text: Word's proofing and line breaking rules follow it. */
export const LANGUAGE = { value: 'en-US', eastAsia: 'zh-CN' } as const;

export const FONT = {
  title: { ascii: latin, hAnsi: latin, eastAsia: '方正小标宋简体', cs: latin },
  heading1: { ascii: latin, hAnsi: latin, eastAsia: '黑体', cs: latin },
  heading2: { ascii: latin, hAnsi: latin, eastAsia: '楷体_GB2312', cs: latin },
  body: { ascii: latin, hAnsi: latin, eastAsia: '仿宋_GB2312', cs: latin },
  table: { ascii: latin, hAnsi: latin, eastAsia: '宋体', cs: latin },
  pageNumber: { ascii: '宋体', hAnsi: '宋体', eastAsia: '宋体', cs: '宋体' },
} as const;

/** Half-points. */
export const HALF_POINTS = { er: 44, san: 32, si: 28, wu: 21, xiaowu: 18 } as const;

const exact = { line: LINE_PITCH_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

export const STYLE = {
  title: 'NbTitle',
  heading1: 'NbHeading1',
  heading2: 'NbHeading2',
  body: 'NbBody',
  table: 'NbTable',
  signature: 'NbSignature',
  caption: 'NbCaption',
  pageNumber: 'NbPageNumber',
} as const;

export const paragraphStyles: IParagraphStyleOptions[] = [
  {
    id: STYLE.body,
    name: '年报正文',
    basedOn: 'Normal',
    quickFormat: true,
    run: { font: FONT.body, size: HALF_POINTS.san, color: '000000', characterSpacing: SAN_SPACING },
    paragraph: {
      alignment: AlignmentType.JUSTIFIED,
      spacing: exact,
      indent: { firstLine: 2 * (CHAR_TWIPS + SAN_SPACING) },
    },
  },
  {
    id: STYLE.title,
    name: '年报标题',
    basedOn: 'Normal',
    next: STYLE.body,
    quickFormat: true,
    // Off the character grid: 二号 characters would otherwise take two 三号 cells each.
    run: { font: FONT.title, size: HALF_POINTS.er, color: '000000', snapToGrid: false },
    paragraph: { alignment: AlignmentType.CENTER, spacing: exact, keepNext: true },
  },
  {
    id: STYLE.heading1,
    name: '年报一级标题',
    basedOn: 'Normal',
    next: STYLE.body,
    quickFormat: true,
    run: { font: FONT.heading1, size: HALF_POINTS.san, color: '000000', characterSpacing: SAN_SPACING },
    paragraph: {
      spacing: exact,
      indent: { firstLine: 2 * (CHAR_TWIPS + SAN_SPACING) },
      keepNext: true,
      outlineLevel: 0,
    },
  },
  {
    id: STYLE.heading2,
    name: '年报二级标题',
    basedOn: 'Normal',
    next: STYLE.body,
    quickFormat: true,
    run: { font: FONT.heading2, size: HALF_POINTS.san, color: '000000', characterSpacing: SAN_SPACING },
    paragraph: {
      spacing: exact,
      indent: { firstLine: 2 * (CHAR_TWIPS + SAN_SPACING) },
      keepNext: true,
      outlineLevel: 1,
    },
  },
  {
    id: STYLE.table,
    name: '年报表格',
    basedOn: 'Normal',
    run: { font: FONT.table, size: HALF_POINTS.wu, color: '000000', snapToGrid: false },
    // Exact spacing: table text does not snap to the 22-line grid.
    paragraph: {
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0, line: 300, lineRule: LineRuleType.EXACT },
    },
  },
  {
    id: STYLE.signature,
    name: '年报落款',
    basedOn: 'Normal',
    run: { font: FONT.body, size: HALF_POINTS.san, color: '000000', characterSpacing: SAN_SPACING },
    paragraph: { alignment: AlignmentType.RIGHT, spacing: exact, keepNext: true, keepLines: true },
  },
  {
    id: STYLE.caption,
    name: '年报表题',
    basedOn: 'Normal',
    next: STYLE.table,
    run: { font: FONT.heading1, size: HALF_POINTS.san, color: '000000', characterSpacing: SAN_SPACING },
    paragraph: { alignment: AlignmentType.CENTER, spacing: exact, keepNext: true },
  },
  {
    id: STYLE.pageNumber,
    name: '年报页码',
    basedOn: 'Normal',
    run: { font: FONT.pageNumber, size: HALF_POINTS.si, color: '000000', snapToGrid: false },
    paragraph: { spacing: { before: 0, after: 0 } },
  },
];
