// Tests of copy and paste: Excel/WPS clipboard fixtures (blank and quoted cells, trailing newline), refusals, totals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { carryOver, createDraft } from '../../../shared/draft/create';
import type { Draft } from '../../../shared/draft/schema';
import { getFormat, tableById, type TableDef } from '../../../shared/formats';
import { parseTsv } from '../../../shared/engine/tsv';
import { evaluationOf } from '../../state/selectors';
import { copyBlock, planPaste, toTsv } from './clipboard';
import { gridLayout } from './grid-layout';

const fixture = (name: string) => readFileSync(join(__dirname, '__fixtures__', name), 'utf8');
const format = getFormat('gov-2021');
const table = (id: string): TableDef => {
  const t = tableById(format, id);
  if (!t) throw new Error(id);
  return t;
};
const t3 = table('t3');
const fresh = (): Draft => createDraft({ agency: '某某区教育局', year: 2025, id: 'p1' });
const plan = (draft: Draft, text: string, at = { r: 0, c: 0 }, t = t3) =>
  planPaste({ format, table: t, draft, evaluation: evaluationOf(draft), at, text });

describe('planPaste', () => {
  it('reads an Excel 3×7 block with CRLF and a trailing CRLF; totals that agree are accepted', () => {
    const p = plan(fresh(), fixture('excel-t3-3x7.txt'));
    if (!p.ok) throw new Error(p.message);
    expect(p.area).toEqual({ top: 0, left: 0, bottom: 2, right: 6 });
    expect(p.changes).toHaveLength(18);
    expect(p.changes).toContainEqual({ key: 't3.new.natural', value: 5 });
    expect(p.changes).toContainEqual({ key: 't3.granted.commercial', value: 1 });
    expect(p.changes.some((c) => c.key.endsWith('.total'))).toBe(false);
  });

  it('a pasted total that disagrees with its items refuses the whole paste and says why', () => {
    const text = fixture('excel-t3-3x7.txt').replace('\t8\r\n', '\t9\r\n');
    const p = plan(fresh(), text);
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.problems).toEqual([
      { key: 't3.new.total', reason: '这是自动计算的合计：粘贴的是 9，按各项计算为 8，请核对粘贴的数字' },
    ]);
    expect(p.message).toContain('表格未作任何改动');
  });

  it('WPS blank cells clear input cells (blank is not zero)', () => {
    const draft = { ...fresh(), cells: { 't3.new.commercial': 6, 't3.carried.natural': 2 } };
    const p = plan(draft, fixture('wps-blank-cells.txt'));
    if (!p.ok) throw new Error(p.message);
    expect(p.area).toEqual({ top: 0, left: 0, bottom: 1, right: 2 });
    expect(p.changes).toEqual([
      { key: 't3.new.natural', value: 4 },
      { key: 't3.new.commercial', value: null },
      { key: 't3.new.research', value: 1 },
      { key: 't3.carried.natural', value: null },
      { key: 't3.carried.commercial', value: 2 },
    ]);
  });

  it('reads quoted cells and refuses a text cell with its reason', () => {
    const p = plan(fresh(), fixture('excel-quoted.txt'));
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0]?.key).toBe('t3.new.commercial');
    expect(p.problems[0]?.reason).toMatch(/^“合计\r\n（含补报）”：/);
    const ok = plan(fresh(), '"1,234"\t"7"\r\n');
    expect(ok.ok && ok.changes).toEqual([
      { key: 't3.new.natural', value: 1234 },
      { key: 't3.new.commercial', value: 7 },
    ]);
  });

  it('accepts full-width digits and grouped figures', () => {
    const p = plan(fresh(), fixture('excel-fullwidth.txt'), { r: 3, c: 0 });
    expect(p.ok && p.changes).toEqual([
      { key: 't3.partial.natural', value: 12 },
      { key: 't3.partial.commercial', value: 3 },
      { key: 't3.partial.research', value: 1005 },
    ]);
  });

  it('converts 元 to 万元 in the fee table and reports the conversion as a note', () => {
    const p = plan(fresh(), fixture('wps-fee-yuan.txt'), { r: 0, c: 0 }, table('t2_8'));
    if (!p.ok) throw new Error(p.message);
    expect(p.changes).toEqual([{ key: 't2_8.fees.amount', value: 1.25 }]);
    expect(p.notes[0]?.reason).toContain('换算');
  });

  it('refuses a block larger than the room left in the table, naming the sizes', () => {
    const p = plan(fresh(), fixture('excel-t3-3x7.txt'), { r: 0, c: 1 });
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.message).toBe(
      '粘贴内容为 3 行 × 7 列，但从当前单元格起表三只有 25 行 × 6 列；请选择正确的起始单元格，或只复制需要的部分',
    );
  });

  it('refuses negative and non-numeric values per cell, all at once', () => {
    const p = plan(fresh(), '-3\t—\t5\r\n');
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.problems.map((x) => x.key)).toEqual(['t3.new.natural', 't3.new.commercial']);
    expect(p.problems[0]?.reason).toContain('不能填负数');
    expect(p.problems[1]?.reason).toContain('不是数字');
  });

  it('a single value fills a selected rectangle', () => {
    const draft = fresh();
    const p = planPaste({
      format,
      table: t3,
      draft,
      evaluation: evaluationOf(draft),
      at: { r: 0, c: 0 },
      text: '0\r\n',
      fill: { top: 0, left: 0, bottom: 1, right: 1 },
    });
    expect(p.ok && p.changes.map((c) => c.key)).toEqual([
      't3.new.natural',
      't3.new.commercial',
      't3.carried.natural',
      't3.carried.commercial',
    ]);
  });

  it('carried cells accept last year’s value and refuse another without a reason', () => {
    const prev = { ...fresh(), cells: { 't3.carry_forward.natural': 3, 't3.carry_forward.commercial': 1 } };
    const draft = carryOver(prev, { year: 2026 });
    expect(plan(draft, '3\t1\r\n', { r: 1, c: 0 }).ok).toBe(true);
    const p = plan(draft, '4\t1\r\n', { r: 1, c: 0 });
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.problems[0]?.key).toBe('t3.carried.natural');
    expect(p.problems[0]?.reason).toContain('自动结转');
  });

  it('refuses an empty clipboard', () => {
    expect(plan(fresh(), '')).toEqual({ ok: false, message: '剪贴板中没有可粘贴的内容', problems: [] });
  });
});

describe('copy', () => {
  it('writes Excel text: tabs, CRLF after every row, blanks empty, quotes where needed', () => {
    expect(
      toTsv([
        ['1', ''],
        ['a\tb', 'say "x"'],
      ]),
    ).toBe('1\t\r\n"a\tb"\t"say ""x"""\r\n');
  });

  it('copies displayed values including totals, and pasting them back reads the same block', () => {
    const draft = {
      ...fresh(),
      cells: { 't3.new.natural': 5, 't3.new.commercial': 2, 't3.carried.natural': 0 },
    };
    const e = evaluationOf(draft);
    const block = copyBlock(gridLayout(t3), e, { top: 0, left: 0, bottom: 1, right: 6 });
    expect(block).toEqual([
      ['5', '2', '', '', '', '', '7'],
      ['0', '', '', '', '', '', '0'],
    ]);
    expect(parseTsv(toTsv(block))).toEqual(block);
    const p = plan(draft, toTsv(block));
    expect(p.ok && p.changes).toEqual([]);
  });
});
