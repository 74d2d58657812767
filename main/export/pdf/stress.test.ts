// PDF layout under stress (issue 16): long names, 7-digit counts, URLs and English, text ending on every line of a
// page, split tables; checked through `pdftotext -bbox` and on the laid-out drawing operations.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Draft } from '../../../shared/draft/schema';
import { importFile } from '../../import';
import { documentOf } from '../render';
import { run, seedDraft, tmpDir } from '../test-support/tools';
import { checkCoverage, MISSING_MARK } from './coverage';
import { loadFontSet } from './fonts';
import { layoutDocument } from './layout';
import type { LaidPage, RectOp, TextOp } from './ops';
import { BODY_HEIGHT, PAGE, SIZE } from './page-setup';
import { ENGLISH, NAME_31, NAME_60, PHONE, stressCases } from './stress-drafts';
import { writePdf } from './writer';

jest.setTimeout(180_000);

const fonts = loadFontSet({ searchDirs: [] });
const dir = tmpDir('nianbao-stress-');
const LEFT = PAGE.marginLeft;
const RIGHT = PAGE.width - PAGE.marginRight;
const TOP = PAGE.marginTop;
const BOTTOM = PAGE.height - PAGE.marginBottom;

interface Word {
  readonly page: number;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  readonly text: string;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

function words(pdf: string): Word[] {
  const xml = run('pdftotext', ['-bbox', pdf, '-']);
  const out: Word[] = [];
  xml
    .split('<page ')
    .slice(1)
    .forEach((p, i) => {
      for (const m of p.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<\/word>/g,
      )) {
        const [x0, y0, x1, y1] = [m[1], m[2], m[3], m[4]].map((v) => Number.parseFloat(v ?? '0'));
        out.push({
          page: i + 1,
          x0: x0 ?? 0,
          y0: y0 ?? 0,
          x1: x1 ?? 0,
          y1: y1 ?? 0,
          text: unescape(m[5] ?? ''),
        });
      }
    });
  return out;
}

interface Exported {
  readonly words: Word[];
  readonly pages: number;
  readonly laid: LaidPage[];
  readonly warnings: readonly string[];
  readonly signature: { readonly agency: string; readonly date: string };
}
const exported = new Map<string, Exported>();

async function exportCase(name: string, draft: Draft) {
  const doc = documentOf(draft);
  const out = await writePdf(doc, fonts);
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, out.bytes);
  const laid = layoutDocument(checkCoverage(doc, fonts).doc, fonts);
  const sig = doc.blocks.find((b) => b.kind === 'signature');
  const signature =
    sig?.kind === 'signature' ? { agency: sig.agency, date: sig.date } : { agency: '', date: '' };
  exported.set(name, { words: words(file), pages: out.pages, laid, warnings: out.warnings, signature });
}

const SEEDS = path.resolve(__dirname, '../../../fixtures/seeds');
async function seed(prefix: string): Promise<Draft> {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix)) ?? '';
  const r = await importFile(name, new Uint8Array(readFileSync(path.join(SEEDS, name))), {
    now: '2026-01-01T00:00:00.000Z',
    id: `seed-${prefix}`,
  });
  // A 落款 prints only with a 成文日期; seeds whose date the importer could not read get the one a clerk would add.
  const { draft } = r;
  if (draft.signature.date) return draft;
  const agency = draft.signature.agency || draft.agency;
  return { ...draft, signature: { agency, date: `${draft.year + 1}-01-20` } };
}

const base = seedDraft();
const cases = stressCases(base);

beforeAll(async () => {
  for (const c of cases) await exportCase(c.name, c.draft);
  const s001 = await seed('001');
  for (const c of stressCases(s001).slice(0, 3)) await exportCase(`2019-${c.name}`, c.draft);
  for (const p of ['000', '001', '004']) await exportCase(`seed-${p}`, await seed(p));
});

const all = () => [...exported.keys()];
const get = (name: string) => {
  const e = exported.get(name);
  if (!e) throw new Error(`${name} not exported`);
  return e;
};

