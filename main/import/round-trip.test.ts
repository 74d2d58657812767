// Reports exported by nianbao (HTML, DOCX, PDF) import back to the same draft: figures, texts, agency, year, signature.
import fs from 'node:fs';
import path from 'node:path';
import type { Draft } from '../../shared/draft/schema';
import { evaluate } from '../../shared/engine';
import { getFormat } from '../../shared/formats';
import { documentOf, render, type ExportKind } from '../export/render';
import { importFile } from './index';

const FIX = path.join(__dirname, '__fixtures__');
const SEEDS = path.resolve(__dirname, '../../fixtures/seeds');
const opts = { now: '2026-01-01T00:00:00.000Z', id: 'rt' };

async function original(file: string): Promise<Draft> {
  return (await importFile(path.basename(file), new Uint8Array(fs.readFileSync(file)), opts)).draft;
}

async function roundTrip(draft: Draft, kind: ExportKind) {
  const { bytes } = await render(documentOf(draft), kind);
  return importFile(`导出.${kind}`, bytes, opts);
}

function expectSameReport(back: Draft, draft: Draft): void {
  expect(back.formatId).toBe(draft.formatId);
  expect(back.year).toBe(draft.year);
  expect(back.agency).toBe(draft.agency);
  expect(back.cells).toEqual(draft.cells);
  expect(back.texts).toEqual(draft.texts);
  expect(back.preamble).toBe(draft.preamble);
  expect(back.signature).toEqual(draft.signature);
  // The export prints every total; the import keeps them as printed, and they agree with the figures.
  const values = evaluate(getFormat(back.formatId), back).values;
  for (const [k, v] of Object.entries(back.stated)) expect([k, v]).toEqual([k, values[k]]);
}

describe('round trip through nianbao’s own exports', () => {
  it.each(['html', 'docx'] as const)(
    'the hand-made 2021 report exported as %s imports to the same draft',
    async (kind) => {
      const draft = await original(path.join(FIX, 'report-2021.html'));
      const { draft: back, report } = await roundTrip(draft, kind);
      expectSameReport(back, draft);
      expect(report.unresolved).toEqual([]);
    },
  );

  it.each([
    ['000', 'html'],
    ['000', 'docx'],
    ['004', 'html'],
    ['004', 'docx'],
  ] as const)(
    'seed %s (2019 / pre-2019 format) exported as %s imports to the same figures',
    async (seed, kind) => {
      const name = fs.readdirSync(SEEDS).find((f) => f.startsWith(seed)) ?? '';
      const draft = await original(path.join(SEEDS, name));
      const { draft: back, report } = await roundTrip(draft, kind);
      expect([back.formatId, back.year, back.agency]).toEqual([draft.formatId, draft.year, draft.agency]);
      expect(back.cells).toEqual(draft.cells);
      expect(report.unresolved).toEqual([]);
    },
  );

  it('the PDF export imports to the same draft (pdf.js text, paragraphs re-joined)', async () => {
    const draft = await original(path.join(FIX, 'report-2021.html'));
    const { draft: back, report } = await roundTrip(draft, 'pdf');
    expect(report.origin).toBe('pdf');
    expectSameReport(back, draft);
  }, 120_000);
});
