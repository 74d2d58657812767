// PDF of the seed-003 report, checked with poppler: text, fonts, page size, and ink in every glyph box of sample lines.
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { documentOf } from '../render';
import { inkIn, rasterize } from '../test-support/ink';
import { run, seedDraft, tmpDir } from '../test-support/tools';
import { loadFontSet } from './fonts';
import { layoutDocument } from './layout';
import type { LaidPage, TextOp } from './ops';
import { writePdf } from './writer';

jest.setTimeout(60_000);

const fonts = loadFontSet({ searchDirs: [] });
const draft = seedDraft();
const doc = documentOf(draft);
const dir = tmpDir();
const pdfPath = path.join(dir, 'seed-003.pdf');
let pages = 0;
let size = 0;
let text = '';

beforeAll(async () => {
  const out = await writePdf(doc, fonts);
  writeFileSync(pdfPath, out.bytes);
  pages = out.pages;
  size = out.bytes.length;
  text = run('pdftotext', ['-enc', 'UTF-8', pdfPath, '-']);
});

/** Text without line breaks and spaces, so phrases wrapped across lines are found. */
const flat = () => text.replace(/\s+/g, '');

describe('seed-003 PDF', () => {
  it('is A4 (595×842 pt) on every page and small', () => {
    const info = run('pdfinfo', ['-f', '1', '-l', String(pages), pdfPath]);
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => [
      Math.round(Number.parseFloat(m[1] ?? '0')),
      Math.round(Number.parseFloat(m[2] ?? '0')),
    ]);
    expect(sizes).toHaveLength(pages);
    for (const s of sizes) expect(s).toEqual([595, 842]);
    expect(size).toBeLessThan(1024 * 1024);
  });

  it('embeds every font (as a subset of the glyphs used)', () => {
    const lines = run('pdffonts', [pdfPath]).trim().split('\n').slice(2);
    expect(lines.length).toBeGreaterThanOrEqual(4);
    for (const l of lines) expect(l).toMatch(/\s(CID Type 0C|CID TrueType)\s+Identity-H\s+yes\s+\S+\s+yes/);
  });

  it('names every subset with a six-letter tag (ABCDEF+Name), which poppler reports as a subset', () => {
    const lines = run('pdffonts', [pdfPath]).trim().split('\n').slice(2);
    for (const l of lines) expect(l).toMatch(/^[A-Z]{6}\+\S+\s+CID Type 0C\s+Identity-H\s+yes\s+yes\s+yes/);
    const tags = lines.map((l) => l.slice(0, 6));
    expect(new Set(tags).size).toBe(tags.length);
  });

  it('has the title, agency, every heading and the date as extractable text', () => {
    const t = flat();
    expect(t).toContain('石柱土家族自治县人民政府南宾街道办事处');
    expect(t).toContain('2024年政府信息公开工作年度报告');
    for (const h of [
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]) {
      expect(t).toContain(h);
    }
    expect(t).toContain('2025年1月20日');
    expect(t).toContain('政务公开栏14个');
    expect(t).toMatch(/—\s*1\s*—/);
  });

  it('prints every figure of table 三 in row order', () => {
    const start = text.indexOf('一、本年新收政府信息公开申请数量');
    const end = text.indexOf('四、政府信息公开行政复议');
    expect(start).toBeGreaterThan(0);
    const table = text.slice(start, end);
    const figures = (table.match(/^\d+$/gm) ?? []).join(' ');
    const expected = [
      '4 0 0 0 0 0 4', // 一、本年新收
      '0 0 0 0 0 0 0', // 二、上年结转
      '2 0 0 0 0 0 2', // （一）予以公开
      ...Array<string>(9).fill('0 0 0 0 0 0 0'), // （二） and （三）1–8
      '1 0 0 0 0 0 1', // （四）1 不掌握
      ...Array<string>(7).fill('0 0 0 0 0 0 0'), // （四）2–3, （五）1–5
      '1 0 0 0 0 0 1', // （六）1 逾期不补正
      ...Array<string>(2).fill('0 0 0 0 0 0 0'), // （六）2–3
      '4 0 0 0 0 0 4', // （七）总计
      '0 0 0 0 0 0 0', // 四、结转下年度
    ].join(' ');
    expect(figures).toBe(expected);
  });

  it('inks every glyph box of sample lines (title, body, table) and leaves the margin blank', () => {
    const laid = layoutDocument(doc, fonts);
    const checkLine = (pageNo: number, pick: (ops: TextOp[]) => TextOp | undefined) => {
      const page = laid[pageNo - 1] as LaidPage;
      const op = pick(page.ops.filter((o): o is TextOp => o.kind === 'text'));
      if (!op) throw new Error(`no sample line on page ${pageNo}`);
      const r = rasterize(pdfPath, pageNo, dir);
      let x = op.x;
      const empty: string[] = [];
      for (const ch of op.text) {
        const adv = op.face.advance(ch) * op.size;
        if (ch.trim() && inkIn(r, x, op.y - 0.9 * op.size, adv, 1.05 * op.size) < 3) empty.push(ch);
        x += adv + op.spacing;
      }
      expect(empty).toEqual([]);
      return r;
    };
    const r1 = checkLine(1, (ops) => ops.find((o) => o.text.startsWith('石柱')));
    checkLine(1, (ops) => ops.find((o) => o.text.startsWith('根据')));
    const t3Page =
      laid.findIndex((p) => p.ops.some((o) => o.kind === 'text' && o.text.startsWith('一、本年新收'))) + 1;
    checkLine(t3Page, (ops) => ops.find((o) => o.text.startsWith('一、本年新收')));
    // negative control: the left margin holds no ink
    expect(inkIn(r1, 5, 200, 60, 400)).toBe(0);
  });

  it('repeats table 三’s header rows on the page the table continues on', () => {
    const laid = layoutDocument(doc, fonts);
    const headerPages = laid
      .map((p, i) => (p.ops.some((o) => o.kind === 'text' && o.text.startsWith('申请人情况')) ? i : -1))
      .filter((i) => i >= 0);
    const rowPages = new Set(
      laid
        .map((p, i) =>
          p.ops.some((o) => o.kind === 'text' && /^[（(]七[)）]总计$|^四、结转下年度/.test(o.text)) ? i : -1,
        )
        .filter((i) => i >= 0),
    );
    for (const p of rowPages) expect(headerPages).toContain(p);
  });

  it('puts page numbers "— N —" right on odd pages and left on even pages', () => {
    const laid = layoutDocument(doc, fonts);
    laid.forEach((p, i) => {
      const num = p.ops.find((o): o is TextOp => o.kind === 'text' && o.text === `— ${i + 1} —`);
      expect(num).toBeDefined();
      if (num) expect(num.x > 297).toBe(i % 2 === 0);
    });
  });
});

