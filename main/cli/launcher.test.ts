// bin/nianbao.mjs picks the bundle (dist/cli) only while it is newer than every source; otherwise the sources.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
let app: string;

/** A copy of the launcher in a fake app folder whose bundle and sources each print who they are. */
beforeAll(() => {
  app = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-launcher-'));
  fs.mkdirSync(path.join(app, 'bin'));
  fs.copyFileSync(path.join(ROOT, 'bin', 'nianbao.mjs'), path.join(app, 'bin', 'nianbao.mjs'));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(app, 'node_modules'), 'dir');
  fs.writeFileSync(path.join(app, 'package.json'), '{"name":"nianbao","type":"module"}\n');
  const mainOf = (who: string) =>
    `export async function main(argv) { process.stdout.write('${who} ' + argv.join(' ') + ' ' + process.env.NIANBAO_FONTS_DIR); return 0; }\n`;
  fs.mkdirSync(path.join(app, 'main', 'cli'), { recursive: true });
  fs.mkdirSync(path.join(app, 'shared'));
  fs.writeFileSync(path.join(app, 'main', 'cli', 'index.ts'), mainOf('sources'));
  fs.writeFileSync(path.join(app, 'shared', 'x.ts'), 'export const x = 1;\n');
  fs.mkdirSync(path.join(app, 'dist', 'cli'), { recursive: true });
  fs.writeFileSync(path.join(app, 'dist', 'cli', 'nianbao.mjs'), mainOf('bundle'));
});
afterAll(() => fs.rmSync(app, { recursive: true, force: true }));

const at = (file: string, seconds: number) => {
  const t = new Date(Date.UTC(2026, 0, 1) + seconds * 1000);
  fs.utimesSync(path.join(app, file), t, t);
};
const launch = (env: Record<string, string> = {}) => {
  const clean = { ...process.env };
  delete clean.NIANBAO_DEV;
  delete clean.NIANBAO_FONTS_DIR;
  return execFileSync(process.execPath, [path.join(app, 'bin', 'nianbao.mjs'), '--version'], {
    cwd: os.tmpdir(),
    env: { ...clean, ...env },
    encoding: 'utf8',
  });
};
const allSourcesAt = (seconds: number) => {
  for (const f of ['package.json', 'main/cli/index.ts', 'shared/x.ts']) at(f, seconds);
};

it('runs the bundle when it is newer than every source, with fonts found next to the app', () => {
  allSourcesAt(0);
  at('dist/cli/nianbao.mjs', 100);
  expect(launch()).toBe(`bundle --version ${path.join(fs.realpathSync(app), 'assets', 'fonts')}`);
});

it('runs the sources when any source file is newer than the bundle (a stale bundle never runs)', () => {
  allSourcesAt(0);
  at('dist/cli/nianbao.mjs', 100);
  at('shared/x.ts', 200);
  expect(launch()).toMatch(/^sources --version/);
  expect(launch({ NIANBAO_DEV: '0' })).toMatch(/^bundle/);
});

it('runs the sources with NIANBAO_DEV=1 or without a bundle', () => {
  allSourcesAt(0);
  at('dist/cli/nianbao.mjs', 100);
  expect(launch({ NIANBAO_DEV: '1' })).toMatch(/^sources/);
  fs.renameSync(path.join(app, 'dist', 'cli', 'nianbao.mjs'), path.join(app, 'dist', 'cli', 'old.mjs'));
  try {
    expect(launch()).toMatch(/^sources/);
  } finally {
    fs.renameSync(path.join(app, 'dist', 'cli', 'old.mjs'), path.join(app, 'dist', 'cli', 'nianbao.mjs'));
  }
});
