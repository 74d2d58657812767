// Scrape shapes beyond the seeds: PDF text with aligned columns and wrapped labels; figures run together (PT page.txt).
import fs from 'node:fs';
import path from 'node:path';
import { importFile } from './index';

const FIX = path.join(__dirname, '__fixtures__');
const load = (name: string) =>
  importFile(name, new Uint8Array(fs.readFileSync(path.join(FIX, name))), {
    now: '2026-01-01T00:00:00.000Z',
    id: 'x',
  });

const COLS = ['natural', 'commercial', 'research', 'social', 'legal', 'other_org'];
const row = (r: string, values: readonly number[]) =>
  Object.fromEntries(COLS.map((c, i) => [`t3.${r}.${c}`, values[i]]));
const zeroRows = (rows: readonly string[]) =>
  Object.assign({}, ...rows.map((r) => row(r, [0, 0, 0, 0, 0, 0])));

describe('PDF text (pdftotext layout): aligned columns, wrapped labels, page numbers, 结转下一年度', () => {
  it('reads title over two lines, year and every figure', async () => {
    const { report, draft } = await load('pdf-text-2022.txt');
    expect([report.formatId, report.year, report.agency]).toEqual(['gov-2021', 2022, '青溪县白石乡人民政府']);
    expect(report.sectionsFound).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
    expect(report.unresolved).toEqual([]);
    expect(draft.cells).toEqual({
      't2_1.rules.issued': 0,
      't2_1.rules.repealed': 0,
      't2_1.rules.valid': 0,
      't2_1.norms.issued': 3,
      't2_1.norms.repealed': 1,
      't2_1.norms.valid': 12,
      't2_5.license.decisions': 35,
      't2_6.penalty.decisions': 7,
      't2_6.coercion.decisions': 0,
      't2_8.fees.amount': 0.5,
      ...row('new', [5, 1, 0, 0, 0, 0]),
      ...row('carried', [1, 0, 0, 0, 0, 0]),
      ...row('granted', [3, 1, 0, 0, 0, 0]),
      ...row('partial', [1, 0, 0, 0, 0, 0]),
      ...zeroRows([
        'withheld_secret',
        'withheld_law',
        'withheld_safety',
        'withheld_third_party',
        'withheld_internal',
        'withheld_process',
        'withheld_enforcement',
        'withheld_query',
        'unable_create',
        'unable_unclear',
        'rejected_petition',
        'rejected_repeat',
        'rejected_publication',
        'rejected_massive',
        'rejected_confirm',
        'other_overdue',
        'other_fee',
        'other_misc',
      ]),
      ...row('unable_none', [1, 0, 0, 0, 0, 0]),
      ...row('carry_forward', [1, 0, 0, 0, 0, 0]),
      't4.cases.review_upheld': 1,
      't4.cases.review_corrected': 0,
      't4.cases.review_other': 0,
      't4.cases.review_pending': 0,
      't4.cases.direct_upheld': 0,
      't4.cases.direct_corrected': 0,
      't4.cases.direct_other': 1,
      't4.cases.direct_pending': 0,
      't4.cases.after_upheld': 0,
      't4.cases.after_corrected': 0,
      't4.cases.after_other': 0,
      't4.cases.after_pending': 0,
    });
    expect(draft.stated['t3.results_total.total']).toBe(6);
    expect(draft.texts.s5).toBe(
      '一是公开内容还不够丰富。二是政策解读形式单一。\n2023年，我乡将进一步加强政务公开工作。',
    );
    expect(draft.signature.date).toBe('2023-01-18');
    expect(report.issues.errors).toBe(0);
  });
});

describe('figures run together with no separator', () => {
  it('accepts only the split that satisfies the table identities; several splits → 需核对 with the source text', async () => {
    const { report, draft } = await load('glued-2021.txt');
    expect([report.formatId, report.year]).toEqual(['gov-2021', 2021]);
    expect(draft.cells).toMatchObject({
      ...row('new', [64, 0, 0, 2, 0, 4]),
      ...row('carried', [3, 0, 0, 0, 0, 0]),
      ...row('granted', [30, 0, 0, 1, 0, 2]),
      ...row('partial', [5, 0, 0, 0, 0, 0]),
      ...row('withheld_law', [2, 0, 0, 0, 0, 0]),
      ...row('unable_none', [20, 0, 0, 1, 0, 1]),
      ...row('rejected_repeat', [1, 0, 0, 0, 0, 0]),
      ...row('other_overdue', [3, 0, 0, 0, 0, 1]),
      ...row('carry_forward', [6, 0, 0, 0, 0, 0]),
      't4.cases.review_upheld': 1,
      't4.cases.review_pending': 0,
      't2_1.rules.valid': 0,
      't2_5.license.decisions': 396,
      't2_6.penalty.decisions': 2648,
      't2_6.coercion.decisions': 126,
      't2_8.fees.amount': 4166.241619,
    });
    expect(draft.stated).toMatchObject({
      't3.new.total': 70,
      't3.results_total.natural': 61,
      't3.results_total.total': 67,
      't4.cases.review_total': 1,
    });
    // 3112 cut into three figures has three answers and no identity decides: never guessed.
    const norms = report.unresolved.filter((u) => u.cell.startsWith('t2_1.norms.'));
    expect(norms.map((u) => u.cell)).toEqual([
      't2_1.norms.issued',
      't2_1.norms.repealed',
      't2_1.norms.valid',
    ]);
    expect(norms[0]?.source).toBe('行政规范性文件：3112');
    expect(norms[0]?.reason).toContain('3 种');
    expect(draft.cells['t2_1.norms.issued']).toBeUndefined();
    expect(report.unresolved).toHaveLength(3);
    expect(report.split.find((s) => s.rowKey === 'new')).toMatchObject({
      source: '一、本年新收政府信息公开申请数量：640020470',
      values: [64, 0, 0, 2, 0, 4, 70],
    });
    expect(report.tables.find((t) => t.tableId === 't2_1')).toMatchObject({
      read: 3,
      unresolved: 3,
      confidence: 0.5,
    });
  });
});

