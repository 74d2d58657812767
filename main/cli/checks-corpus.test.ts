// The text checks on real published texts (fixtures/texts, fixtures/seeds): silent on consistent reports, and the
// true findings only where the source itself is inconsistent.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDraft } from '../../shared/draft/create';
import type { Draft } from '../../shared/draft/schema';
import { evaluate, fillBlanks } from '../../shared/engine';
import { formatForYear } from '../../shared/formats';
import { cli } from './test-support/cli-harness';

const ROOT = path.join(__dirname, '..', '..', 'fixtures');

interface Sample {
  readonly file: string;
  readonly agency: string;
  readonly year: number;
  readonly cells: Record<string, number>;
  readonly expect: string[];
  readonly blocks: Record<string, string>;
}

function readSample(file: string): Sample {
  const text = fs.readFileSync(path.join(ROOT, 'texts', file), 'utf8');
  const header = (name: string) => new RegExp(`^# ${name}:(.*)$`, 'm').exec(text)?.[1]?.trim() ?? '';
  const cells = Object.fromEntries(
    header('cells')
      .split(/\s+/)
      .filter(Boolean)
      .map((a) => a.split('=') as [string, string])
      .map(([k, v]) => [k, Number(v)]),
  );
  const blocks: Record<string, string> = {};
  for (const m of text.matchAll(/^## (\w+)\n([\s\S]*?)(?=^## |(?![\s\S]))/gm)) blocks[m[1]!] = m[2]!.trim();
  return {
    file,
    agency: header('agency'),
    year: Number(header('year')),
    cells,
    expect: header('expect').split(/\s+/).filter(Boolean),
    blocks,
  };
}

/** A complete draft around the sample's texts: other sections written, tables filled, signed in time. */
function draftOf(s: Sample): Draft {
  const format = formatForYear(s.year);
  const base = createDraft({ agency: s.agency, year: s.year, id: s.file, now: '2025-01-01T00:00:00.000Z' });
  const filled = fillBlanks(format, { ...base, cells: { ...s.cells } });
  const texts: Record<string, string> = {};
  for (const sec of format.sections.filter((x) => x.kind === 'text')) {
    texts[sec.id] =
      '本年度公开内容更新还不够及时，个别栏目信息发布滞后。下一步将健全信息发布审核机制，按月检查栏目更新情况。本年度未收取信息处理费。';
  }
  return {
    ...filled,
    preamble: s.blocks['preamble'] ?? base.preamble,
    texts: { ...texts, ...(s.blocks['s1'] ? { s1: s.blocks['s1'] } : {}) },
    signature: { agency: s.agency, date: `${s.year + 1}-01-20` },
  };
}

const files = fs.readdirSync(path.join(ROOT, 'texts')).filter((f) => f.endsWith('.txt'));

describe.each(files)('fixtures/texts/%s', (file) => {
  it('raises exactly the findings listed in its header', () => {
    const s = readSample(file);
    const draft = draftOf(s);
    const ids = evaluate(formatForYear(s.year), draft).issues.map((i) => i.ruleId);
    expect([...new Set(ids)].sort()).toEqual([...s.expect].sort());
  });
});

describe('the seed reports through import and validate', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-corpus-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  // 001–003 print no 成文日期 the importer can read (R0-2); 002, a 镇人民政府, never names 社会评议 (R6-2).
  it.each([
    ['000_780db8f34ceb4eba', []],
    ['001_29d0877efba69983', ['R0-2']],
    ['002_4760a96778e8f996', ['R0-2', 'R6-2']],
    ['003_be04c842d3f1cdaa', ['R0-2']],
    ['004_cf5a87d2acab71b4', []],
  ])('%s', async (seed, expected) => {
    const out = path.join(dir, `${seed}.json`);
    expect(await cli.run('import', path.join(ROOT, 'seeds', `${seed}.txt`), '-o', out)).toBe(0);
    await cli.run('validate', out, '--json');
    const v = JSON.parse(cli.stdout) as { issues: { ruleId: string }[] };
    expect(v.issues.map((i) => i.ruleId).sort()).toEqual(expected);
  });
});
