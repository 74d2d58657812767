#!/usr/bin/env node
// Runs Electronegativity on the Electron shell's sources and the served index.html; fails on any finding not excluded.
// Exclusions live in scripts/electronegativity.json, each explained in docs/SECURITY.md. Electronegativity would look
// up Electron releases and translations on the internet; `got` is replaced by an offline stub so no request leaves
// the machine (the project never touches the network, in tests neither).
import { cp, mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const FALLBACK_HTML =
  '<!doctype html>\n<html lang="zh-CN">\n  <head>\n    <meta charset="utf-8" />\n  </head>\n</html>\n';

/** Copies the shell's sources (not tests or mocks) and the index.html as served (with the CSP meta) to a folder. */
async function stage(config) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'nianbao-electronegativity-'));
  for (const src of config.sources) {
    const from = path.join(root, src);
    for (const name of await readdir(from)) {
      if (!/\.ts$/.test(name) || /\.test\.ts$/.test(name)) continue;
      await mkdir(path.join(dir, src), { recursive: true });
      await cp(path.join(from, name), path.join(dir, src, name));
    }
  }
  const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  const electron = pkg.devDependencies?.electron ?? pkg.dependencies?.electron;
  await writeFile(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'nianbao', devDependencies: { electron } }),
  );
  const htmlSource = config.html.map((p) => path.join(root, p)).find((p) => existsSync(p));
  const html = htmlSource ? await readFile(htmlSource, 'utf8') : FALLBACK_HTML;
  const { withCspMeta } = await tsImport(
    pathToFileURL(path.join(root, 'main/electron/csp.ts')).href,
    import.meta.url,
  );
  await writeFile(path.join(dir, 'index.html'), withCspMeta(html));
  return dir;
}

/** Makes every HTTP look-up of Electronegativity fail at once, without a connection attempt. */
function blockNetwork() {
  const runner = require.resolve('@doyensec/electronegativity/dist/runner.js');
  const gotPath = require.resolve('got', { paths: [path.dirname(runner)] });
  const offline = () => Promise.reject(new Error('offline: nianbao never touches the network'));
  const stub = Object.assign(offline, { head: offline, get: offline, default: undefined });
  stub.default = stub;
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: stub };
}

async function main() {
  blockNetwork();
  const config = JSON.parse(await readFile(path.join(root, 'scripts/electronegativity.json'), 'utf8'));
  const run = require('@doyensec/electronegativity/dist/runner.js');
  const dir = await stage(config);
  let result;
  try {
    result = await run({ input: dir, isRelative: true, customScan: [], excludeFromScan: [] }, false);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const excluded = (issue) =>
    config.exclusions.some(
      (e) => e.check === issue.id && (!e.file || e.file === issue.file.split(path.sep).join('/')),
    );
  const open = result.issues.filter((i) => !excluded(i));
  const unused = config.exclusions.filter((e) => !result.issues.some((i) => i.id === e.check));
  for (const e of unused)
    console.warn(`提示：排除项 ${e.check} 已无对应发现，可从 scripts/electronegativity.json 删除。`);
  console.log(
    `Electronegativity：${result.globalChecks + result.atomicChecks} 项检查，${result.issues.length} 项发现，`,
  );
  console.log(`  其中 ${result.issues.length - open.length} 项已在 docs/SECURITY.md 说明并排除。`);
  if (result.errors.length) {
    console.error(`Electronegativity 无法解析 ${result.errors.length} 个文件：`);
    for (const e of result.errors) console.error(`  ${e.file}：${e.message ?? ''}`);
    process.exitCode = 1;
  }
  if (open.length) {
    console.error(`未处理的发现（${open.length} 项）：`);
    for (const i of open) {
      const where = i.location ? `:${i.location.line}` : '';
      console.error(`  ${i.id}  ${i.file}${where}  ${i.description}`);
    }
    process.exitCode = 1;
  } else if (!result.errors.length) {
    console.log('Electronegativity 检查通过。');
  }
}

await main();
