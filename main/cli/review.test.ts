// `nianbao review` and `nianbao rollup`: lines per unit, exit codes, JSON shape, 审核表 .xlsx/.csv, sums, provenance, refusals.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parseDraftFile, serializeDraft } from '../../shared/draft/envelope';
import { writeDraft } from './draft-io';
import { cli } from './test-support/cli-harness';

// Each case runs the CLI several times, each reading files through the import worker: generous under a loaded CI.
jest.setTimeout(30_000);

let dir: string;
const run = cli.run;
const f = (name: string) => path.join(dir, name);
const FIXTURES = path.join(__dirname, '../import/__fixtures__');

/** A 2021-format draft of `agency` with the given cells (via the CLI itself). */
async function unit(name: string, agency: string, year: number, cells: string[]): Promise<string> {
  expect(await run('new', '--agency', agency, '--year', String(year), '-o', f(name))).toBe(0);
  if (cells.length > 0) expect(await run('set', f(name), ...cells)).toBe(0);
  return f(name);
}

/** Fills every blank with 0 so the unit has no errors from blanks. */
const fill = async (file: string) => expect(await run('fill', file)).toBe(0);

function readDraft(file: string) {
  const res = parseDraftFile(fs.readFileSync(file, 'utf8'));
  if (!res.ok) throw new Error(res.message);
  return res.draft;
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-review-cli-'));
  fs.mkdirSync(f('units'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('nianbao review', () => {
  it('prints one line per unit and exits 0 when no report has an error', async () => {
    const a = await unit('units/a.json', '甲街道办事处', 2025, ['t3.new.natural=2', 't3.granted.natural=2']);
    await fill(a);
    expect(await run('review', f('units'))).toBe(0);
    expect(cli.stdout).toContain('甲街道办事处｜2025 年度｜');
    expect(cli.stdout).toContain('错误 0');
    expect(cli.stdout).toContain('共审核 1 份报告：0 份有错误');
  });

  it('exits 1 when a report has an error; --json gives the documented shape', async () => {
    await unit('units/a.json', '甲街道办事处', 2025, ['t3.new.natural=4', 't3.granted.natural=3']);
    await fill(f('units/a.json'));
    expect(await run('review', f('units'), '--json')).toBe(1);
    const json = JSON.parse(cli.stdout);
    expect(json.reports).toHaveLength(1);
    const r = json.reports[0];
    expect(r).toMatchObject({
      file: f('units/a.json'),
      agency: '甲街道办事处',
      year: 2025,
      format: 'gov-2021',
    });
    expect(r.errors).toBeGreaterThan(0);
    expect(typeof r.warnings).toBe('number');
    expect(r.unresolved).toBe(0);
    expect(r.issues.some((i: { message: string }) => i.message.includes('自然人'))).toBe(true);
    expect(json.unreadable).toEqual([]);
  });

  it('lists unreadable inputs with the reason and exits 2', async () => {
    await fill(await unit('units/a.json', '甲街道办事处', 2025, []));
    fs.writeFileSync(f('units/broken.docx'), 'not a zip');
    fs.writeFileSync(f('units/empty.txt'), '');
    expect(await run('review', f('units'), f('missing.json'))).toBe(2);
    expect(cli.stdout).toContain(`无法读取：${f('units/broken.docx')}：Word 文件已损坏`);
    expect(cli.stdout).toContain(`无法读取：${f('units/empty.txt')}：文件是空的`);
    expect(cli.stdout).toContain(`无法读取：${f('missing.json')}：文件或文件夹不存在`);
    expect(cli.stdout).toContain('甲街道办事处｜2025 年度');
  });

  it('reports 需核对 cells of a published report and the repeat rate against the previous year among the inputs', async () => {
    const text =
      '本年度我局认真贯彻落实政府信息公开条例，持续深化政务公开，不断提升公开质量和实效，切实保障群众知情权。';
    const prev = await unit('units/prev.json', '甲街道办事处', 2024, []);
    const cur = await unit('units/cur.json', '甲街道办事处', 2025, []);
    for (const file of [prev, cur]) {
      const d = readDraft(file);
      const next = { ...d, texts: { ...d.texts, s1: text } };
      fs.writeFileSync(file, serializeDraft(next, 'test'));
    }
    fs.copyFileSync(path.join(FIXTURES, 'glued-2021.txt'), f('units/glued.txt'));
    expect(await run('review', f('units'), '--json', '--year', '2025')).toBe(1);
    const json = JSON.parse(cli.stdout);
    expect(json.reports.map((r: { year: number }) => r.year)).toEqual([2025]);
    expect(json.reports[0].repeatRate).toBeGreaterThan(0.9);
    expect(json.reports[0].previousFile).toBe(prev);
    expect(await run('review', f('units/glued.txt'), '--json')).toBe(1);
    const glued = JSON.parse(cli.stdout).reports[0];
    expect(glued.unresolved).toBe(3);
    expect(glued.unresolvedCells[0].cell).toMatch(/^t2_1\./);
  });

  it('flags a 成文日期 after the 公开期限', async () => {
    const a = await unit('units/a.json', '甲街道办事处', 2025, []);
    const d = readDraft(a);
    fs.writeFileSync(
      a,
      serializeDraft({ ...d, signature: { agency: '甲街道办事处', date: '2026-02-10' } }, 'test'),
    );
    expect(await run('review', a, '--json')).toBe(1);
    const r = JSON.parse(cli.stdout).reports[0];
    expect(r).toMatchObject({ timeliness: 'late', deadline: '2026-01-31', signatureDate: '2026-02-10' });
    expect(r.issues.some((i: { ruleId: string }) => i.ruleId === 'D-1')).toBe(true);
  });

  it('writes the 审核表 as .xlsx (read back by exceljs) and CSV with a BOM, never overwriting silently', async () => {
    await fill(await unit('units/a.json', '甲街道办事处', 2025, ['t3.new.natural=4']));
    await fill(await unit('units/b.json', '乙镇人民政府', 2025, []));
    expect(await run('review', f('units'), '--xlsx', f('审核表.xlsx'), '--csv', f('审核表.csv'))).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f('审核表.xlsx'));
    const sheet = wb.getWorksheet('审核表');
    expect(sheet?.getRow(1).getCell(1).value).toBe('机关');
    expect(sheet?.getRow(2).getCell(1).value).toBe('甲街道办事处');
    expect(Number(sheet?.getRow(2).getCell(4).value)).toBeGreaterThan(0);
    expect(sheet?.getRow(3).getCell(1).value).toBe('乙镇人民政府');
    expect(sheet?.getRow(3).getCell(4).value).toBe(0);
    expect((wb.getWorksheet('问题明细')?.rowCount ?? 0) > 1).toBe(true);
    const csv = fs.readFileSync(f('审核表.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('乙镇人民政府,2025');
    expect(await run('review', f('units'), '--xlsx', f('审核表.xlsx'))).toBe(2);
    expect(cli.stderr).toContain('文件已存在');
  });
});

describe('nianbao rollup', () => {
  it('sums every input cell (表二 现行有效件数 and 万元 exactly), keeps provenance, shown by show --json', async () => {
    await unit('units/a.json', '甲街道', 2025, [
      't3.new.natural=3',
      't2_1.norms.valid=5',
      't2_8.fees.amount=0.1',
      't4.cases.review_upheld=1',
    ]);
    await unit('units/b.json', '乙镇', 2025, [
      't3.new.natural=4',
      't2_1.norms.valid=7',
      't2_8.fees.amount=0.2',
    ]);
    expect(
      await run('rollup', f('units'), '--agency', '某区人民政府办公室', '--year', '2025', '-o', f('t.json')),
    ).toBe(0);
    expect(cli.stdout).toContain('已汇总 2 个单位');
    const d = readDraft(f('t.json'));
    expect(d.agency).toBe('某区人民政府办公室');
    expect(d.cells['t3.new.natural']).toBe(7);
    expect(d.cells['t2_1.norms.valid']).toBe(12);
    expect(d.cells['t2_8.fees.amount']).toBe(0.3);
    expect(d.cells['t3.new.commercial']).toBeNull(); // blank in every unit stays blank
    expect(d.cells['t4.cases.review_upheld']).toBe(1); // blank in one unit: known part summed, marked
    expect(d.rollup?.unresolved).toContain('t4.cases.review_upheld');
    expect(d.rollup?.units).toEqual([
      { agency: '甲街道', file: f('units/a.json') },
      { agency: '乙镇', file: f('units/b.json') },
    ]);
    expect(d.rollup?.cells['t3.new.natural']).toEqual([
      { unit: 0, value: 3 },
      { unit: 1, value: 4 },
    ]);
    expect(d.texts.s1).toContain('【汇总提纲');
    expect(d.texts.s1).toContain('1. 甲街道：');
    expect(d.texts.s1).toContain('新收申请 3');
    expect(await run('show', f('t.json'), '--json')).toBe(0);
    const shown = JSON.parse(cli.stdout);
    expect(shown.cells['t3.new.total']).toBe(7);
    expect(shown.rollup.cells['t2_8.fees.amount']).toEqual([
      { unit: 0, value: 0.1 },
      { unit: 1, value: 0.2 },
    ]);
  });

  it('sums carried cells (上年结转) as the units see them', async () => {
    const last = await unit('last.json', '甲街道', 2024, ['t3.carry_forward.natural=2']);
    expect(await run('carry', last, '-o', f('units/a.json'))).toBe(0);
    await unit('units/b.json', '乙镇', 2025, ['t3.carried.natural=1']);
    expect(await run('rollup', f('units'), '--agency', '某区', '--year', '2025', '-o', f('t.json'))).toBe(0);
    expect(readDraft(f('t.json')).cells['t3.carried.natural']).toBe(3);
  });

  it('marks cells a unit’s import could not read as 需核对', async () => {
    fs.copyFileSync(path.join(FIXTURES, 'glued-2021.txt'), f('units/glued.txt'));
    await unit('units/b.json', '乙镇', 2021, ['t2_1.norms.issued=2']);
    expect(await run('rollup', f('units'), '--agency', '某区', '--year', '2021', '-o', f('t.json'))).toBe(0);
    expect(cli.stdout).toContain('需核对');
    const d = readDraft(f('t.json'));
    const unsure = Object.entries(d.rollup?.cells ?? {}).filter(([, es]) => es.some((e) => e.unresolved));
    expect(unsure.length).toBe(3);
    for (const [key] of unsure) expect(d.rollup?.unresolved).toContain(key);
  });

  it('refuses mixed years or formats with one line, and unreadable inputs', async () => {
    await unit('units/a.json', '甲街道', 2025, []);
    await unit('units/b.json', '乙镇', 2024, []);
    expect(await run('rollup', f('units'), '--agency', '某区', '--year', '2025', '-o', f('t.json'))).toBe(2);
    expect(cli.stderr).toBe('错误：各单位报告的年度不一致（2024、2025），请只选同一年度的报告再汇总\n');
    fs.rmSync(f('units/b.json'));
    // A unit still on the 2019 form in 2025 (seen in published reports; `nianbao new` refuses to create one).
    await unit('units/b.json', '乙镇', 2025, []);
    const old = { ...readDraft(f('units/b.json')), formatId: 'gov-2019' as const, cells: {} };
    writeDraft(f('units/b.json'), old, { overwrite: true });
    expect(await run('rollup', f('units'), '--agency', '某区', '--year', '2025', '-o', f('t.json'))).toBe(2);
    expect(cli.stderr).toMatch(/^错误：各单位报告的格式不一致（.+），不能汇总\n$/);
    expect(
      await run('rollup', f('units/a.json'), '--agency', '某区', '--year', '2024', '-o', f('t.json')),
    ).toBe(2);
    expect(cli.stderr).toContain('与要汇总的 2024 年度不符');
    fs.writeFileSync(f('units/b.json'), '{"format":"nianbao-draft"');
    expect(await run('rollup', f('units'), '--agency', '某区', '--year', '2025', '-o', f('t.json'))).toBe(2);
    expect(cli.stderr).toContain(`无法读取：${f('units/b.json')}`);
    expect(fs.existsSync(f('t.json'))).toBe(false);
  });
});
