// The PDF rendered in a worker thread is the PDF rendered here: same pages, same text, same warnings.
import fs from 'node:fs';
import path from 'node:path';
import { parseDraftFile } from '../../../shared/draft/envelope';
import { documentOf, render } from '../render';
import { pdfWorkerScript, renderPdfInWorker } from './host';

const parsed = parseDraftFile(
  fs.readFileSync(path.join(__dirname, '../__fixtures__/seed-003.draft.json'), 'utf8'),
);
if (!parsed.ok) throw new Error(parsed.message);
const draft = parsed.draft;

it('renders the same PDF as the main thread', async () => {
  const script = pdfWorkerScript();
  expect(script).toMatch(/bootstrap\.mjs$/);
  const fonts = { searchDirs: [] };
  const [inWorker, here] = await Promise.all([
    renderPdfInWorker(draft, fonts, script ?? ''),
    render(documentOf(draft), 'pdf', fonts),
  ]);
  expect(inWorker.pages).toBe(here.pages);
  expect(inWorker.warnings).toEqual(here.warnings);
  // Only the creation date may differ: it sits in the document information, compressed at the end of the file.
  expect(Math.abs(inWorker.bytes.length - here.bytes.length)).toBeLessThan(8);
  const body = here.bytes.length - 2048;
  expect(body).toBeGreaterThan(100_000);
  expect(
    Buffer.from(inWorker.bytes.subarray(0, body)).equals(Buffer.from(here.bytes.subarray(0, body))),
  ).toBe(true);
}, 60_000);