describe('fallback font', () => {
  it('draws characters outside GB2312 (喆 堃 镕) with the fallback face, inked', async () => {
    const d = seedDraft();
    d.texts.s6 = '联系人：王喆、李堃、张镕。';
    const out = await writePdf(documentOf(d), fonts);
    const file = path.join(dir, 'fallback.pdf');
    writeFileSync(file, out.bytes);
    expect(run('pdffonts', [file])).toContain('NotoSerifCJKsc');
    expect(run('pdftotext', ['-enc', 'UTF-8', file, '-']).replace(/\s+/g, '')).toContain(
      '联系人：王喆、李堃、张镕。',
    );
    const laid = layoutDocument(documentOf(d), fonts);
    const pageIdx = laid.findIndex((p) => p.ops.some((o) => o.kind === 'text' && o.text === '喆'));
    expect(pageIdx).toBeGreaterThanOrEqual(0);
    const r = rasterize(file, pageIdx + 1, dir);
    for (const o of laid[pageIdx]?.ops ?? []) {
      if (o.kind === 'text' && /^[喆堃镕]$/.test(o.text)) {
        expect(o.face).toBe(fonts.fallback);
        expect(
          inkIn(r, o.x, o.y - 0.9 * o.size, o.face.advance(o.text) * o.size, 1.05 * o.size),
        ).toBeGreaterThan(5);
      }
    }
  });
});

