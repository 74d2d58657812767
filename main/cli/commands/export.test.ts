// `nianbao export`: writes the requested kinds, refuses to overwrite without --force, explains bad input, warns on errors.
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURE, tmpDir } from '../../export/test-support/tools';
import { cli } from '../test-support/cli-harness';

jest.setTimeout(60_000);

const run = cli.run;

describe('nianbao export', () => {
  it('exports PDF, DOCX and HTML and reports each file', async () => {
    const dir = tmpDir();
    const [pdf, docx, html] = ['a.pdf', 'a.docx', 'a.html'].map((n) => path.join(dir, n));
    expect(
      await run(
        'export',
        FIXTURE,
        '--pdf',
        pdf ?? '',
        '--docx',
        docx ?? '',
        '--html',
        html ?? '',
        '--bundled-fonts',
      ),
    ).toBe(0);
    expect(cli.stdout).toContain('已导出 PDF');
    expect(cli.stdout).toContain('页');
    expect(
      fs
        .readFileSync(pdf ?? '')
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(
      fs
        .readFileSync(docx ?? '')
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    expect(fs.readFileSync(html ?? '', 'utf8')).toContain('<table');
    expect(cli.stderr).toBe('');
  });

  it('refuses to overwrite without --force and overwrites with it', async () => {
    const dir = tmpDir();
    const out = path.join(dir, 'a.html');
    fs.writeFileSync(out, 'keep');
    expect(await run('export', FIXTURE, '--html', out)).toBe(2);
    expect(cli.stderr).toContain('文件已存在');
    expect(cli.stderr).toContain('--force');
    expect(fs.readFileSync(out, 'utf8')).toBe('keep');
    expect(await run('export', FIXTURE, '--html', out, '--force')).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('<!DOCTYPE html>');
  });

  it('needs at least one output and a readable draft', async () => {
    expect(await run('export', FIXTURE)).toBe(2);
    expect(cli.stderr).toContain('请至少指定');
    const dir = tmpDir();
    expect(await run('export', path.join(dir, 'missing.json'), '--pdf', path.join(dir, 'a.pdf'))).toBe(2);
    expect(cli.stderr).toContain('文件或文件夹不存在');
  });

  it('warns when the draft still has errors', async () => {
    const dir = tmpDir();
    const draftFile = path.join(dir, 'd.json');
    expect(await run('new', '--agency', '某街道办事处', '--year', '2024', '-o', draftFile)).toBe(0);
    expect(await run('export', draftFile, '--html', path.join(dir, 'd.html'))).toBe(0);
    expect(cli.stderr).toMatch(/还有 \d+ 个错误未解决/);
  });
});
