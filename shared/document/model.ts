// The neutral document model every writer (PDF, DOCX, HTML) consumes: title, blocks, tables with spans, signature.

export type CellAlign = 'left' | 'center' | 'right';

/** One printed table cell, placed where it starts (HTML-style); later rows skip the slots it covers. */
export interface DocCell {
  readonly text: string;
  readonly colSpan: number;
  readonly rowSpan: number;
  readonly align: CellAlign;
  /** Header cells (th) and row labels (stub) are distinguished for semantics and styling. */
  readonly role: 'header' | 'stub' | 'value';
}

export interface DocTable {
  readonly kind: 'table';
  readonly id: string;
  /** Accessible name: 表二（第二十条第（一）项）, 表三 … */
  readonly name: string;
  /** Relative widths of the printed grid columns (sum is irrelevant; writers scale them to the text width). */
  readonly columnWeights: readonly number[];
  /** Header rows, repeated at the top of each page when the table breaks. */
  readonly headerRows: readonly (readonly DocCell[])[];
  readonly bodyRows: readonly (readonly DocCell[])[];
  /** Many narrow columns (表四): writers print it a size smaller. */
  readonly dense: boolean;
  /** A title printed centred above the table (the pre-2019 <机关>政府信息公开情况统计表); absent for most tables. */
  readonly caption?: string;
}

export interface DocHeading {
  readonly kind: 'heading';
  /** 1 = 一、… (黑体), 2 = （一）… (楷体) */
  readonly level: 1 | 2;
  readonly text: string;
}

export interface DocParagraph {
  readonly kind: 'paragraph';
  readonly text: string;
}

export interface DocSignature {
  readonly kind: 'signature';
  /** 发文机关署名 (may be empty). */
  readonly agency: string;
  /** 成文日期 as printed: 2025年1月20日 (never empty: without a date no 落款 is printed). */
  readonly date: string;
  /**
   * The 署名 wrapped at word boundaries (after 市/县/街道…) into lines that fit right of the text area's first two
   * characters; one line for usual names. Writers print these lines instead of `agency` when present.
   */
  readonly agencyLines?: readonly string[];
}

export type DocBlock = DocHeading | DocParagraph | DocTable | DocSignature;

export interface DocumentModel {
  /** Full title on one line: <机关名称><年度>年政府信息公开工作年度报告 */
  readonly title: string;
  /**
   * The title as printed: the agency wrapped at word boundaries into lines of at most 20 二号 characters (the
   * text width), then `<年度>年政府信息公开工作年度报告`.
   */
  readonly titleLines: readonly string[];
  readonly agency: string;
  readonly year: number;
  readonly blocks: readonly DocBlock[];
}
