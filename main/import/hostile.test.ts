// Hostile files (issue 12): each is refused with its own Chinese message, or read, within the worker's budgets.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import {
  billionLaughsDocx,
  flateBombPdf,
  hiddenDtdDocx,
  misnestedTags,
  sharedStreamPdf,
  spanTable,
  sharedDrawingPdf,
  unclosedTags,
  xxeDocx,
  zipBombDocx,
  zipSlipDocx,
} from './__fixtures__/hostile';
import { htmlDocument } from './html-reader';
import { boundNesting, MAX_NESTING } from './html-nesting';
import { paragraphsOf, pageLines } from './pdf-reader';
import { decodedStreamBytes } from './pdf-streams';
import type { ImportRunner } from './worker/runner';
import { createThreadRunner } from './worker/thread-host';

const BUDGET = /导入已中止（超过/;
let runner: ImportRunner;

beforeAll(() => {
  runner = createThreadRunner();
});
afterAll(() => runner.close());

/** Imports in the worker (default time and memory budgets); returns the error, which must be the reader's own. */
async function refusal(name: string, bytes: Uint8Array): Promise<AppError> {
  try {
    await runner.run(name, bytes);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).not.toMatch(BUDGET);
    return err as AppError;
  }
  throw new Error('expected the import to be refused');
}

describe('web pages', () => {
  it('a table of 200×200 spans is refused before its grid is built', async () => {
    const bytes = spanTable();
    expect(bytes.length).toBeGreaterThan(70_000);
    expect((await refusal('span.html', bytes)).message).toContain('表格过大');
  });

  it('300 KB of unclosed <b> parse in one pass and end as “not a report”, not as a freeze', async () => {
    const bytes = unclosedTags();
    expect(bytes.length).toBeGreaterThan(300_000);
    const err = await refusal('b.html', bytes);
    expect(err.code).toBe('UNSUPPORTED');
    const doc = htmlDocument(Buffer.from(bytes).toString('utf8'));
    expect(doc.blocks.map((b) => (b.kind === 'line' ? b.text : '')).join('')).toHaveLength(75_000);
  });

  it('stray end tags after thousands of open ones are dropped by the nesting pass', async () => {
    const html = Buffer.from(misnestedTags()).toString('utf8');
    const bounded = boundNesting(html);
    expect(bounded).not.toContain('</i>');
    // Opening tags past the nesting cap are dropped, so every </p> walks a stack of at most MAX_NESTING.
    expect(bounded.split('<b>').length - 1 + bounded.split('<div>').length - 1).toBeLessThanOrEqual(
      MAX_NESTING,
    );
    expect((await refusal('mis.html', misnestedTags())).code).toBe('UNSUPPORTED');
  });

  it('a sloppy page with hundreds of unclosed <font> still has its tables read', () => {
    const page = fs.readFileSync(path.join(__dirname, '__fixtures__', 'report-2021.html'), 'utf8');
    const sloppy = page.replace('<body>', `<body>${'<font color=red>'.repeat(MAX_NESTING + 50)}`);
    expect(sloppy).not.toBe(page);
    const tables = (html: string) => htmlDocument(html).blocks.filter((b) => b.kind === 'table');
    expect(tables(sloppy)).toEqual(tables(page));
  });

  it('ten thousand tables nested in cells parse and walk without recursion', () => {
    const html = `<html><body>${'<table><tr><td>x'.repeat(10_000)}</body></html>`;
    expect(htmlDocument(html).blocks.length).toBeGreaterThan(0);
  });

  it('the nesting pass keeps ordinary pages byte for byte', () => {
    const page = fs.readFileSync(path.join(__dirname, '__fixtures__', 'report-2021.html'), 'utf8');
    expect(boundNesting(page)).toBe(page);
  });
});

describe('PDF files', () => {
  it('300 pages sharing one stream of 30 000 pieces are refused once the text passes its cap', async () => {
    const bytes = await sharedStreamPdf();
    expect(bytes.length).toBeLessThan(400_000);
    expect((await refusal('shared.pdf', bytes)).message).toContain('结构异常');
  }, 120_000);

  it('a page of 200 000 lines is grouped without a spread (no stack overflow) and without quadratic search', () => {
    const items = Array.from({ length: 200_000 }, (_, i) => ({
      str: String(i % 10),
      transform: [8, 0, 0, 8, (i % 7) * 9, i * 4],
      width: 4,
    }));
    const lines = pageLines(items);
    expect(lines).toHaveLength(200_000);
    expect(lines[0]?.text).toBe('9');
    expect(paragraphsOf(lines)).toHaveLength(200_000);
  });

  it('pages sharing one stream of drawing only (no text to cap) stop at the time budget; the next import runs', async () => {
    const slow = createThreadRunner({ timeLimitMs: 3_000 });
    try {
      const bytes = await sharedDrawingPdf();
      await expect(slow.run('draw.pdf', bytes)).rejects.toThrow(
        '该文件过大或结构异常，导入已中止（超过 3 秒），其他工作不受影响。',
      );
      const seed = fs.readFileSync(path.join(__dirname, '../../fixtures/seeds/003_be04c842d3f1cdaa.txt'));
      expect((await slow.run('a.txt', new Uint8Array(seed))).report.year).toBe(2024);
    } finally {
      slow.close();
    }
  }, 120_000);

  it('a Flate bomb is measured with a capped inflate and refused before pdf.js decodes it', async () => {
    const bytes = await flateBombPdf(300);
    expect(bytes.length).toBeLessThan(1_000_000);
    expect(decodedStreamBytes(bytes, 10 * 1024 * 1024)).toBeGreaterThan(10 * 1024 * 1024);
    expect((await refusal('bomb.pdf', bytes)).message).toContain('结构异常');
  }, 120_000);
});

describe('Word files', () => {
  it('a zip bomb is refused by the bytes actually inflated, not the sizes the headers claim', async () => {
    expect((await refusal('bomb.docx', await zipBombDocx())).message).toContain('解压后过大');
  }, 60_000);

  it('XXE: a DTD with an external entity is refused; the file it names is never read into the draft', async () => {
    const secret = path.join(os.tmpdir(), `nianbao-secret-${process.pid}.txt`);
    fs.writeFileSync(secret, 'TOP-SECRET-CONTENT');
    try {
      const err = await refusal('xxe.docx', await xxeDocx(secret));
      expect(err.message).toContain('DOCTYPE');
      expect(err.message).not.toContain('TOP-SECRET');
    } finally {
      fs.rmSync(secret, { force: true });
    }
  }, 60_000);

  it('billion laughs: nested entity definitions are refused, never expanded', async () => {
    expect((await refusal('lol.docx', await billionLaughsDocx())).message).toContain('DOCTYPE');
  }, 60_000);

  it('a DTD in a part without an .xml name (the main document moved by its relationship) is refused too', async () => {
    expect((await refusal('moved.docx', await hiddenDtdDocx())).message).toContain('DOCTYPE');
  }, 60_000);

  it('zip slip: entries named ../ are never written anywhere; the report imports as usual', async () => {
    const marker = `nianbao-zip-slip-${process.pid}.txt`;
    const { report } = await runner.run('slip.docx', await zipSlipDocx(marker));
    expect(report.formatId).toBe('gov-2021');
    for (const dir of [
      process.cwd(),
      path.resolve(process.cwd(), '..'),
      os.tmpdir(),
      path.parse(process.cwd()).root,
    ])
      expect(fs.existsSync(path.join(dir, marker))).toBe(false);
  }, 60_000);
});
