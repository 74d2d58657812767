// A fictional next national format, registered in this test alone, goes the whole way: create, set, validate,
// carry from 2021, export PDF/DOCX/HTML and import back — proof that a format is the one folder shared/formats.
import fs from 'node:fs';
import path from 'node:path';
import { carryOver, createDraft } from '../../shared/draft/create';
import { draftSchema, type Draft } from '../../shared/draft/schema';
import { evaluate, setCell } from '../../shared/engine';
import {
  formatForYear,
  getFormat,
  inputCells,
  registerFormat,
  type ReportFormat,
} from '../../shared/formats';
import { EXTRA_CELL, fictionalFormat, renameKey } from '../../shared/formats/test-support/fictional-format';
import { importFile } from '../import';
import { documentOf, render, type ExportKind } from './render';

const FIXTURE = path.resolve(__dirname, '../import/__fixtures__/report-2021.html');
const opts = { now: '2027-01-01T00:00:00.000Z', id: 'fic' };

let fic: ReportFormat;
let unregister: () => void;
let last2021: Draft;

beforeAll(async () => {
  fic = fictionalFormat();
  unregister = registerFormat(fic);
  const bytes = new Uint8Array(fs.readFileSync(FIXTURE));
  const imported = (await importFile('report-2021.html', bytes, opts)).draft;
  last2021 = { ...imported, year: 2025 };
});
afterAll(() => unregister());

/** This year's 2026 report in `formatId`, carried from last year's 2021-format report, with the same figures. */
function thisYear(formatId: string, rename: (k: string) => string): Draft {
  let d = carryOver(last2021, { year: 2026, formatId, now: opts.now, id: formatId });
  const format = getFormat(formatId);
  const linked = evaluate(format, d).linked;
  for (const key of inputCells(getFormat('gov-2021'))) {
    const target = rename(key);
    if (linked[target]) continue;
    const res = setCell(format, d, target, last2021.cells[key] ?? 0);
    if (!res.ok) throw new Error(res.reason);
    d = res.draft;
  }
  return { ...d, texts: { ...last2021.texts }, signature: { agency: d.agency, date: '2027-01-20' } };
}

const ruleIds = (format: ReportFormat, d: Draft) =>
  evaluate(format, d)
    .issues.map((i) => `${i.ruleId} ${i.level} ${i.message}`)
    .sort();

describe('a fictional fourth format registered in a test', () => {
  it('is chosen for its years, its id is valid, and gone again when unregistered', () => {
    expect(formatForYear(2026).id).toBe('fic-2026');
    expect(formatForYear(2025).id).toBe('gov-2021');
    const d = createDraft({ agency: '虚构街道办事处', year: 2026, now: opts.now, id: 'x' });
    expect(d.formatId).toBe('fic-2026');
    expect(draftSchema.safeParse(d).success).toBe(true);
    const again = registerFormat({ ...fic, id: 'fic-2099', years: { from: 2099, to: 2100 } });
    expect(formatForYear(2099).id).toBe('fic-2099');
    again();
    expect(formatForYear(2099).id).toBe('fic-2026');
    expect(draftSchema.safeParse({ ...d, formatId: 'fic-2099' }).success).toBe(false);
  });

  it('sets its own keys and refuses the 2021 ones', () => {
    const d = createDraft({ agency: '虚构街道办事处', year: 2026, now: opts.now, id: 'x' });
    const set = setCell(fic, d, EXTRA_CELL, 7);
    expect(set.ok && set.draft.cells[EXTRA_CELL]).toBe(7);
    expect(setCell(fic, d, 't3.new.natural', 1).ok).toBe(false);
    expect(setCell(fic, d, 'b3.new.total', 1).ok).toBe(false);
  });

  it('carries from a 2021 report: 上年结转 and 现行有效件数 follow last year', () => {
    const d = carryOver(last2021, { year: 2026, now: opts.now, id: 'c' });
    expect(d.formatId).toBe('fic-2026');
    const linked = evaluate(fic, d).linked;
    expect(Object.keys(linked)).toEqual(
      expect.arrayContaining(['b3.carried.natural', 'b2_1.rules.valid', 'b2_1.norms.valid']),
    );
    const { values } = evaluate(fic, d);
    const lastValues = evaluate(getFormat('gov-2021'), last2021).values;
    expect(values['b3.carried.natural']).toBe(lastValues['t3.carry_forward.natural']);
  });

  it('validates with every rule of the 2021 format, text checks included, through its own keys', () => {
    const ours = thisYear('fic-2026', renameKey);
    const theirs = thisYear('gov-2021', (k) => k);
    // The extra row is required like every other: blank → one more R2-1 than the 2021 format.
    const blank = ruleIds(fic, ours).filter((m) => !ruleIds(getFormat('gov-2021'), theirs).includes(m));
    expect(blank).toEqual([expect.stringMatching(/^R2-1 /)]);
    const filled = setCell(fic, ours, EXTRA_CELL, 3);
    if (!filled.ok) throw new Error(filled.reason);
    // Wrong figures in 一、总体情况 and fee notices with an empty 六: the text checks read the renamed cells.
    const wrong = (d: Draft): Draft => ({
      ...d,
      texts: { ...d.texts, s1: `${d.texts.s1 ?? ''}\n本年共收到政府信息公开申请98765件。`, s6: '' },
    });
    const feeKey = fic.roles.feeNotices ?? '';
    expect(feeKey.startsWith('b3.')).toBe(true);
    const feeSet = (format: ReportFormat, d: Draft, key: string) => {
      const res = setCell(format, d, key.replace('.total', '.natural'), 2);
      if (!res.ok) throw new Error(res.reason);
      return res.draft;
    };
    const a = ruleIds(fic, wrong(feeSet(fic, filled.draft, feeKey)));
    const b = ruleIds(
      getFormat('gov-2021'),
      wrong(feeSet(getFormat('gov-2021'), theirs, 't3.other_fee.total')),
    );
    expect(a).toEqual(b);
    const fired = new Set(a.map((m) => m.split(' ')[0]));
    for (const id of ['R3-5', 'R6-1']) expect([id, fired.has(id)]).toEqual([id, true]);
  });

  it.each(['html', 'docx', 'pdf'] as const)(
    'exports as %s and imports back as itself, with the same figures',
    async (kind: ExportKind) => {
      const ours = thisYear('fic-2026', renameKey);
      const filled = setCell(fic, ours, EXTRA_CELL, 3);
      if (!filled.ok) throw new Error(filled.reason);
      const draft = filled.draft;
      const { bytes } = await render(documentOf(draft), kind);
      const { draft: back, report } = await importFile(`导出.${kind}`, bytes, opts);
      expect(back.formatId).toBe('fic-2026');
      expect([back.year, back.agency]).toEqual([draft.year, draft.agency]);
      expect(report.unresolved).toEqual([]);
      const want = evaluate(fic, draft).values;
      const got = evaluate(fic, back).values;
      for (const key of inputCells(fic)) expect([key, got[key]]).toEqual([key, want[key]]);
      expect(got[EXTRA_CELL]).toBe(3);
    },
    120_000,
  );
});
