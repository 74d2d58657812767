// The five seed reports import with the right format, year, agency and every figure (expectations typed from the text).
import fs from 'node:fs';
import path from 'node:path';
import { evaluate } from '../../shared/engine';
import { getFormat, inputCells } from '../../shared/formats';
import { importFile } from './index';

const SEEDS = path.resolve(__dirname, '../../fixtures/seeds');
const seedFile = (prefix: string) => {
  const name = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`seed ${prefix} missing`);
  return { name, bytes: new Uint8Array(fs.readFileSync(path.join(SEEDS, name))) };
};
const load = async (prefix: string) => {
  const { name, bytes } = seedFile(prefix);
  return importFile(name, bytes, { now: '2026-01-01T00:00:00.000Z', id: `seed-${prefix}` });
};

const T3_COLS = ['natural', 'commercial', 'research', 'social', 'legal', 'other_org'];
const T3_ROWS_2019 = [
  'new',
  'carried',
  'granted',
  'partial',
  'withheld_secret',
  'withheld_law',
  'withheld_safety',
  'withheld_third_party',
  'withheld_internal',
  'withheld_process',
  'withheld_enforcement',
  'withheld_query',
  'unable_none',
  'unable_create',
  'unable_unclear',
  'rejected_petition',
  'rejected_repeat',
  'rejected_publication',
  'rejected_massive',
  'rejected_confirm',
  'other',
  'carry_forward',
];
const T3_ROWS_2021 = T3_ROWS_2019.flatMap((r) =>
  r === 'other' ? ['other_overdue', 'other_fee', 'other_misc'] : [r],
);
const T4_INPUT = ['review', 'direct', 'after'].flatMap((g) =>
  ['upheld', 'corrected', 'other', 'pending'].map((r) => `t4.cases.${g}_${r}`),
);

/** Every input cell of the format, with the values expected; cells not listed in `nonZero` must read 0. */
function expectAll(
  cells: Record<string, number | null>,
  formatId: 'gov-2019' | 'gov-2021' | 'pre-2019',
  nonZero: Record<string, number>,
) {
  const keys = inputCells(getFormat(formatId));
  const expected = Object.fromEntries(keys.map((k) => [k, nonZero[k] ?? 0]));
  expect(cells).toEqual(expected);
}

describe('seed 000 — 蔡家岗街道 2019, one cell per line, no title', () => {
  it('reads format, year from the signature date, agency from the signature block', async () => {
    const { report, draft } = await load('000');
    expect(report.formatId).toBe('gov-2019');
    expect(report.year).toBe(2019);
    expect(report.agency).toBe('北碚区人民政府蔡家岗街道办事处');
    expect(report.agencySource).toBe('落款');
    expect(draft.signature).toEqual({ agency: '北碚区人民政府蔡家岗街道办事处', date: '2020-01-30' });
    expect(report.unresolved).toEqual([]);
  });
  it('reads every figure, including the truncated 本年新 headers and the signed 本年增/减', async () => {
    const { draft } = await load('000');
    expectAll(draft.cells, 'gov-2019', {
      't2_5.license.prior_count': 10,
      't2_5.license.decisions': 10,
      't2_6.penalty.prior_count': 1,
      't2_6.penalty.change': -1,
    });
    expect(Object.keys(draft.stated).length).toBe(22 + 7 + 3);
    expect(Object.values(draft.stated).every((v) => v === 0)).toBe(true);
    expect(draft.texts.s6).toBe('无。');
    expect(draft.texts.s1?.startsWith('(一)加强组织管理。')).toBe(true);
    expect(draft.texts.s1).toContain('3.营造良好发展环境。');
    expect(draft.texts.s5?.split('\n')).toHaveLength(2);
  });
});

describe('seed 001 — 金谷园街道 2020, tab-separated, lost applicant cells', () => {
  it('reads format, year and agency from the title', async () => {
    const { report } = await load('001');
    expect([report.formatId, report.year, report.agency]).toEqual([
      'gov-2019',
      2020,
      '西工区金谷园街道办事处',
    ]);
    expect(report.yearSource).toBe('标题');
  });
  it('derives the lost cells of （一）（二） from the zero totals and reports them as derived, never silently', async () => {
    const { report, draft } = await load('001');
    expectAll(draft.cells, 'gov-2019', {});
    const derived = report.derived.map((d) => d.cell).sort();
    const expected = ['granted', 'partial'].flatMap((r) => T3_COLS.map((c) => `t3.${r}.${c}`)).sort();
    expect(derived).toEqual(expected);
    expect(
      report.derived.every(
        (d) => d.value === 0 && d.source.includes('予以公开') === d.cell.includes('granted'),
      ),
    ).toBe(true);
    expect(report.unresolved).toEqual([]);
    const t3 = report.tables.find((t) => t.tableId === 't3');
    expect(t3).toMatchObject({ read: 120, derived: 12, unresolved: 0 });
    // The lone 0 of （一）（二）: wherever it stands, every cell of the row is 0, so its 总计 0 is kept as printed.
    expect(draft.stated['t3.granted.total']).toBe(0);
    expect(report.notes.some((n) => n.includes('表四') && n.includes('16'))).toBe(true);
  });
  it('keeps section texts with their numbering and the 社会组织 header variant does not matter', async () => {
    const { draft } = await load('001');
    expect(draft.texts.s1?.split('\n')[0]).toBe('(一) 基层政务公开标准化规范化推进情况');
    expect(draft.texts.s5).toContain('1.主动公开意识不足。');
    expect(draft.texts.s6).toBe('无');
  });
});

