// Runs every benchmark in bench/ (or those named: `npm run bench -- store export`), one process each, in order.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
const order = ['store', 'import', 'export', 'cli', 'review', 'ui', 'ui-grid'];
const wanted = process.argv.slice(2);
const available = order.filter((n) => fs.existsSync(path.join(here, `${n}.ts`)));
const unknown = wanted.filter((n) => !available.includes(n));
if (unknown.length > 0) {
  console.error(`没有这些基准测试：${unknown.join('、')}（可选：${available.join('、')}）`);
  process.exit(2);
}
let failed = 0;
for (const name of wanted.length > 0 ? wanted : available) {
  console.log(`\n=== bench/${name}.ts ===`);
  const res = spawnSync(
    process.execPath,
    [path.join(here, '..', 'bin', 'run-ts.mjs'), path.join(here, `${name}.ts`)],
    {
      stdio: 'inherit',
    },
  );
  if (res.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
