// `nianbao import <file> -o <draft.json> [--report <report.json>]`: output files, summary, no silent overwrite.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDraftFile } from '../../shared/draft/envelope';
import { cli } from './test-support/cli-harness';

let dir: string;

const run = cli.run;
const f = (name: string) => path.join(dir, name);
const SEEDS = path.resolve(__dirname, '../../fixtures/seeds');
const seed = (p: string) => path.join(SEEDS, fs.readdirSync(SEEDS).find((n) => n.startsWith(p)) ?? '');

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-import-cli-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('nianbao import', () => {
  it('writes the draft file and the report JSON and prints a summary', async () => {
    expect(await run('import', seed('001'), '-o', f('d.json'), '--report', f('r.json'))).toBe(0);
    const read = parseDraftFile(fs.readFileSync(f('d.json'), 'utf8'));
    expect(read.ok && read.draft.year).toBe(2020);
    const report = JSON.parse(fs.readFileSync(f('r.json'), 'utf8'));
    expect(report).toMatchObject({ formatId: 'gov-2019', year: 2020, agency: '西工区金谷园街道办事处' });
    expect(report.tables.find((t: { tableId: string }) => t.tableId === 't3')).toMatchObject({ derived: 12 });
    expect(report.derived).toHaveLength(12);
    expect(cli.stdout).toContain('年度：2020（来自标题）');
    expect(cli.stdout).toContain('推算：表三 （一）予以公开 自然人 = 0');
    // The imported draft goes through the normal checks.
    expect(await run('validate', f('d.json'))).toBe(0);
  });

  it('lists cells to check (需核对) with the source text', async () => {
    const txt = fs.readFileSync(path.join(__dirname, '../import/__fixtures__/glued-2021.txt'), 'utf8');
    fs.writeFileSync(f('g.txt'), txt);
    expect(await run('import', f('g.txt'), '-o', f('g.json'))).toBe(0);
    expect(cli.stdout).toContain('需核对的单元格 3 个');
    expect(cli.stdout).toContain('原文“行政规范性文件：3112”');
  });

  it('never overwrites without --force, and reports unreadable input with exit code 2', async () => {
    fs.writeFileSync(f('d.json'), 'mine');
    expect(await run('import', seed('003'), '-o', f('d.json'))).toBe(2);
    expect(cli.stderr).toContain('文件已存在');
    expect(fs.readFileSync(f('d.json'), 'utf8')).toBe('mine');
    expect(await run('import', seed('003'), '-o', f('d.json'), '--force')).toBe(0);
    expect(await run('import', f('missing.txt'), '-o', f('x.json'))).toBe(2);
    expect(cli.stderr).toContain('文件不存在');
    fs.writeFileSync(f('empty.txt'), '');
    expect(await run('import', f('empty.txt'), '-o', f('y.json'))).toBe(2);
    expect(cli.stderr).toContain('文件是空的');
    expect(fs.existsSync(f('y.json'))).toBe(false);
  });
});
