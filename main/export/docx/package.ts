// Finishes the docx package: a font table with fallbacks for the 公文 fonts, no unused built-in styles, the
// title, table and page-number paragraphs off the line grid.
import { STYLE } from './styles';
import { editZipText, zipParts } from './zip-edit';

interface FontEntry {
  readonly name: string;
  /** What Word and WPS use when the font is not installed. */
  readonly altName?: string;
  readonly panose: string;
  readonly charset: string;
  readonly family: 'roman' | 'modern' | 'swiss' | 'auto';
  readonly pitch: 'fixed' | 'variable';
}

/** The fonts the styles name, with the PANOSE and family of the Windows/WPS faces (matched by Word when absent). */
export const FONT_TABLE: readonly FontEntry[] = [
  {
    name: 'Times New Roman',
    panose: '02020603050405020304',
    charset: '00',
    family: 'roman',
    pitch: 'variable',
  },
  {
    name: '仿宋_GB2312',
    altName: '仿宋',
    panose: '02010609030101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  },
  {
    name: '楷体_GB2312',
    altName: '楷体',
    panose: '02010609030101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  },
  {
    name: '方正小标宋简体',
    altName: '宋体',
    panose: '02000000000000000000',
    charset: '86',
    family: 'auto',
    pitch: 'variable',
  },
  {
    name: '黑体',
    altName: 'SimHei',
    panose: '02010609060101010101',
    charset: '86',
    family: 'modern',
    pitch: 'fixed',
  },
  {
    name: '宋体',
    altName: 'SimSun',
    panose: '02010600030101010101',
    charset: '86',
    family: 'auto',
    pitch: 'variable',
  },
];

const fontXml = (f: FontEntry): string =>
  `<w:font w:name="${f.name}">` +
  (f.altName ? `<w:altName w:val="${f.altName}"/>` : '') +
  `<w:panose1 w:val="${f.panose}"/><w:charset w:val="${f.charset}"/>` +
  `<w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`;

/** Built-in styles docx always writes (blue headings, Title…) that no paragraph of the report uses. */
const UNUSED_STYLES = /<w:style w:type="paragraph" w:styleId="(Title|Heading\d)">[\s\S]*?<\/w:style>/g;

/**
 * Widow control in every style: no line of a paragraph alone at a page's foot or head, so the text kept with the
 * 落款 brings at least two lines. Every paragraph style is off the grid ("snap to grid" off): exact line spacing of one pitch keeps the lines on the
 * 22-line grid, character spacing gives 28 a line; the docGrid still records 22 × 28 for Word's page setup.
 * (On the grid, LibreOffice lays 20 characters a line and 二号 titles or 五号 tables take two cells a character.)
 */
const OFF_GRID = Object.values(STYLE);

function offGrid(styles: string): string {
  let out = styles;
  for (const id of OFF_GRID) {
    out = out.replace(
      new RegExp(`(<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?<w:pPr>[\\s\\S]*?)(<w:spacing )`),
      '$1<w:widowControl/><w:snapToGrid w:val="0"/>$2',
    );
  }
  return out;
}

function fillFontTable(xml: string): string {
  const entries = FONT_TABLE.map(fontXml).join('');
  return /<w:fonts\b[^>]*\/>/.test(xml)
    ? xml.replace(/<w:fonts\b([^>]*)\/>/, `<w:fonts$1>${entries}</w:fonts>`)
    : xml.replace('</w:fonts>', `${entries}</w:fonts>`);
}

const EDITS: Readonly<Record<string, (xml: string) => string>> = {
  'word/fontTable.xml': fillFontTable,
  'word/styles.xml': (xml) => offGrid(xml.replace(UNUSED_STYLES, '')),
};

/** The package from docx's compiled parts (path → XML text or bytes, in zip order), the two parts edited. */
export function packageParts(parts: ReadonlyMap<string, string | Uint8Array>): Uint8Array {
  return zipParts(
    [...parts].map(([name, content]) => {
      const edit = EDITS[name];
      return [name, edit && typeof content === 'string' ? edit(content) : content] as const;
    }),
  );
}

/** Edits the two parts of a zipped package in place; every other part keeps the bytes docx compressed. */
export function finishPackage(bytes: Uint8Array): Uint8Array {
  return editZipText(bytes, EDITS);
}
