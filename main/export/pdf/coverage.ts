// Glyph coverage before layout: characters no font can draw are named in a warning and printed as 〓, never as a box.
import type { DocBlock, DocCell, DocumentModel } from '../../../shared/document';
import type { FontRole } from './font-files';
import type { FontSet } from './fonts';

/** The customary mark for a missing character in Chinese typesetting (GB2312 A1FE). */
export const MISSING_MARK = '〓';

export interface Coverage {
  readonly doc: DocumentModel;
  /** Characters no font covers, in order of first appearance. */
  readonly missing: readonly string[];
}

/** The warning a clerk sees for `missing` characters, or null. */
export function missingWarning(missing: readonly string[]): string | null {
  if (missing.length === 0) return null;
  const codes = missing.map((c) => `${c}（U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase()}）`);
  return `字体中没有以下字符，PDF 中以“${MISSING_MARK}”代替，请改用常用字或手工补写：${codes.join('、')}`;
}

export function checkCoverage(doc: DocumentModel, fonts: FontSet): Coverage {
  const missing = new Set<string>();
  const fix = (text: string, role: FontRole): string => {
    let out = '';
    let changed = false;
    for (const ch of text) {
      if (/\s/u.test(ch) || fonts.face(role).has(ch) || fonts.fallback.has(ch)) out += ch;
      else {
        missing.add(ch);
        out += MISSING_MARK;
        changed = true;
      }
    }
    return changed ? out : text;
  };
  const cells = (rows: readonly (readonly DocCell[])[]) =>
    rows.map((row) => row.map((c) => ({ ...c, text: fix(c.text, 'table') })));
  const block = (b: DocBlock): DocBlock => {
    switch (b.kind) {
      case 'heading':
        return { ...b, text: fix(b.text, b.level === 1 ? 'heading1' : 'heading2') };
      case 'paragraph':
        return { ...b, text: fix(b.text, 'body') };
      case 'table':
        return { ...b, headerRows: cells(b.headerRows), bodyRows: cells(b.bodyRows) };
      case 'signature':
        return { ...b, agency: fix(b.agency, 'body'), date: fix(b.date, 'body') };
    }
  };
  const out: DocumentModel = {
    ...doc,
    titleLines: doc.titleLines.map((t) => fix(t, 'title')),
    blocks: doc.blocks.map(block),
  };
  return { doc: missing.size > 0 ? out : doc, missing: [...missing] };
}
