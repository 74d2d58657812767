// The `nianbao` CLI on draft files: new, set, fill, show, validate, carry, formats — output and exit codes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli } from './test-support/cli-harness';

let dir: string;

const run = cli.run;
const f = (name: string) => path.join(dir, name);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-cli-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('nianbao new / set / fill / show / validate', () => {
  it('creates a draft, fills figures and validates it', async () => {
    expect(await run('new', '--agency', '南宾街道办事处', '--year', '2024', '-o', f('a.json'))).toBe(0);
    expect(cli.stdout).toContain('已新建');
    expect(await run('validate', f('a.json'))).toBe(1);
    expect(cli.stdout).toContain('[错误 R3-4]');

    expect(
      await run('set', f('a.json'), 't3.new.natural=４', 't3.granted.natural=2', 't3.unable_none.natural=1'),
    ).toBe(0);
    expect(await run('set', f('a.json'), 't3.other_overdue.natural=1')).toBe(0);
    expect(await run('fill', f('a.json'))).toBe(0);
    expect(await run('validate', f('a.json'), '--json')).toBe(0);
    const v = JSON.parse(cli.stdout);
    expect(v.errors).toBe(0);

    expect(await run('show', f('a.json'), '--json')).toBe(0);
    const shown = JSON.parse(cli.stdout);
    expect(shown).toMatchObject({ format: 'gov-2021', year: 2024, agency: '南宾街道办事处' });
    expect(shown.cells['t3.new.natural']).toBe(4);
    expect(shown.cells['t3.results_total.total']).toBe(4);
    expect(Object.keys(shown.cells)).toHaveLength(175 + 10 + 15);
  });

  it('reports an R3-1 error with exit code 1', async () => {
    await run('new', '--agency', '某镇人民政府', '--year', '2023', '-o', f('b.json'));
    await run('set', f('b.json'), 't3.new.natural=5', 't3.granted.natural=4');
    await run('fill', f('b.json'));
    expect(await run('validate', f('b.json'))).toBe(1);
    expect(cli.stdout).toContain(
      '表三“自然人”列：本年新收(5) + 上年结转(0) = 5，但办理结果总计(4) + 结转下年度(0) = 4',
    );
  });

  it('prints a human-readable table view', async () => {
    await run('new', '--agency', '某镇', '--year', '2019', '-o', f('c.json'));
    expect(await run('show', f('c.json'))).toBe(0);
    expect(cli.stdout).toContain('2019年版国家格式');
    expect(cli.stdout).toContain('本年增/减 —');
  });
});

