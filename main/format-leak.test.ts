// Formats live in shared/formats alone: no product code elsewhere names a format id or a cell key (issue 13).
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const DIRS = ['shared', 'main', 'renderer', 'bin', 'scripts'];
/** Test code, fixtures and harnesses may name formats and cells; product code may not. */
const EXEMPT = /(\.test\.tsx?|\.spec\.ts)$|\/test-support\/|__fixtures__|\/fixtures\/|^shared\/formats\//;
const NAMES = /(gov-2021|gov-2019|pre-2019)|\b(t3|t4|stat)\.[a-z_]+\.|\bt2_[0-9]/;
const COMMENT = /^\s*(\/\/|\/\*|\*)/;

function files(dir: string, out: string[]): string[] {
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) files(rel, out);
    else if (/\.(ts|tsx|mjs|cjs)$/.test(e.name) && !EXEMPT.test(rel)) out.push(rel);
  }
  return out;
}

it('names no format id or cell key outside shared/formats (tests and fixtures aside)', () => {
  const hits: string[] = [];
  for (const rel of DIRS.flatMap((d) => files(d, []))) {
    fs.readFileSync(path.join(ROOT, rel), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (NAMES.test(line) && !COMMENT.test(line)) hits.push(`${rel}:${i + 1}: ${line.trim()}`);
      });
  }
  expect(hits).toEqual([]);
});