describe('PDF under stress', () => {
  it('keeps every word inside the text area (page numbers below it)', () => {
    const bad: unknown[] = [];
    for (const name of all()) {
      for (const w of get(name).words) {
        const inX = w.x0 >= LEFT - 0.5 && w.x1 <= RIGHT + 0.5;
        const mid = (w.y0 + w.y1) / 2; // poppler boxes use the font's ascent, taller for some faces
        const inY = mid >= TOP && mid <= PAGE.height - 10 * 2.835;
        if (!inX || !inY) bad.push({ name, ...w });
      }
    }
    expect(bad).toEqual([]);
  });

  it('never leaves the 落款 alone on its page: at least two lines of text above it', () => {
    const endings = all().filter(
      (n) => n.startsWith('ends-') || n.startsWith('seed-') || n.startsWith('name-'),
    );
    expect(endings.length).toBeGreaterThan(24);
    const bad: unknown[] = [];
    for (const name of endings) {
      const { words: ws, pages, signature } = get(name);
      const last = ws.filter((w) => w.page === pages && w.y1 < BOTTOM + 1);
      const lineOf = (w: Word) => Math.round(w.y0);
      const sigLines = new Set(
        last
          .filter(
            (w) => (w.text.length > 1 && signature.agency.includes(w.text)) || w.text === signature.date,
          )
          .map(lineOf),
      );
      const bodyLines = new Set(last.map(lineOf).filter((y) => !sigLines.has(y)));
      if (sigLines.size === 0 || bodyLines.size < 2)
        bad.push({ name, sig: sigLines.size, body: bodyLines.size });
    }
    expect(bad).toEqual([]);
  });

  it('ends the last section on every line of a page across the cases', () => {
    const lastLines = new Set<number>();
    for (let k = 0; k < 24; k++) {
      const { laid } = get(`ends-${k}`);
      const page = laid[laid.length - 1];
      if (page) lastLines.add(page.ops.filter((o) => o.kind === 'text').length);
    }
    expect(lastLines.size).toBeGreaterThan(10);
  });

  it('prints 7-digit counts and 10-character amounts whole in every table cell', () => {
    for (const name of ['figures', '2019-figures']) {
      const ws = get(name).words.filter((w) => w.y1 < BOTTOM + 1 && w.y1 - w.y0 < SIZE.wu * 1.3);
      const figures = ws.filter((w) => /^-?[\d.,]+$/.test(w.text));
      expect(figures.length).toBeGreaterThan(100);
      expect(figures.filter((w) => w.text.replace(/[^\d]/g, '').length < 6)).toEqual([]);
      expect(ws.some((w) => w.text === '1234567')).toBe(true);
    }
    expect(get('2019-figures').words.some((w) => w.text === '12345.6789')).toBe(true);
  });

  it('wraps long names between words in the title and the 落款, inside the text area', () => {
    for (const [name, agency] of [
      ['name-31', NAME_31],
      ['name-60', NAME_60],
    ] as const) {
      const { words: ws, pages } = get(name);
      const titleLines = ws.filter((w) => w.page === 1 && w.y1 - w.y0 > SIZE.er * 0.8).map((w) => w.text);
      expect(titleLines.join('')).toBe(`${agency}2024年政府信息公开工作年度报告`);
      const sigLines = ws.filter((w) => w.page === pages && agency.includes(w.text) && w.text.length > 3);
      expect(sigLines.map((w) => w.text).join('')).toBe(agency);
      for (const l of [...titleLines, ...sigLines.map((w) => w.text)].slice(0, -1)) {
        expect(l).not.toMatch(/(奎|奎屯|人|人民|人民政|维|维吾|伊犁哈|哈萨)$/);
      }
    }
  });

  it('breaks URLs after a slash, keeps phone numbers whole and never letter-spaces English', () => {
    const ws = get('latin').words;
    expect(ws.filter((w) => w.text.includes(PHONE)).length).toBeGreaterThanOrEqual(2);
    for (const word of ENGLISH.replace(/[.,]/g, '').split(' ')) {
      expect(ws.some((w) => w.text.replace(/[.,]$/, '').endsWith(word) || w.text.startsWith(word))).toBe(
        true,
      );
    }
    const urlLines = ws.filter((w) => /kuitun|zwgk|nianzheng/.test(w.text) && !w.text.includes('index.html'));
    expect(urlLines.length).toBeGreaterThan(2);
    for (const w of urlLines) expect(w.text).toMatch(/\/$/);
  });

  it('draws every table text inside its cell border (group labels of split tables included)', () => {
    const bad: unknown[] = [];
    for (const name of ['figures', '2019-figures', 'seed-000', 'seed-001', 'seed-004']) {
      for (const page of get(name).laid) {
        const rects = page.ops.filter((o): o is RectOp => o.kind === 'rect');
        const texts = page.ops.filter((o): o is TextOp => o.kind === 'text' && o.size < SIZE.si - 0.1);
        for (const t of texts) {
          const inside = rects.some(
            (r) =>
              t.x >= r.x - 0.1 &&
              t.x <= r.x + r.w &&
              t.y - t.size * 0.8 >= r.y - 0.1 &&
              t.y <= r.y + r.h + 0.1,
          );
          if (!inside) bad.push({ name, text: t.text, x: t.x, y: t.y });
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('splits the 2019 表三 between groups instead of leaving pages half blank', () => {
    for (const name of ['seed-000', 'seed-001', 'seed-004', '2019-figures']) {
      const { laid } = get(name);
      laid.slice(0, -1).forEach((page, i) => {
        const bottoms = page.ops
          .map((o) => (o.kind === 'rect' ? o.y + o.h : o.y))
          .filter((y) => y < BOTTOM + 1);
        const lowest = Math.max(...bottoms);
        expect({ name, page: i + 1, filled: (lowest - TOP) / BODY_HEIGHT > 0.55 }).toMatchObject({
          filled: true,
        });
      });
    }
  });

  it('names characters no font has and prints them as 〓, never as a box', () => {
    const { warnings, words: ws } = get('rare');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('U+E000');
    const text = ws.map((w) => w.text).join('');
    expect(text).toContain('𬌗𬇙镇人民政府');
    expect(text).toContain('王𫓧');
    expect(text).toContain(MISSING_MARK);
    expect(get('figures').warnings).toEqual([]);
  });
});