describe('refusals: one Chinese line, non-zero exit, file untouched', () => {
  it.each([
    [['new', '--agency', 'x', '--year', '20x4', '-o', 'OUT'], '年度应为四位数字'],
    [['new', '--agency', 'x', '--year', '2024', '--format', 'gov-2030', '-o', 'OUT'], '未知的格式'],
    [['new', '--agency', 'x', '-o', 'OUT'], '缺少必需的选项 --year'],
    [['frobnicate'], '未知的命令'],
    [['show', 'MISSING'], '文件或文件夹不存在'],
  ])('%j', async (args, message) => {
    const code = await run(
      ...args.map((a) => (a === 'OUT' ? f('o.json') : a === 'MISSING' ? f('none.json') : a)),
    );
    expect(code).toBe(2);
    expect(cli.stderr).toContain(message);
    expect(cli.stderr.trim().split('\n')).toHaveLength(1);
    expect(cli.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('does not overwrite an existing file without --force', async () => {
    await run('new', '--agency', '甲', '--year', '2024', '-o', f('d.json'));
    const before = fs.readFileSync(f('d.json'), 'utf8');
    expect(await run('new', '--agency', '乙', '--year', '2024', '-o', f('d.json'))).toBe(2);
    expect(cli.stderr).toContain('文件已存在');
    expect(fs.readFileSync(f('d.json'), 'utf8')).toBe(before);
    expect(await run('new', '--agency', '乙', '--year', '2024', '-o', f('d.json'), '--force')).toBe(0);
  });

  it('refuses bad values and keys in set, leaving the file as it was', async () => {
    await run('new', '--agency', '甲', '--year', '2024', '-o', f('e.json'));
    const before = fs.readFileSync(f('e.json'), 'utf8');
    expect(await run('set', f('e.json'), 't3.new.natural=1', 't3.new.legal=-1')).toBe(2);
    expect(cli.stderr).toContain('t3.new.legal');
    expect(await run('set', f('e.json'), 't3.results_total.natural=1')).toBe(2);
    expect(cli.stderr).toContain('自动计算');
    expect(await run('set', f('e.json'), 't9.a.b=1')).toBe(2);
    expect(await run('set', f('e.json'), 'novalue')).toBe(2);
    expect(fs.readFileSync(f('e.json'), 'utf8')).toBe(before);
  });

  it('exit 2 for an unreadable or corrupt draft in validate', async () => {
    fs.writeFileSync(f('bad.json'), '{"format":"nianbao-draft"');
    expect(await run('validate', f('bad.json'))).toBe(2);
    expect(cli.stderr).toContain('无法解析');
  });
});

describe('nianbao carry', () => {
  it('carries 上年结转 from last year and checks with --previous', async () => {
    await run('new', '--agency', '甲街道', '--year', '2024', '-o', f('2024.json'));
    await run(
      'set',
      f('2024.json'),
      't3.new.natural=3',
      't3.granted.natural=1',
      't3.carry_forward.natural=2',
    );
    await run('fill', f('2024.json'));
    expect(await run('carry', f('2024.json'), '-o', f('2025.json'))).toBe(0);
    expect(cli.stdout).toContain('8 个单元格按上年结转'); // 表三 6 columns (C1) + 现行有效件数 2 rows (C2)
    await run('show', f('2025.json'), '--json');
    const next = JSON.parse(cli.stdout);
    expect(next.year).toBe(2025);
    expect(next.cells['t3.carried.natural']).toBe(2);
    expect(next.carried['t3.carried.natural']).toContain('结转下年度继续办理');

    await run('new', '--agency', '甲街道', '--year', '2025', '-o', f('typed.json'));
    await run('fill', f('typed.json'));
    expect(await run('validate', f('typed.json'), '--previous', f('2024.json'), '--json')).toBe(1);
    expect(JSON.parse(cli.stdout).issues.map((i: { ruleId: string }) => i.ruleId)).toContain('C1');

    expect(await run('set', f('2025.json'), 't3.carried.natural=1')).toBe(2);
    expect(cli.stderr).toContain('须说明原因');
    expect(await run('set', f('2025.json'), 't3.carried.natural=1', '--reason', '上年统计有误')).toBe(0);
  });

  it('refuses a year that is not later', async () => {
    await run('new', '--agency', '甲', '--year', '2024', '-o', f('x.json'));
    expect(await run('carry', f('x.json'), '-o', f('y.json'), '--year', '2023')).toBe(2);
  });
});

describe('nianbao formats --json', () => {
  it('lists every format with tables, rows and columns (stable cell keys)', async () => {
    expect(await run('formats', '--json')).toBe(0);
    const data = JSON.parse(cli.stdout);
    expect(data.formats.map((x: { id: string }) => x.id)).toEqual(['gov-2021', 'gov-2019', 'pre-2019']);
    const t3 = data.formats[0].tables.find((t: { id: string }) => t.id === 't3');
    expect(t3.rows[0]).toEqual({ key: 'new', label: '一、本年新收政府信息公开申请数量', kind: 'input' });
    expect(t3.columns.map((c: { key: string }) => c.key)).toEqual([
      'natural',
      'commercial',
      'research',
      'social',
      'legal',
      'other_org',
      'total',
    ]);
  });
});
