// Issue 14 reproduced through the CLI: released printed totals, format vs year, exact fill count, C7, −5.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Draft } from '../../shared/draft/schema';
import { readDraft, writeDraft } from './draft-io';
import { cli } from './test-support/cli-harness';

let dir: string;
const f = (name: string) => path.join(dir, name);
const SEED_003 = path.join(__dirname, '..', '..', 'fixtures', 'seeds', '003_be04c842d3f1cdaa.txt');
const ids = () => (JSON.parse(cli.stdout) as { issues: { ruleId: string }[] }).issues.map((i) => i.ruleId);
/** Stands in for the `text` / `meta` commands: edits the draft file through the same reader and writer. */
const edit = (file: string, patch: (d: Draft) => Draft) =>
  writeDraft(file, patch(readDraft(file).draft), { overwrite: true });

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-checks-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('F1: printed totals of an imported report', () => {
  it('are released by set, so a balanced table validates', async () => {
    expect(await cli.run('import', SEED_003, '-o', f('s.json'))).toBe(0);
    expect(Object.keys(readDraft(f('s.json')).draft.stated).length).toBeGreaterThan(0);
    expect(await cli.run('set', f('s.json'), 't3.new.natural=5', 't3.granted.natural=3')).toBe(0);
    edit(f('s.json'), (d) => ({ ...d, signature: { ...d.signature, date: '2025-01-20' } }));
    expect(await cli.run('validate', f('s.json'), '--json')).toBe(0);
    expect(ids().filter((id) => /^R3-[123]$/.test(id))).toEqual([]);
  });
});

describe('the format must fit the year', () => {
  it('new refuses 2022 in the 2019 format with one Chinese line', async () => {
    const args = ['new', '--agency', '某镇', '--year', '2022', '--format', 'gov-2019', '-o', f('x.json')];
    expect(await cli.run(...args)).toBe(2);
    expect(cli.stderr.trim()).toBe(
      '错误：2022 年度的报告应使用2021年版国家格式（国办公开办函〔2021〕30号），不能用 gov-2019',
    );
    expect(fs.existsSync(f('x.json'))).toBe(false);
  });
});

describe('fill and carried blanks (F6)', () => {
  it('counts exactly what it fills, carried blanks included, and leaves nothing blank', async () => {
    await cli.run('new', '--agency', '甲街道', '--year', '2024', '-o', f('2024.json'));
    await cli.run('set', f('2024.json'), 't3.new.natural=1', 't3.granted.natural=1');
    await cli.run('carry', f('2024.json'), '-o', f('2025.json'));
    await cli.run('validate', f('2025.json'), '--json');
    const blanks = (JSON.parse(cli.stdout) as { issues: { ruleId: string; cells: string[] }[] }).issues
      .filter((i) => /^R\d-[14]$|^R2-1$/.test(i.ruleId))
      .reduce((n, i) => n + i.cells.length, 0);
    expect(await cli.run('fill', f('2025.json'))).toBe(0);
    expect(cli.stdout).toBe(`已将 ${blanks} 个未填写的单元格填为 0\n`);
    await cli.run('validate', f('2025.json'), '--json');
    expect(ids().filter((id) => ['R2-1', 'R3-4', 'R4-4'].includes(id))).toEqual([]);
  });
});

describe('validate --previous of another agency (F7, C7)', () => {
  it('says so instead of comparing', async () => {
    await cli.run('new', '--agency', '乙县教育局', '--year', '2024', '-o', f('other.json'));
    await cli.run('set', f('other.json'), 't3.new.natural=3', 't3.carry_forward.natural=3');
    await cli.run('fill', f('other.json'));
    await cli.run('new', '--agency', '甲街道办事处', '--year', '2025', '-o', f('mine.json'));
    await cli.run('fill', f('mine.json'));
    await cli.run('validate', f('mine.json'), '--previous', f('other.json'), '--json');
    expect(ids()).toContain('C7');
    expect(ids()).not.toContain('C1');
  });
});

describe('a carried 现行有效件数 that comes out negative', () => {
  it('is an error naming the cell', async () => {
    await cli.run('new', '--agency', '甲街道', '--year', '2024', '-o', f('a.json'));
    await cli.run('set', f('a.json'), 't2_1.norms.valid=10');
    await cli.run('fill', f('a.json'));
    await cli.run('carry', f('a.json'), '-o', f('b.json'));
    await cli.run('set', f('b.json'), 't2_1.norms.repealed=15');
    await cli.run('fill', f('b.json'));
    expect(await cli.run('validate', f('b.json'))).toBe(1);
    expect(cli.stdout).toContain('[错误 R0-5] 表二（第二十条第（一）项） 行政规范性文件 现行有效件数');
    expect(cli.stdout).toContain('= -5');
  });
});

describe('a consistent, complete report', () => {
  it('validates with exit 0, no error and no warning', async () => {
    await cli.run('new', '--agency', '南宾街道办事处', '--year', '2024', '-o', f('ok.json'));
    await cli.run('set', f('ok.json'), 't3.new.natural=4', 't3.granted.natural=4');
    await cli.run('fill', f('ok.json'));
    edit(f('ok.json'), (d) => ({
      ...d,
      signature: { ...d.signature, date: '2025-01-20' },
      texts: {
        s1: '（一）主动公开\n全年主动公开政府信息372条。\n（二）依申请公开\n本年度收到政府信息公开申请4件，均已按期答复。',
        s5: '（一）存在的主要问题：个别栏目更新不及时。\n（二）改进情况：建立栏目月检制度。',
        s6: '本年度未收取信息处理费。',
      },
    }));
    expect(await cli.run('validate', f('ok.json'), '--json')).toBe(0);
    expect(JSON.parse(cli.stdout)).toMatchObject({ errors: 0, warnings: 0 });
  });
});
