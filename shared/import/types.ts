// Types of the import pipeline: the reader-neutral source document and the import report handed to the clerk.
import type { CellKey, FormatId } from '../formats/types';

/** A grid cell as a reader saw it; `span` marks the continuation of a merged cell (row = rowspan, col = colspan). */
export interface SourceCell {
  readonly text: string;
  readonly span?: 'row' | 'col';
  /** Digits of possibly several cells run together (a page flattened to text): split by the table's identities. */
  readonly joined?: boolean;
}

/**
 * What a reader hands over: text lines (a .txt line, an HTML/DOCX paragraph) and tables whose structure was kept
 * (HTML/DOCX grids with spans expanded).
 */
export type SourceBlock =
  | { readonly kind: 'line'; readonly text: string }
  | { readonly kind: 'table'; readonly rows: readonly (readonly SourceCell[])[] };

export interface SourceDoc {
  /** Where the text came from: text, html, docx, pdf. */
  readonly origin: 'text' | 'html' | 'docx' | 'pdf';
  readonly blocks: readonly SourceBlock[];
}

/** A cell the importer could not read with certainty (需核对), with the text it saw there. */
export interface UnresolvedCell {
  readonly cell: CellKey;
  /** 表三 一、本年新收政府信息公开申请数量 自然人 */
  readonly label: string;
  readonly reason: string;
  readonly source: string;
  /** Values the printed text allows for this cell (figures run together with several valid splits). */
  readonly candidates?: readonly number[];
  /**
   * The whole row's readings that the table's identities leave (at most MAX_READINGS), input cells only: the clerk
   * picks one in the editor instead of typing the row.
   */
  readonly readings?: readonly Readonly<Record<CellKey, number>>[];
}

/** A blank cell filled from the table's own totals because only one value is possible. */
export interface DerivedCell {
  readonly cell: CellKey;
  readonly label: string;
  readonly value: number;
  readonly reason: string;
  readonly source: string;
}

/** A row whose figures were run together and split by the table's identities (one split only). */
export interface SplitRow {
  readonly tableId: string;
  readonly rowKey: string;
  readonly label: string;
  readonly source: string;
  readonly values: readonly number[];
  /** The digits could be cut into the row's cells one way only (as many digits as cells): read as printed (逐位). */
  readonly forced?: boolean;
}

/** 空白即 0: the empty cells of a table read as 0 because its printed totals add up with them as 0. */
export interface BlankZero {
  readonly tableId: string;
  readonly cells: readonly CellKey[];
  /** One line for the clerk: the convention and the evidence. */
  readonly reason: string;
}

export interface TableConfidence {
  readonly tableId: string;
  readonly name: string;
  /** Input and printed computed cells of the table. */
  readonly cells: number;
  readonly read: number;
  readonly derived: number;
  readonly unresolved: number;
  /** (read + derived) / cells, 0…1. */
  readonly confidence: number;
}

export interface ImportReport {
  readonly fileName: string;
  readonly origin: SourceDoc['origin'] | 'draft';
  readonly formatId: FormatId;
  /** Why this format: the markers found (formats.md §1.1) or the year. */
  readonly formatReason: string;
  readonly year: number;
  readonly yearSource: string;
  readonly agency: string;
  readonly agencySource: string;
  /** Section ids whose heading was found. */
  readonly sectionsFound: readonly string[];
  readonly tables: readonly TableConfidence[];
  readonly unresolved: readonly UnresolvedCell[];
  readonly derived: readonly DerivedCell[];
  readonly split: readonly SplitRow[];
  /** Empty cells read as 0 (counted as read), per table, with the evidence. */
  readonly blankZero: readonly BlankZero[];
  /** Other observations for the clerk (renumbered headings, conversions, extra figures …). */
  readonly notes: readonly string[];
  /** Problems the normal checks find in the imported report (errors printed in the published report). */
  readonly issues: {
    readonly errors: number;
    readonly warnings: number;
    readonly messages: readonly string[];
  };
}
