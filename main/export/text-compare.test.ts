// Nothing of the draft is dropped: the PDF (pdftotext), DOCX (document.xml, and LibreOffice → pdftotext -bbox) and
// HTML texts of the seeds and of stress drafts contain every source line; DOCX numbers are whole, inside the text area.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { normalizeHeading } from '../../shared/document/text';
import type { Draft } from '../../shared/draft/schema';
import { documentOf, render } from './render';
import { NAME_31, NAME_60, seedReport, sourceLines, stressDraft } from './test-support/drafts';
import { FONTS_DIR, libreofficeToPdf, run, tmpDir } from './test-support/tools';

jest.setTimeout(240_000);

const dir = tmpDir('nianbao-compare-');
const fonts = { searchDirs: [], bundledDir: FONTS_DIR };

/** Whitespace and page numbers (— 3 —, which pdftotext puts between a paragraph's lines) removed. */
const flat = (s: string): string => s.replace(/\s+/g, '').replace(/—\d+—/g, '');

async function docxText(bytes: Uint8Array): Promise<string> {
  const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'");
}

const htmlText = (html: string): string =>
  html
    .replace(/<style>[\s\S]*?<\/style>|<title>[\s\S]*?<\/title>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/** Source lines missing from an export's text (headings normalised as printed). */
function missing(d: Draft, text: string): string[] {
  const all = flat(text);
  return sourceLines(d).filter((l) => !all.includes(flat(normalizeHeading(l))));
}

const cases: [string, () => Promise<Draft>][] = [
  ['seed 000', () => seedReport('000')],
  ['seed 003', () => seedReport('003')],
  ['seed 004', () => seedReport('004')],
  ['31-character name', () => Promise.resolve(stressDraft(NAME_31))],
  ['60-character name', () => Promise.resolve(stressDraft(NAME_60))],
];

describe.each(cases)('%s', (name, load) => {
  let draft: Draft;
  beforeAll(async () => {
    draft = await load();
  });

  it('prints every line of the draft in the HTML and DOCX', async () => {
    const doc = documentOf(draft);
    const html = new TextDecoder().decode((await render(doc, 'html')).bytes);
    expect(missing(draft, htmlText(html))).toEqual([]);
    expect(missing(draft, await docxText((await render(doc, 'docx')).bytes))).toEqual([]);
  });

  it('prints every line of the draft in the PDF', async () => {
    const file = path.join(dir, `${name.replace(/\s/g, '-')}.pdf`);
    writeFileSync(file, (await render(documentOf(draft), 'pdf', fonts)).bytes);
    expect(missing(draft, run('pdftotext', ['-enc', 'UTF-8', file, '-']))).toEqual([]);
  });
});

describe('seed 004 as published', () => {
  it('keeps the 附表 heading, the table caption and the 2018年 column', async () => {
    const d = await seedReport('004');
    const html = htmlText(new TextDecoder().decode((await render(documentOf(d), 'html')).bytes));
    const t = flat(html);
    for (const s of [
      '（二）附表',
      '台江区上海街道政府信息公开情况统计表',
      '2018年历年累计',
      '邮编：350004',
    ].map(flat))
      expect(t).toContain(s);
  });
});

interface Word {
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
}

function words(bbox: string): Word[] {
  return [
    ...bbox.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g),
  ].map((m) => ({ xMin: Number(m[1]), xMax: Number(m[2]), text: m[3] ?? '' }));
}

describe('DOCX through LibreOffice (pdftotext -bbox)', () => {
  const LEFT = (28 * 72) / 25.4;
  const RIGHT = 595.28 - (26 * 72) / 25.4;

  it.each([
    ['31', NAME_31],
    ['60', NAME_60],
  ])(
    'keeps a %s-character name and 7-digit counts inside the text area, numbers whole',
    async (n, agency) => {
      const file = path.join(dir, `stress-${n}.docx`);
      const doc = documentOf(stressDraft(agency));
      writeFileSync(file, (await render(doc, 'docx')).bytes);
      const pdf = libreofficeToPdf(file, dir);
      const ws = words(run('pdftotext', ['-bbox', pdf, '-']));
      const outside = ws.filter((w) => w.xMin < LEFT - 1.5 || w.xMax > RIGHT + 1.5);
      expect(outside.map((w) => w.text)).toEqual([]);
      // every figure of 表三 (7 and 8 digits) and 表四 (5 digits) is one word, never "1234 / 567"
      const printed = new Map<string, number>();
      for (const w of ws) printed.set(w.text, (printed.get(w.text) ?? 0) + 1);
      const figures = new Map<string, number>();
      for (const b of doc.blocks)
        if (b.kind === 'table' && (b.id === 't3' || b.id === 't4'))
          for (const c of b.bodyRows.flat())
            if (c.role === 'value' && c.text) figures.set(c.text, (figures.get(c.text) ?? 0) + 1);
      expect(figures.get('1234567')).toBeGreaterThan(20);
      const broken = [...figures].filter(([v, count]) => (printed.get(v) ?? 0) < count).map(([v]) => v);
      expect(broken).toEqual([]);
    },
  );
});
