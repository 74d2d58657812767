// DOCX of the seed-003 report: the XML carries 公文 fonts, margins, grids and merges; LibreOffice converts it with the same figures.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { documentOf } from '../render';
import { libreofficeToPdf, run, seedDraft, tmpDir } from '../test-support/tools';
import { Packer } from 'docx';
import { FONT_TABLE, finishPackage } from './package';
import { BODY_TWIPS, CHAR_SPACE, LINE_PITCH_TWIPS, TEXT_HEIGHT_TWIPS } from './styles';
import { buildDocx, docxCompiler, writeDocx } from './writer';

jest.setTimeout(120_000);

const dir = tmpDir();
const docxPath = path.join(dir, 'seed-003.docx');
let documentXml = '';
let stylesXml = '';
let settingsXml = '';
let footers: string[] = [];
let fontTableXml = '';
let coreXml = '';

beforeAll(async () => {
  const bytes = await writeDocx(documentOf(seedDraft()));
  writeFileSync(docxPath, bytes);
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  documentXml = await read('word/document.xml');
  stylesXml = await read('word/styles.xml');
  settingsXml = await read('word/settings.xml');
  fontTableXml = await read('word/fontTable.xml');
  coreXml = await read('docProps/core.xml');
  footers = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^word\/footer\d*\.xml$/.test(n))
      .map(read),
  );
});

