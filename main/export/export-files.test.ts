// exportFiles writes every file at once, all or none; a failure naming the files written; an existing one is kept.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDraftFile } from '../../shared/draft/envelope';
import { exportFiles } from './export-files';

const parsed = parseDraftFile(
  fs.readFileSync(path.join(__dirname, '__fixtures__/seed-003.draft.json'), 'utf8'),
);
if (!parsed.ok) throw new Error(parsed.message);
const draft = parsed.draft;

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-files-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it('writes every target and reports each', async () => {
  const a = path.join(dir, 'a.html');
  const b = path.join(dir, 'b.html');
  const out = await exportFiles(draft, [
    { kind: 'html', file: a },
    { kind: 'html', file: b },
  ]);
  expect(out.map((t) => t.file)).toEqual([a, b]);
  expect(fs.readFileSync(a)).toEqual(fs.readFileSync(b));
  expect(fs.readdirSync(dir).sort()).toEqual(['a.html', 'b.html']);
});

it('a file that cannot be written leaves none behind', async () => {
  const ok = path.join(dir, 'ok.html');
  const missing = path.join(dir, 'no-such-folder', 'x.html');
  await expect(
    exportFiles(draft, [
      { kind: 'html', file: ok },
      { kind: 'html', file: missing },
    ]),
  ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  expect(fs.readdirSync(dir)).toEqual([]);
});

it('a file that cannot be put in place is kept and the message names the files written', async () => {
  const taken = path.join(dir, 'taken.html');
  const ok = path.join(dir, 'ok.html');
  fs.writeFileSync(taken, 'keep');
  await expect(
    exportFiles(draft, [
      { kind: 'html', file: taken },
      { kind: 'html', file: ok },
    ]),
  ).rejects.toMatchObject({ code: 'EXISTS', message: /已存在.*已写入：“ok\.html”/ });
  expect(fs.readFileSync(taken, 'utf8')).toBe('keep');
  expect(fs.readdirSync(dir).sort()).toEqual(['ok.html', 'taken.html']);
});

it('never overwrites without the overwrite flag', async () => {
  const a = path.join(dir, 'a.html');
  fs.writeFileSync(a, 'keep');
  await expect(exportFiles(draft, [{ kind: 'html', file: a }])).rejects.toMatchObject({ code: 'EXISTS' });
  expect(fs.readFileSync(a, 'utf8')).toBe('keep');
  await exportFiles(draft, [{ kind: 'html', file: a }], { overwrite: true });
  expect(fs.readFileSync(a, 'utf8')).not.toBe('keep');
});