describe('seed 002 — 万东镇 2019', () => {
  it('reads every figure', async () => {
    const { report, draft } = await load('002');
    expect([report.formatId, report.year, report.agency]).toEqual(['gov-2019', 2019, '万东镇人民政府']);
    expectAll(draft.cells, 'gov-2019', { 't2_5.license.change': 3, 't2_5.license.decisions': 3 });
    expect(report.unresolved).toEqual([]);
    expect(draft.texts.s6).toBe('暂无。');
  });
});

describe('seed 003 — 南宾街道 2024, 2021 format', () => {
  it('reads format, year, agency and every figure; the checks pass as published', async () => {
    const { report, draft } = await load('003');
    expect([report.formatId, report.year, report.agency]).toEqual([
      'gov-2021',
      2024,
      '石柱土家族自治县人民政府南宾街道办事处',
    ]);
    expectAll(draft.cells, 'gov-2021', {
      't2_5.license.decisions': 264,
      't2_6.penalty.decisions': 156,
      't3.new.natural': 4,
      't3.granted.natural': 2,
      't3.unable_none.natural': 1,
      't3.other_overdue.natural': 1,
    });
    expect(draft.stated).toMatchObject({
      't3.new.total': 4,
      't3.granted.total': 2,
      't3.unable_none.total': 1,
      't3.other_overdue.total': 1,
      't3.results_total.natural': 4,
      't3.results_total.total': 4,
      't3.carry_forward.total': 0,
      't4.cases.review_total': 0,
    });
    expect(report.unresolved).toEqual([]);
    expect(report.issues.errors).toBe(0);
    expect(draft.preamble).toMatch(/^根据《中华人民共和国政府信息公开条例》规定/);
    expect(draft.texts.s6).toBe(
      '严格执行《政府信息公开信息处理费管理办法》标准,2024年我街道未收取政府信息公开信息处理费。',
    );
    expect(draft.texts.s1?.split('\n')).toHaveLength(5);
  });
});

describe('seed 004 — 上海街道 2018, pre-2019 统计表', () => {
  it('reads format, year, agency, the 统计表 and the contact block', async () => {
    const { report, draft } = await load('004');
    expect([report.formatId, report.year, report.agency]).toEqual(['pre-2019', 2018, '台江区上海街道']);
    expectAll(draft.cells, 'pre-2019', {
      'stat.active_docs.year': 39,
      'stat.active_docs.cumulative': 286,
      'stat.active_web.year': 39,
      'stat.active_web.cumulative': 286,
      'stat.requests.cumulative': 2,
      'stat.req_online.cumulative': 2,
      'stat.replies.cumulative': 2,
      'stat.reply_granted.cumulative': 2,
    });
    expect(draft.contact).toEqual({
      address: '福建省福州市台江区红庆路7号',
      postcode: '350004',
      phone: '0591—88086122',
      email: '9768252@qq.com',
    });
    expect(draft.texts.s6).toBe('(一)需要说明的其他事项\n本年度没有需要说明的其他事项。\n(二) 附表');
    expect(draft.texts.s3).toBe('我街在2018年未收到政府信息公开的申请。历年累计数2件。');
    expect(draft.preamble).not.toContain('欢迎访问');
    expect(draft.preamble).not.toContain('发布时间');
    // The report's own 引言 heading is kept (the export prints it as a heading), not dropped.
    expect(draft.preamble.split('\n')[0]).toBe('引言');
    expect(draft.texts.s6).not.toContain('扫一扫');
  });
});

describe('every seed', () => {
  it.each(['000', '001', '002', '003', '004'])(
    'seed %s: all six sections found, the draft passes the engine',
    async (p) => {
      const { report, draft } = await load(p);
      expect(report.sectionsFound).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
      const ev = evaluate(getFormat(draft.formatId), draft);
      expect(ev.blanks).toEqual([]);
      expect(report.tables.every((t) => t.confidence === 1)).toBe(true);
    },
  );
  it('covers the t3 and t4 layouts of both formats', () => {
    expect(T3_ROWS_2019).toHaveLength(22);
    expect(T3_ROWS_2021).toHaveLength(24);
    expect(inputCells(getFormat('gov-2021')).filter((k) => k.startsWith('t3.'))).toEqual(
      T3_ROWS_2021.flatMap((r) => T3_COLS.map((c) => `t3.${r}.${c}`)),
    );
    expect(inputCells(getFormat('gov-2021')).filter((k) => k.startsWith('t4.'))).toEqual(T4_INPUT);
  });
});