const attr = (xml: string, tag: string, name: string): string[] =>
  [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`, 'g'))].map((m) => m[1] ?? '');

describe('seed-003 DOCX XML', () => {
  it('sets A4 and the 公文 margins (37/35/28/26 mm) on the 22 × 28 grid', () => {
    // 22 lines fit the text height (580 would leave 21), 28 characters of 16 pt − 0.2 pt fit the 8845-twip line
    expect(22 * LINE_PITCH_TWIPS).toBeLessThanOrEqual(TEXT_HEIGHT_TWIPS);
    expect(23 * LINE_PITCH_TWIPS).toBeGreaterThan(TEXT_HEIGHT_TWIPS);
    const pitchPt = 16 + CHAR_SPACE / 4096;
    expect(Math.floor(BODY_TWIPS / 20 / pitchPt)).toBe(28);
    expect(/w:styleId="NbBody"[\s\S]*?<w:spacing[^>]*w:line="579" w:lineRule="exact"/.test(stylesXml)).toBe(
      true,
    );
    expect(/<w:pgSz[^>]*w:w="11906"[^>]*w:h="16838"/.test(documentXml)).toBe(true);
    expect(
      /<w:pgMar[^>]*w:top="2098"[^>]*w:right="1474"[^>]*w:bottom="1984"[^>]*w:left="1587"/.test(documentXml),
    ).toBe(true);
    expect(documentXml).toContain('<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-842"/>');
  });

  it('has a font table with fallbacks, Chinese defaults, no built-in blue styles, and names its author', () => {
    for (const f of FONT_TABLE) expect(fontTableXml).toContain(`<w:font w:name="${f.name}">`);
    expect(fontTableXml).toContain('<w:altName w:val="仿宋"/>');
    expect(stylesXml).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="仿宋_GB2312"[\s\S]*<\/w:docDefaults>/);
    expect(stylesXml).toMatch(
      /<w:docDefaults>[\s\S]*<w:lang [^>]*w:eastAsia="zh-CN"[\s\S]*<\/w:docDefaults>/,
    );
    expect(stylesXml).not.toMatch(/w:styleId="(Heading\d|Title)"/);
    expect(coreXml).not.toContain('Un-named');
    expect(coreXml).toContain(
      '<cp:lastModifiedBy>石柱土家族自治县人民政府南宾街道办事处</cp:lastModifiedBy>',
    );
  });

  it('names the East-Asian 公文 fonts apart from the ASCII font in its own styles', () => {
    const eastAsia = new Set(attr(stylesXml, 'w:rFonts', 'w:eastAsia'));
    for (const f of ['方正小标宋简体', '黑体', '楷体_GB2312', '仿宋_GB2312', '宋体'])
      expect(eastAsia).toContain(f);
    expect(
      /w:styleId="NbBody"[\s\S]*?w:ascii="Times New Roman"[^>]*w:eastAsia="仿宋_GB2312"/.test(stylesXml),
    ).toBe(true);
    expect(/w:styleId="NbBody"[\s\S]*?<w:ind[^>]*w:firstLine="616"/.test(stylesXml)).toBe(true);
    expect(/w:styleId="NbBody"[\s\S]*?<w:sz w:val="32"\/>/.test(stylesXml)).toBe(true);
    expect(/w:styleId="NbTitle"[\s\S]*?<w:sz w:val="44"\/>/.test(stylesXml)).toBe(true);
    // own heading styles, not docx's blue built-in ones
    expect(/w:pStyle w:val="Heading\d"/.test(documentXml)).toBe(false);
    expect(documentXml.includes('<w:pStyle w:val="NbHeading1"/>')).toBe(true);
  });

  it('gives every table an explicit grid summing to the 版心 width, fixed layout, and cell widths', () => {
    const grids = [...documentXml.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)].map((m) =>
      attr(m[1] ?? '', 'w:gridCol', 'w:w').map((v) => Number.parseInt(v, 10)),
    );
    // 表二's four parts share one grid (single rules that line up), then 表三 and 表四
    expect(grids).toHaveLength(3);
    for (const g of grids) expect(g.reduce((s, v) => s + v, 0)).toBe(BODY_TWIPS);
    expect(grids.map((g) => g.length)).toEqual([4, 10, 15]);
    expect(documentXml.match(/<w:tblLayout w:type="fixed"\/>/g)).toHaveLength(3);
    // 表三's value columns are equal (to rounding)
    const t3 = (grids[1] ?? []).slice(3);
    expect(Math.max(...t3) - Math.min(...t3)).toBeLessThanOrEqual(10);
    expect(/<w:tcW w:type="auto"/.test(documentXml)).toBe(false);
  });

  it('merges table 三 and 四 headers and row groups as the official tables do', () => {
    const t3 = documentXml.slice(
      documentXml.indexOf('本列数据的勾稽关系') - 2000,
      documentXml.indexOf('结转下年度继续办理'),
    );
    expect(t3.includes('<w:gridSpan w:val="7"/>')).toBe(true); // 申请人情况
    expect(t3.includes('<w:gridSpan w:val="5"/>')).toBe(true); // 法人或其他组织
    // restarts: corner, 自然人, 总计, 三、, （三）, （四）, （五）, （六）
    expect(documentXml.match(/<w:vMerge w:val="restart"\/>/g)).toHaveLength(9);
    expect(documentXml.match(/<w:tblHeader\/>/g)?.length).toBe(3 + 3);
    expect(documentXml.includes('<w:gridSpan w:val="10"/>')).toBe(true); // 行政诉讼
  });

  it('has odd/even page-number footers "— PAGE —"', () => {
    expect(settingsXml.includes('<w:evenAndOddHeaders/>')).toBe(true);
    expect(footers.length).toBeGreaterThanOrEqual(2);
    for (const f of footers) expect(f).toMatch(/—[\s\S]*PAGE[\s\S]*—/);
    expect(footers.some((f) => f.includes('<w:jc w:val="right"/>'))).toBe(true);
    expect(footers.some((f) => f.includes('<w:jc w:val="left"/>'))).toBe(true);
  });
});

describe('LibreOffice round trip', () => {
  it('converts the DOCX to PDF and pdftotext shows the same table-三 figures and headings', () => {
    const pdf = libreofficeToPdf(docxPath, dir);
    const text = run('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('三、收到和处理政府信息公开申请情况');
    expect(flat).toContain('2025年1月20日');
    const start = text.indexOf('一、本年新收政府信息公开申请数量');
    const end = text.indexOf('四、政府信息公开行政复议');
    const figures = (text.slice(start, end).match(/^\d+$/gm) ?? []).map(Number);
    expect(figures).toHaveLength(175);
    expect(figures.reduce((s, v) => s + v, 0)).toBe(4 + 4 + 2 + 2 + 1 + 1 + 1 + 1 + 4 + 4);
    const fonts = run('pdffonts', [pdf]);
    expect(fonts).toContain('FandolFang');
  });
});

describe('packaging', () => {
  it('zips docx’s compiled parts itself, with the same parts as Packer’s own zip edited afterwards', async () => {
    expect(docxCompiler).toBeDefined();
    const doc = documentOf(seedDraft());
    const ours = await JSZip.loadAsync(await writeDocx(doc), { checkCRC32: true });
    const buf = await Packer.toBuffer(buildDocx(doc));
    const theirs = await JSZip.loadAsync(finishPackage(new Uint8Array(buf)), { checkCRC32: true });
    const names = (z: JSZip) =>
      Object.values(z.files)
        .filter((f) => !f.dir)
        .map((f) => f.name);
    expect(names(ours)).toEqual(names(theirs));
    for (const name of names(theirs)) {
      // docProps/core.xml holds the time of writing.
      if (name === 'docProps/core.xml') continue;
      expect([name, await ours.file(name)?.async('string')]).toEqual([
        name,
        await theirs.file(name)?.async('string'),
      ]);
    }
  });
});
