// `nianbao drafts …` against a temp data dir: import, list, show, export (no clobber), history, restore, 回收站.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serializeDraft } from '../../../shared/draft/envelope';
import { fullDraft2021 } from '../../store/sample-drafts';
import { cli } from '../test-support/cli-harness';

// Real disk writes with fsync: generous under a busy CI machine.
jest.setTimeout(30_000);

let dir: string;

const run = cli.run;
const f = (name: string) => path.join(dir, name);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-cli-drafts-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it('works end to end on --data-dir', async () => {
  const dd = ['--data-dir', f('data')];
  const draft = fullDraft2021({ id: 'cli1' });
  fs.writeFileSync(f('in.json'), serializeDraft(draft, '0.1.0'));
  expect(await run('drafts', 'list', ...dd)).toBe(0);
  expect(cli.stdout).toBe('（没有草稿）\n');

  expect(await run('drafts', 'import', f('in.json'), ...dd)).toBe(0);
  expect(cli.stdout).toBe('已导入：cli1（XX市XX区人民政府办公室 2024年度）\n');
  expect(await run('drafts', ...dd, 'list')).toBe(0);
  expect(cli.stdout).toMatch(
    /^cli1 {2}XX市XX区人民政府办公室 {2}2024年度 {2}2021年版.*(错误 \d+，警告 \d+|校验通过) {2}保存于 \d{4}-\d\d-\d\d \d\d:\d\d\n$/,
  );
  expect(await run('drafts', 'show', 'cli1', ...dd)).toBe(0);
  expect(cli.stdout).toContain('XX市XX区人民政府办公室 2024 年度政府信息公开工作年度报告');

  expect(await run('drafts', 'export', 'cli1', '-o', f('out.json'), ...dd)).toBe(0);
  expect(fs.readFileSync(f('out.json')).equals(fs.readFileSync(f('data/drafts/cli1.json')))).toBe(true);
  fs.writeFileSync(f('out.json'), 'mine');
  expect(await run('drafts', 'export', 'cli1', '-o', f('out.json'), ...dd)).toBe(2);
  expect(cli.stderr).toMatch(/^错误：文件“out.json”已存在，未覆盖/);
  expect(fs.readFileSync(f('out.json'), 'utf8')).toBe('mine');
  expect(await run('drafts', 'export', 'cli1', '-o', f('out.json'), '--force', ...dd)).toBe(0);

  // History lists the generation; restoring it works (a no-op here: it is the current version).
  expect(await run('drafts', 'history', 'cli1', ...dd)).toBe(0);
  const firstGen = cli.stdout.split('  ')[0] ?? '';
  expect(firstGen).toMatch(/^\d{13}-[0-9a-f]{8}$/);
  expect(await run('drafts', 'restore', 'cli1', firstGen, ...dd)).toBe(0);
  expect(cli.stdout).toMatch(/^已恢复到 .* 的版本。/);
  expect(await run('drafts', 'restore', 'cli1', 'nope', ...dd)).toBe(2);

  expect(await run('drafts', 'trash', 'cli1', ...dd)).toBe(0);
  expect(await run('drafts', 'trash', ...dd)).toBe(0);
  expect(cli.stdout).toMatch(/^cli1 .* 删除于 /);
  expect(await run('drafts', 'untrash', 'cli1', ...dd)).toBe(0);
  expect(await run('drafts', 'empty-trash', ...dd)).toBe(2);
  expect(cli.stderr).toContain('--yes');
  expect(await run('drafts', 'show', 'missing', ...dd)).toBe(2);
  expect(cli.stderr).toBe('错误：找不到该草稿。\n');
  // Every command released the data dir.
  expect(fs.existsSync(f('data/nianbao.lock'))).toBe(false);
});

it('uses NIANBAO_DATA_DIR when no --data-dir is given and reports damaged files it recovered', async () => {
  process.env.NIANBAO_DATA_DIR = f('env-data');
  try {
    fs.writeFileSync(f('in.json'), serializeDraft(fullDraft2021({ id: 'e1' }), '0.1.0'));
    expect(await run('drafts', 'import', f('in.json'))).toBe(0);
    fs.writeFileSync(f('env-data/drafts/e1.json'), '{"broken');
    expect(await run('drafts', 'list')).toBe(0);
    expect(cli.stdout).toMatch(/^e1 /);
    expect(cli.stderr).toMatch(
      /注意：《XX市XX区人民政府办公室2024年度报告》：草稿文件损坏，已从 .* 的备份恢复/,
    );
  } finally {
    delete process.env.NIANBAO_DATA_DIR;
  }
});

it('show checks the 成文日期 against the 公开期限 of the settings', async () => {
  const dd = ['--data-dir', f('data')];
  const late = fullDraft2021({ id: 'late1' });
  const draft = { ...late, signature: { ...late.signature, date: '2025-03-10' } };
  fs.writeFileSync(f('in.json'), serializeDraft(draft, '0.1.0'));
  expect(await run('drafts', 'import', f('in.json'), ...dd)).toBe(0);
  expect(await run('drafts', 'show', 'late1', ...dd)).toBe(0);
  expect(cli.stdout).toContain('R0-3]');
  const { closeServices, createServices } = await import('../../services');
  const services = createServices({ dataDir: f('data'), shell: 'browser' });
  await services['settings:set']({ deadline: '03-31' });
  await closeServices(services);
  expect(await run('drafts', 'show', 'late1', ...dd)).toBe(0);
  expect(cli.stdout).not.toContain('R0-3]');
});