describe('PDF text of the hand-made report (printed by Chromium, extracted by pdftotext)', () => {
  const truth = async () =>
    (
      await importFile(
        'report-2021.html',
        new Uint8Array(fs.readFileSync(path.join(FIX, 'report-2021.html'))),
      )
    ).draft;

  it('layout mode reads every figure', async () => {
    const ref = await truth();
    const { draft, report } = await load('pdf-layout-2023.txt');
    expect(draft.cells).toEqual(ref.cells);
    expect(Object.entries(draft.stated).filter(([k, v]) => ref.stated[k] !== v)).toEqual([]);
    expect(report.unresolved).toEqual([]);
    // （六）2's label is interleaved with the group label “他处理” printed down the side: read as its own row all the
    // same, so nothing is left to derive.
    expect(report.derived).toEqual([]);
    expect(draft.cells['t3.other_fee.natural']).toBe(ref.cells['t3.other_fee.natural']);
  });

  it('raw mode (cells in drawing order, labels after figures, lost cells) never yields a wrong figure', async () => {
    const ref = await truth();
    const { draft, report } = await load('pdf-raw-2023.txt');
    const wrong = Object.entries(draft.cells).filter(([k, v]) => ref.cells[k] !== v);
    expect(wrong).toEqual([]);
    expect(Object.entries(draft.stated).filter(([k, v]) => ref.stated[k] !== v)).toEqual([]);
    // Every cell not read is listed as 需核对, with what was seen.
    const missing = Object.keys(ref.cells).filter((k) => !(k in draft.cells));
    // Totals over those cells are listed too (their printed figure kept), never computed from a partial read.
    // (or, a printed total that could not be read, listed as such).
    const totals = report.unresolved.filter((u) => /^(?:合计所含|印出的合计未能读出)/.test(u.reason));
    expect(totals.length).toBeGreaterThan(0);
    expect(
      report.unresolved
        .filter((u) => !totals.includes(u))
        .map((u) => u.cell)
        .sort(),
    ).toEqual(missing.sort());
    expect(missing.length).toBeGreaterThan(0);
    // Figures printed before their labels are still read where the order is unambiguous.
    expect(draft.cells['t2_5.license.decisions']).toBe(264);
    expect(draft.cells['t2_6.penalty.decisions']).toBe(156);
    expect(draft.cells['t2_6.coercion.decisions']).toBe(3);
    expect(Object.keys(draft.cells).filter((k) => k.startsWith('t3.')).length).toBeGreaterThan(60);
  });
});

describe('narrow table columns: labels wrapped round their figures (LibreOffice PDF of the .docx fixture)', () => {
  const truth = async () =>
    (
      await importFile(
        'report-2021.html',
        new Uint8Array(fs.readFileSync(path.join(FIX, 'report-2021.html'))),
      )
    ).draft;

  it.each(['pdf-narrow-2023.txt', 'report-2021-narrow.pdf'])(
    '%s reads every figure',
    async (name) => {
      const ref = await truth();
      const { draft, report } = await load(name);
      expect(draft.cells).toEqual(ref.cells);
      expect(Object.entries(draft.stated).filter(([k, v]) => ref.stated[k] !== v)).toEqual([]);
      expect(report.unresolved).toEqual([]);
    },
    60_000,
  );
});

describe('web table with empty cells (&nbsp;) for zeros, as on 上海市人民政府办公厅 2019', () => {
  it('reads the printed figures, derives the empty cells only where the totals decide, lists the rest', async () => {
    const { report, draft } = await load('blank-cells-2019.html');
    expect([report.formatId, report.year, report.agency]).toEqual(['gov-2019', 2019, '上海市人民政府办公厅']);
    expect(draft.cells).toMatchObject({
      ...row('new', [821, 35, 0, 0, 2, 1]),
      ...row('granted', [258, 12, 0, 0, 1, 1]),
      ...row('unable_none', [252, 12, 0, 0, 1, 0]),
      ...row('other', [0, 0, 0, 0, 0, 0]),
      ...row('carry_forward', [72, 0, 0, 0, 0, 0]),
      't2_1.rules.total_public': 524,
      't2_9.procurement.count': 6,
      't2_9.procurement.amount': 25.1,
      't4.cases.review_upheld': 5,
      't4.cases.review_corrected': 0,
      't4.cases.direct_pending': 1,
    });
    // 空白即 0: an empty cell whose printed total adds up with it as 0 is read as printed; one no printed total
    // checks (科研机构 of the results, whose column total is empty too) is derived from the identities.
    expect(report.blankZero.find((b) => b.tableId === 't3')?.cells).toContain('t3.new.research');
    expect(report.derived.find((d) => d.cell === 't3.granted.research')).toMatchObject({ value: 0 });
    expect(report.notes.some((n) => n.startsWith('表三以空白表示 0'))).toBe(true);
    expect(report.tables.find((t) => t.tableId === 't3')).toMatchObject({ unresolved: 0 });
    // 复议后起诉 is empty with an empty 总计: nothing decides it.
    expect(report.unresolved.map((u) => u.cell)).toEqual(
      ['upheld', 'corrected', 'other', 'pending', 'total'].map((c) => `t4.cases.after_${c}`),
    );
    expect(report.unresolved[0]?.reason).toBe('单元格为空');
    expect(report.notes.some((n) => n.includes('251000元') && n.includes('25.1万元'))).toBe(true);
  });
});
