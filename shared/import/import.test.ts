// Import behaviour on synthetic reports: never guess, keep published errors, label variants, renumbered headings.
import { carryOver } from '../draft/create';
import { evaluate } from '../engine';
import { fillBlanks, setCell } from '../engine/fill';
import { getFormat } from '../formats';
import { ImportError } from './index';

const COLS = ['natural', 'commercial', 'research', 'social', 'legal', 'other_org'];
import { report2021, run } from './test-support/report-2021';

describe('never guess', () => {
  it('reads a clean report completely', () => {
    const { report, draft } = run(
      report2021({ new: '2 0 0 0 0 0 2', granted: '2 0 0 0 0 0 2', results_total: '2 0 0 0 0 0 2' }),
    );
    expect(report.unresolved).toEqual([]);
    expect(draft.cells['t3.new.natural']).toBe(2);
    expect(draft.cells['t2_1.norms.valid']).toBe(5);
    expect(report.issues.errors).toBe(0);
  });

  it('a row with only one figure stays blank where the totals do not decide, and is listed with its source text', () => {
    const { report, draft } = run(
      report2021({ new: '2 2 0 0 0 0 4', granted: '3', partial: '1', results_total: '2 2 0 0 0 0 4' }),
    );
    for (const c of ['natural', 'commercial']) {
      expect(draft.cells[`t3.granted.${c}`]).toBeUndefined();
      expect(draft.cells[`t3.partial.${c}`]).toBeUndefined();
    }
    const u = report.unresolved.filter((x) => x.cell.startsWith('t3.granted.'));
    expect(u.map((x) => x.cell)).toEqual(['t3.granted.natural', 't3.granted.commercial', 't3.granted.total']);
    expect(u[2]?.reason).toContain('合计所含 2 个单元格需核对');
    expect(u[0]?.source).toBe('(一)予以公开：3');
    expect(u[0]?.reason).toContain('只读到 1 个数字');
    // Columns whose 总计 is 0 are certain (non-negative cells), and say so.
    expect(draft.cells['t3.granted.research']).toBe(0);
    expect(report.derived.find((d) => d.cell === 't3.granted.research')?.reason).toContain('R3-2');
    // Carried into next year: the 需核对 cells and the totals over them come as blank, never as partial sums.
    const next = carryOver(draft, { now: 'now', id: 'n' });
    expect(next.previous?.cells['t3.granted.natural']).toBeNull();
    expect(next.previous?.cells['t3.results_total.natural']).toBeNull();
    expect(next.previous?.cells['t3.new.natural']).toBe(2);
  });

  it('a row with one figure is derived when the column identities leave one value only', () => {
    const { report, draft } = run(
      report2021({ new: '3 0 0 0 0 0 3', granted: '3', results_total: '3 0 0 0 0 0 3' }),
    );
    expect(COLS.map((c) => draft.cells[`t3.granted.${c}`])).toEqual([3, 0, 0, 0, 0, 0]);
    expect(report.derived.filter((d) => d.cell.startsWith('t3.granted.'))).toHaveLength(6);
    expect(report.unresolved).toEqual([]);
  });

  it("a total printed as a mark (… of a figure cut by a page break) is 需核对, the row's other totals kept", () => {
    const { report, draft } = run(
      report2021({ new: '3 0 0 0 0 0 3', granted: '3 0 0 0 0 0 3', results_total: '3 0 0 0 0 0 …' }),
    );
    expect(draft.stated['t3.results_total.natural']).toBe(3);
    expect(draft.stated['t3.results_total.other_org']).toBe(0);
    expect(draft.stated['t3.results_total.total']).toBeUndefined();
    const u = report.unresolved.find((x) => x.cell === 't3.results_total.total');
    expect(u?.reason).toContain('印出的合计未能读出');
    expect(u?.source).toContain('...');
  });

  it("a line with the empty cells left out (PDF text): the columns the table's totals allow, else 需核对", () => {
    const one = run(report2021({ new: '3 3', granted: '3 0 0 0 0 0 3', results_total: '3 0 0 0 0 0 3' }));
    expect(COLS.map((c) => one.draft.cells[`t3.new.${c}`])).toEqual([3, 0, 0, 0, 0, 0]);
    expect(one.report.split.find((s) => s.rowKey === 'new')?.forced).toBeUndefined();
    expect(one.report.unresolved).toEqual([]);
    // The same figures everywhere: any column would do — nothing is placed, the clerk sees the choices.
    const many = run(report2021({ new: '3 3', granted: '3 3', results_total: '3 3' }));
    expect(many.draft.cells['t3.new.natural']).toBeUndefined();
    const u = many.report.unresolved.find((x) => x.cell === 't3.new.natural');
    expect(u?.reason).toContain('无法确定各数字所在的列');
    expect(u?.candidates).toEqual([0, 3]);
    // "3 3" is a 3 and its total, or two 3s in a row whose total is left empty: not even the total is certain.
    expect(many.draft.stated['t3.new.total']).toBeUndefined();
    expect(many.report.unresolved.find((x) => x.cell === 't3.new.total')?.source).toBe('（合计未印出）');
    // "0 0": all zeros, whatever the columns.
    const zeros = run(report2021({ partial: '0 0' }));
    expect(COLS.map((c) => zeros.draft.cells[`t3.partial.${c}`])).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('a figure that contradicts the derived values blocks the derivation', () => {
    const { report, draft } = run(
      report2021({ new: '3 0 0 0 0 0 3', granted: '5', results_total: '3 0 0 0 0 0 3' }),
    );
    expect(draft.cells['t3.granted.natural']).toBeUndefined();
    expect(report.unresolved.find((u) => u.cell === 't3.granted.natural')?.reason).toContain('不一致');
  });

  it('a single missing cell is derived from the printed totals and reported as derived', () => {
    const { report, draft } = run(
      report2021(
        {
          new: '3 1 0 0 0 0 4',
          granted: '3 0 0 0 0 0 3',
          partial: '0 1 0 0 0 0 1',
          results_total: '3 1 0 0 0 0 4',
        },
        { drop: [] },
      ).replace(
        '（二）部分公开（区分处理的，只计这一情形，不计其他情形） 0 1 0 0 0 0 1',
        '（二）部分公开（区分处理的，只计这一情形，不计其他情形） 0 / 0 0 0 0 1',
      ),
    );
    expect(draft.cells['t3.partial.commercial']).toBe(1);
    expect(report.derived.map((d) => [d.cell, d.value])).toEqual([['t3.partial.commercial', 1]]);
    expect(report.unresolved).toEqual([]);
  });

  it('errors printed in the published report are kept and reported, not fixed', () => {
    const { report, draft } = run(
      report2021({ new: '4 0 0 0 0 0 5', granted: '4 0 0 0 0 0 4', results_total: '4 0 0 0 0 0 4' }),
    );
    expect(draft.cells['t3.new.natural']).toBe(4);
    expect(draft.stated['t3.new.total']).toBe(5);
    expect(report.issues.errors).toBeGreaterThan(0);
    const issues = evaluate(getFormat('gov-2021'), draft).issues;
    expect(issues.some((i) => i.ruleId === 'R3-3' && i.cells.includes('t3.new.total'))).toBe(true);
  });

  it('a 2019-style single （六）其他处理 row in a 2021 report (format drift) leaves the three sub-rows to check', () => {
    const text = report2021(
      { new: '1 0 0 0 0 0 1', results_total: '1 0 0 0 0 0 1' },
      { drop: ['other_overdue', 'other_fee', 'other_misc'] },
    ).replace('（七）总计', '（六）其他处理 1 0 0 0 0 0 1\n（七）总计');
    const { report, draft } = run(text);
    expect(draft.cells['t3.other_overdue.natural']).toBeUndefined();
    const u = report.unresolved.find((x) => x.cell === 't3.other_overdue.natural');
    expect(u?.reason).toContain('分组行');
    expect(u?.source).toContain('1 0 0 0 0 0 1');
    expect(report.notes.some((n) => n.includes('分组行'))).toBe(true);
    // The zero columns are certain: the 总计 row is 0 there and every cell is non-negative.
    expect(draft.cells['t3.other_overdue.commercial']).toBe(0);
  });

  it('figures run together with several valid splits and no deciding identity stay unresolved', () => {
    const text = report2021().replace('行政规范性文件 1 0 5', '行政规范性文件1105');
    const { report, draft } = run(text);
    expect(draft.cells['t2_1.norms.issued']).toBeUndefined();
    expect(report.unresolved.map((u) => u.cell)).toEqual(['t2_1.norms.issued', 't2_1.norms.repealed']);
    // Both splits end on 5: that cell is certain (推算, saying why).
    expect(draft.cells['t2_1.norms.valid']).toBe(5);
    expect(report.derived.find((d) => d.cell === 't2_1.norms.valid')?.reason).toContain('都是 5');
    // 1105 into three counts: 1|10|5 or 11|0|5 (1|1|05 has a leading zero) — the candidates travel with the draft.
    const norms = draft.unresolved?.['t2_1.norms.issued'];
    expect(norms?.source).toContain('1105');
    expect(norms?.reason).toContain('无法确定：');
    expect(norms?.candidates).toEqual([1, 11]);
    // 空白填 0 leaves 需核对 cells alone; a figure typed by the clerk settles the cell.
    const format = getFormat(draft.formatId);
    const filled = fillBlanks(format, draft, 0, 'now');
    expect(filled.cells['t2_1.norms.issued']).toBeUndefined();
    const set = setCell(format, filled, 't2_1.norms.issued', 11, { now: 'now' });
    expect(set.ok && set.draft.unresolved?.['t2_1.norms.issued']).toBe(undefined);
    expect(set.ok && set.draft.unresolved?.['t2_1.norms.repealed']).toBeTruthy();
    const unique = run(report2021().replace('行政规范性文件 1 0 5', '行政规范性文件1000'));
    expect([10, 0, 0]).toEqual(
      ['issued', 'repealed', 'valid'].map((c) => unique.draft.cells[`t2_1.norms.${c}`]),
    );
  });
});

describe('label and heading variants', () => {
  it('renumbered and misnumbered headings are found by their text and noted', () => {
    const text = report2021(
      {},
      { heading: (n, h) => `${{ 一: '一', 二: '二', 三: '三', 四: '四', 五: '五', 六: '五' }[n]}. ${h}` },
    );
    const { report } = run(text);
    expect(report.sectionsFound).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
    expect(report.notes.some((n) => n.includes('六、其他需要报告的事项'))).toBe(true);
  });

  it('accepts （一）/(一)/1、 numbering, ASCII quotes, 结转下一年度 and pipe rows with a markdown rule', () => {
    const text = report2021()
      .replace('3.危及“三安全一稳定”', '3、危及"三安全一稳定"')
      .replace('四、结转下年度继续办理', '四、结转下一年度继续办理')
      .replace(
        '（七）总计 0 0 0 0 0 0 0',
        '| (七)总计 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n|---|---|---|---|---|---|---|---|',
      );
    const { report } = run(text);
    expect(report.unresolved).toEqual([]);
    expect(report.tables.every((t) => t.confidence === 1)).toBe(true);
  });

  it('finds the year in the statistical period when the title has none', () => {
    const text = report2021().replace(
      '测试县测试镇人民政府2022年政府信息公开工作年度报告',
      '测试县测试镇人民政府政府信息公开工作年度报告\n本报告统计期限为2022年1月1日至2022年12月31日。',
    );
    const { report } = run(text);
    expect(report.year).toBe(2022);
    expect(report.yearSource).toBe('统计期限');
    expect(report.agency).toBe('测试县测试镇人民政府');
  });
});

describe('not a report', () => {
  it('a text without title, headings or tables is refused with a clear message', () => {
    expect(() => run('今天天气很好。\n我们去公园散步。\n2022年3月1日')).toThrow(ImportError);
    expect(() => run('   \n  ')).toThrow('没有可读的文字');
  });
  it('a report without any year is refused', () => {
    const text = report2021()
      .replace('2022年', '')
      .replace(/本年度未收取信息处理费。/, '无');
    expect(() => run(text)).toThrow('无法确定报告年度');
  });
});

describe('title variants', () => {
  const withTitle = (title: string) =>
    run(report2021().replace('测试县测试镇人民政府2022年政府信息公开工作年度报告', title));
  it.each([
    ['2022年测试县民政局政府信息公开工作年度报告', '测试县民政局'],
    ['测试县民政局关于2022年度政府信息公开工作年度报告', '测试县民政局'],
    ['《测试县民政局2022年政府信息公开工作年度报告》', '测试县民政局'],
    ['测试县民政局（2022年度）政府信息公开年度报告', '测试县民政局'],
    [
      '中共测试县委机构编制委员会办公室(县委编办)2022年政府信息公开工作年度报告',
      '中共测试县委机构编制委员会办公室（县委编办）',
    ],
    // Wrapped mid-phrase, as on 西咸新区 pages: "…2023年度政府" / "信息公开工作年度报告".
    ['测试县民政局2022年度政府\n信息公开工作年度报告', '测试县民政局'],
  ])('%s → %s', (title, agency) => {
    const { report } = withTitle(title);
    expect([report.agency, report.year]).toEqual([agency, 2022]);
  });
  it('keeps an annotated cell (22（其中修订 16 件）) as its leading figure', () => {
    const { draft } = run(
      report2021().replace(
        '行政规范性文件 1 0 5',
        '行政规范性文件 22（其中修订 16 件） 5（含自然失效 2 件） 40',
      ),
    );
    expect(['issued', 'repealed', 'valid'].map((c) => draft.cells[`t2_1.norms.${c}`])).toEqual([22, 5, 40]);
  });
});

describe('more variants', () => {
  it('a title with the year in Chinese numerals', () => {
    const { report } = run(
      report2021().replace('测试县测试镇人民政府2022年', '测试县测试镇人民政府二〇二二年'),
    );
    expect([report.year, report.agency]).toEqual([2022, '测试县测试镇人民政府']);
  });
  it('a dash before a figure (—3) is not read as 3: the sign is unknown', () => {
    const { draft, report } = run(report2021().replace('行政规范性文件 1 0 5', '行政规范性文件 1 —3 5'));
    expect(draft.cells['t2_1.norms.repealed']).toBeUndefined();
    expect(report.unresolved.some((u) => u.cell === 't2_1.norms.repealed')).toBe(true);
  });
});