describe('supplementary-plane characters (通用规范汉字表)', () => {
  it('draws 𬌗 𬇙 𫓧 with the fallback face, inked, extractable, and emboldens them in the title', async () => {
    const d = seedDraft();
    d.agency = '𬌗𬇙镇人民政府';
    d.texts.s6 = '经办人：王𫓧、赵𬇙。';
    const doc2 = documentOf(d);
    const out = await writePdf(doc2, fonts);
    expect(out.warnings).toEqual([]);
    const file = path.join(dir, 'supplementary.pdf');
    writeFileSync(file, out.bytes);
    const flatText = run('pdftotext', ['-enc', 'UTF-8', file, '-']).replace(/\s+/g, '');
    expect(flatText).toContain('𬌗𬇙镇人民政府');
    expect(flatText).toContain('经办人：王𫓧、赵𬇙。');
    const laid = layoutDocument(doc2, fonts);
    const rare = laid[0]?.ops.find((o): o is TextOp => o.kind === 'text' && o.text.startsWith('𬌗'));
    if (!rare) throw new Error('no title run with 𬌗');
    expect(rare.face).toBe(fonts.fallback);
    expect(rare.bold).toBe(true);
    const r = rasterize(file, 1, dir);
    let x = rare.x;
    for (const ch of rare.text) {
      const adv = rare.face.advance(ch) * rare.size;
      expect(inkIn(r, x, rare.y - 0.9 * rare.size, adv, 1.05 * rare.size)).toBeGreaterThan(5);
      x += adv + rare.spacing;
    }
  });

  it('prints a character no font has as 〓 and names it in a warning', async () => {
    const d = seedDraft();
    d.texts.s6 = '自造字：\ue000。';
    const out = await writePdf(documentOf(d), fonts);
    expect(out.missing).toEqual(['\ue000']);
    expect(out.warnings[0]).toMatch(/^字体中没有以下字符.*U\+E000/);
    const file = path.join(dir, 'missing.pdf');
    writeFileSync(file, out.bytes);
    expect(run('pdftotext', ['-enc', 'UTF-8', file, '-']).replace(/\s+/g, '')).toContain('自造字：〓。');
  });
});

const DROID = '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf';

describe('installed TrueType 公文 font', () => {
  // Debian's Droid Sans Fallback stands in for a clerk's simfang.ttf (TrueType outlines, subset the same way).
  (existsSync(DROID) ? it : it.skip)(
    'embeds an installed TrueType face as a CID TrueType subset with inked glyphs',
    async () => {
      const fontDir = tmpDir();
      copyFileSync(DROID, path.join(fontDir, 'simfang.ttf'));
      const ttFonts = loadFontSet({ searchDirs: [fontDir] });
      expect(ttFonts.face('body').source).toBe('installed');
      const out = await writePdf(doc, ttFonts);
      const file = path.join(dir, 'truetype.pdf');
      writeFileSync(file, out.bytes);
      expect(run('pdffonts', [file])).toMatch(/DroidSansFallback\S*\s+CID TrueType\s+Identity-H\s+yes/);
      const laid = layoutDocument(doc, ttFonts);
      const op = laid[0]?.ops.find((o): o is TextOp => o.kind === 'text' && o.text.startsWith('根据'));
      if (!op) throw new Error('no body line');
      const r = rasterize(file, 1, dir);
      let x = op.x;
      const empty: string[] = [];
      for (const ch of op.text) {
        const adv = op.face.advance(ch) * op.size;
        if (ch.trim() && inkIn(r, x, op.y - 0.9 * op.size, adv, 1.05 * op.size) < 3) empty.push(ch);
        x += adv + op.spacing;
      }
      expect(empty).toEqual([]);
    },
  );
});
