// The CLI's text, meta and show --json commands, and the conversions `set` reports — run in-process.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDraft } from '../../../shared/draft/create';
import { serializeDraft } from '../../../shared/draft/envelope';
import { cli } from '../test-support/cli-harness';

let dir: string;
const run = cli.run;
const f = (name: string) => path.join(dir, name);
const shown = async (file: string) => {
  expect(await run('show', file, '--json')).toBe(0);
  return JSON.parse(cli.stdout) as Record<string, unknown> & {
    texts: Record<string, string>;
    signature: { agency: string; date: string };
  };
};

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-cli-meta-'));
  expect(await run('new', '--agency', '南宾街道办事处', '--year', '2025', '-o', f('d.json'))).toBe(0);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('nianbao text', () => {
  it('sets a section from a file (BOM and CRLF removed) and prints it back', async () => {
    fs.writeFileSync(f('s1.txt'), '\uFEFF（一）主动公开\r\n本年度主动公开文件 12 件。\r\n');
    expect(await run('text', f('d.json'), 's1', '--file', f('s1.txt'))).toBe(0);
    expect(cli.stdout).toContain('已填写“一、总体情况”');
    expect(await run('text', f('d.json'), 's1')).toBe(0);
    expect(cli.stdout).toBe('（一）主动公开\n本年度主动公开文件 12 件。\n');
    expect((await shown(f('d.json'))).texts.s1).toBe('（一）主动公开\n本年度主动公开文件 12 件。\n');
  });

  it('sets the preamble from --value', async () => {
    expect(await run('text', f('d.json'), 'preamble', '--value', '本报告依据条例编制。')).toBe(0);
    expect((await shown(f('d.json'))).preamble).toBe('本报告依据条例编制。');
  });

  it.each([
    [['s9', '--value', 'x'], '没有“s9”这一节'],
    [['s1', '--value', 'x', '--file', 'y'], '只能用一个'],
    [['s1', '--file', 'MISSING'], '文件不存在'],
  ])('refuses %j', async (args, message) => {
    const before = fs.readFileSync(f('d.json'), 'utf8');
    const code = await run('text', f('d.json'), ...args.map((a) => (a === 'MISSING' ? f('none.txt') : a)));
    expect(code).toBe(2);
    expect(cli.stderr).toContain(message);
    expect(cli.stderr.trim().split('\n')).toHaveLength(1);
    expect(fs.readFileSync(f('d.json'), 'utf8')).toBe(before);
  });

  it('refuses a file that is not UTF-8', async () => {
    fs.writeFileSync(f('gbk.txt'), Buffer.from([0xc4, 0xea, 0xb1, 0xa8])); // 年报 in GBK
    expect(await run('text', f('d.json'), 's2', '--file', f('gbk.txt'))).toBe(2);
    expect(cli.stderr).toContain('不是 UTF-8');
  });
});

describe('nianbao meta', () => {
  it('renames the agency with the signature (as the editor does) and sets the date', async () => {
    expect(await run('meta', f('d.json'), '--agency', '南宾街道', '--date', '2026年1月20日')).toBe(0);
    expect(cli.stdout).toContain('成文日期 2026年1月20日');
    const s = await shown(f('d.json'));
    expect(s.agency).toBe('南宾街道');
    expect(s.signature).toEqual({ agency: '南宾街道', date: '2026-01-20' });
    expect(s.contact).toBeDefined();
  });

  it('keeps a signature that differs from the agency', async () => {
    const draft = createDraft({ agency: '某区政府办公室', year: 2025 });
    const signed = { ...draft, signature: { agency: '某区人民政府', date: '' } };
    fs.writeFileSync(f('e.json'), serializeDraft(signed, '0.1.0'));
    expect(await run('meta', f('e.json'), '--agency', '某区政务服务局')).toBe(0);
    expect(cli.stdout).toContain('落款机关仍为 某区人民政府');
    const s = await shown(f('e.json'));
    expect(s.agency).toBe('某区政务服务局');
    expect(s.signature.agency).toBe('某区人民政府');
  });

  it.each([
    ['2025-02-30', '2025年2月没有30日'],
    ['2026/13/1', '月份应为'],
    ['明年', '成文日期应写成'],
  ])('refuses the impossible date %s in one Chinese line, exit 2', async (date, message) => {
    const before = fs.readFileSync(f('d.json'), 'utf8');
    expect(await run('meta', f('d.json'), '--date', date)).toBe(2);
    expect(cli.stderr).toContain(message);
    expect(cli.stderr.trim().split('\n')).toHaveLength(1);
    expect(fs.readFileSync(f('d.json'), 'utf8')).toBe(before);
  });

  it('needs something to set', async () => {
    expect(await run('meta', f('d.json'))).toBe(2);
    expect(cli.stderr).toContain('请指定 --agency 或 --date');
  });
});

describe('nianbao set reports its conversions', () => {
  it('元 → 万元, leading zeros, full-width digits', async () => {
    expect(
      await run(
        'set',
        f('d.json'),
        't2_8.fees.amount=12,345元',
        't3.new.natural=007',
        't3.granted.natural=４',
      ),
    ).toBe(0);
    expect(cli.stdout).toContain('t2_8.fees.amount：已将 12345元 换算为 1.2345万元');
    expect(cli.stdout).toContain('t3.new.natural：已按 7 读入（去掉了开头多余的 0）');
    expect(cli.stdout).toContain('t3.granted.natural：已将全角字符“４”按半角读入');
    const s = (await shown(f('d.json'))) as unknown as { cells: Record<string, number | null> };
    expect(s.cells['t2_8.fees.amount']).toBe(1.2345);
    expect(s.cells['t3.new.natural']).toBe(7);
    expect(s.cells['t3.granted.natural']).toBe(4);
  });

  it('prints no conversion line for plain figures', async () => {
    expect(await run('set', f('d.json'), 't3.new.natural=5')).toBe(0);
    expect(cli.stdout).not.toContain('换算');
  });
});

describe('--help', () => {
  it('lists text and meta in Chinese', async () => {
    expect(await run('--help')).toBe(0);
    expect(cli.stdout).toContain('用法： nianbao [选项] <命令> …');
    expect(cli.stdout).toMatch(/text \[options\] <draft\.json> <节>\s+查看或填写一节的文字/);
    expect(cli.stdout).toMatch(/meta \[options\] <draft\.json>\s+设置机关名称、成文日期/);
    expect(cli.stdout).toContain('nianbao meta 2025.json --agency 南宾街道办事处 --date 2026-01-20');
    expect(await run('help', 'meta')).toBe(0);
    expect(cli.stdout).toContain('--date <YYYY-MM-DD>');
    expect(cli.stdout).toContain('选项：');
  });
});
