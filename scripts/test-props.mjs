#!/usr/bin/env node
// Runs the property tests (files using fast-check) with random seeds and many runs: npm run test:props [-- runs].
// A failure prints its seed; replay it with NIANBAO_PROPS_SEED=<seed> npx jest <file>.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = process.argv[2] ?? process.env.NIANBAO_PROPS_RUNS ?? '2000';
if (!/^\d+$/.test(runs)) {
  console.error(`运行次数应为正整数：${runs}`);
  process.exit(2);
}

function* testFiles(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && e.name !== 'dist') yield* testFiles(p);
    } else if (/\.test\.tsx?$/.test(e.name)) yield p;
  }
}

const files = ['shared', 'main', 'renderer']
  .flatMap((d) => [...testFiles(path.join(root, d))])
  .filter((f) => readFileSync(f, 'utf8').includes("from 'fast-check'"))
  .map((f) => path.relative(root, f));
console.log(`属性测试：${files.length} 个文件，随机种子，每个性质 ${runs} 次`);
const jest = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const res = spawnSync(process.execPath, [jest, ...files], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NIANBAO_PROPS: 'random', NIANBAO_PROPS_RUNS: runs },
});
process.exit(res.status ?? 1);
