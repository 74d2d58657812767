// Import behaviour on synthetic reports: never guess, keep published errors, label variants, renumbered headings.
import { carryOver } from '../draft/create';
import { evaluate } from '../engine';
import { fillBlanks, setCell } from '../engine/fill';
import { getFormat } from '../formats';
import { importDocument, ImportError, textDocument } from './index';

const COLS = ['natural', 'commercial', 'research', 'social', 'legal', 'other_org'];

const T3_2021: readonly [string, string][] = [
  ['new', '一、本年新收政府信息公开申请数量'],
  ['carried', '二、上年结转政府信息公开申请数量'],
  ['granted', '三、本年度办理结果 （一）予以公开'],
  ['partial', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
  ['withheld_secret', '（三）不予公开 1.属于国家秘密'],
  ['withheld_law', '2.其他法律行政法规禁止公开'],
  ['withheld_safety', '3.危及“三安全一稳定”'],
  ['withheld_third_party', '4.保护第三方合法权益'],
  ['withheld_internal', '5.属于三类内部事务信息'],
  ['withheld_process', '6.属于四类过程性信息'],
  ['withheld_enforcement', '7.属于行政执法案卷'],
  ['withheld_query', '8.属于行政查询事项'],
  ['unable_none', '（四）无法提供 1.本机关不掌握相关政府信息'],
  ['unable_create', '2.没有现成信息需要另行制作'],
  ['unable_unclear', '3.补正后申请内容仍不明确'],
  ['rejected_petition', '（五）不予处理 1.信访举报投诉类申请'],
  ['rejected_repeat', '2.重复申请'],
  ['rejected_publication', '3.要求提供公开出版物'],
  ['rejected_massive', '4.无正当理由大量反复申请'],
  ['rejected_confirm', '5.要求行政机关确认或重新出具已获取信息'],
  ['other_overdue', '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['other_fee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['other_misc', '3.其他'],
  ['results_total', '（七）总计'],
  ['carry_forward', '四、结转下年度继续办理'],
];

/** A 2021-format report as PDF-like text; `t3` overrides rows (label → printed figures), `drop` removes rows. */
function report2021(
  t3: Record<string, string> = {},
  opts: { drop?: string[]; heading?: (n: string, h: string) => string } = {},
) {
  const h = opts.heading ?? ((n: string, t: string) => `${n}、${t}`);
  const lines = [
    '测试县测试镇人民政府2022年政府信息公开工作年度报告',
    h('一', '总体情况'),
    '本镇认真做好政府信息公开工作。',
    h('二', '主动公开政府信息情况'),
    '第二十条第（一）项',
    '信息内容 本年制发件数 本年废止件数 现行有效件数',
    '规章 0 0 0',
    '行政规范性文件 1 0 5',
    '第二十条第（五）项',
    '行政许可 10',
    '第二十条第（六）项',
    '行政处罚 2',
    '行政强制 0',
    '第二十条第（八）项',
    '行政事业性收费 0',
    h('三', '收到和处理政府信息公开申请情况'),
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况',
    '自然人 法人或其他组织 总计',
    '商业企业 科研机构 社会公益组织 法律服务机构 其他',
  ];
  for (const [key, label] of T3_2021) {
    if (opts.drop?.includes(key)) continue;
    lines.push(`${label} ${t3[key] ?? '0 0 0 0 0 0 0'}`);
  }
  lines.push(
    h('四', '政府信息公开行政复议、行政诉讼情况'),
    '行政复议 行政诉讼',
    '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0',
    h('五', '存在的主要问题及改进情况'),
    '公开不够及时。',
    h('六', '其他需要报告的事项'),
    '本年度未收取信息处理费。',
  );
  return lines.join('\n');
}

const run = (text: string) =>
  importDocument(textDocument(text), { fileName: 't.txt', now: '2026-01-01T00:00:00.000Z', id: 't' });

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

describe('figures no report prints for a count (issue 12)', () => {
  it.each(['1e30', '1E+30', '2.5e3', '0x1F', 'Infinity'])(
    '%s in a cell is 需核对, never read as another number',
    (odd) => {
      const { draft, report } = run(
        report2021().replace('行政规范性文件 1 0 5', `行政规范性文件 1 ${odd} 5`),
      );
      expect(draft.cells['t2_1.norms.repealed']).toBeUndefined();
      const u = report.unresolved.find((x) => x.cell === 't2_1.norms.repealed');
      expect(u?.reason).toContain(`“${odd}”，不是数字`);
      expect(draft.cells['t2_1.norms.issued']).toBe(1);
      expect(draft.cells['t2_1.norms.valid']).toBe(5);
    },
  );
  it('1e30 run on to a label is not read as 30', () => {
    const { draft, report } = run(report2021().replace('行政许可 10', '行政许可1e30'));
    expect(draft.cells['t2_5.license.decisions']).toBeUndefined();
    expect(report.unresolved.some((x) => x.cell === 't2_5.license.decisions')).toBe(true);
  });
});

describe('headings followed by text on the same line', () => {
  it('splits “一、总体情况。正文” into the heading and the first paragraph', () => {
    const text = report2021().replace(
      '一、总体情况\n本镇认真做好政府信息公开工作。',
      '一、总体情况。本镇认真做好政府信息公开工作，全年公开信息 120 条。',
    );
    const { report, draft } = run(text);
    expect(report.sectionsFound).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
    expect(draft.texts.s1).toBe('本镇认真做好政府信息公开工作，全年公开信息 120 条。');
  });
});

describe('web page around the report', () => {
  it('ignores other years’ reports listed before the title and the page footer after the signature', () => {
    const text = [
      '首页 > 政府信息公开 > 年度报告',
      '测试县测试镇人民政府2021年政府信息公开工作年度报告',
      '测试县测试镇人民政府2020年政府信息公开工作年度报告',
      report2021(),
      '测试县测试镇人民政府',
      '2023年1月20日',
      '主办：测试县人民政府办公室',
      '网站标识码：1234567890',
      '地址：测试县人民路1号',
    ].join('\n');
    const { report, draft } = run(text);
    expect(report.year).toBe(2022);
    expect(draft.signature).toEqual({ agency: '测试县测试镇人民政府', date: '2023-01-20' });
    expect(draft.texts.s6).toBe('本年度未收取信息处理费。');
  });
});

describe('a section whose heading the conversion dropped', () => {
  it('is found by its first sub-heading, kept as its first line, and the clerk is told', () => {
    const text = report2021().replace(
      '五、存在的主要问题及改进情况\n公开不够及时。',
      '（一）2022 年工作中存在问题的改进情况\n针对上年问题加强培训。\n（二）2022 年工作中存在的主要问题\n公开不够及时。',
    );
    const { draft, report } = run(text);
    expect(report.sectionsFound).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
    expect(draft.texts['s5']?.split('\n')[0]).toBe('（一）2022 年工作中存在问题的改进情况');
    expect(draft.texts['s5']).toContain('公开不够及时。');
    expect(draft.texts['s4']).not.toContain('培训');
    expect(report.notes.some((n) => n.includes('没有“五、存在的主要问题及改进情况”这一标题'))).toBe(true);
  });

  it('is not invented from a sub-item that reads like none of its sub-headings', () => {
    const text = report2021().replace('五、存在的主要问题及改进情况\n', '（一）其他说明\n');
    expect(run(text).report.sectionsFound).not.toContain('s5');
  });
});

describe('表四 printed as one small table per group', () => {
  const t4 = (a: string, b: string, c: string) =>
    report2021().replace(
      '行政复议 行政诉讼\n0 0 0 0 0 0 0 0 0 0 0 0 0 0 0',
      `行政复议\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n|---|---|---|---|---|\n| ${a} |\n` +
        `行政诉讼（未经复议直接起诉）\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n|---|---|---|---|---|\n| ${b} |\n` +
        `行政诉讼（复议后起诉）\n| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n|---|---|---|---|---|\n| ${c} |`,
    );

  it('reads each group under its own name, in column order', () => {
    const { draft, report } = run(t4('27 | 10 | 9 | 15 | 61', '3 | 0 | 0 | 0 | 3', '8 | 0 | 1 | 1 | 10'));
    expect(report.unresolved.filter((u) => u.cell.startsWith('t4.'))).toEqual([]);
    expect(draft.cells['t4.cases.review_upheld']).toBe(27);
    expect(draft.cells['t4.cases.direct_upheld']).toBe(3);
    expect(draft.cells['t4.cases.after_pending']).toBe(1);
    expect(draft.stated['t4.cases.after_total']).toBe(10);
  });

  it('places nothing when a group is missing', () => {
    const { draft } = run(t4('27 | 10 | 9 | 15 | 61', '3 | 0 | 0 | 0', '8 | 0 | 1 | 1 | 10'));
    expect(draft.cells['t4.cases.after_pending']).toBeUndefined();
  });
});

describe('机关名称 from a scraped page', () => {
  it('takes the title after the page field label 标题：, without the label', () => {
    const text = report2021().replace(/^/, '标题：');
    expect(run(text).draft.agency).toBe('测试县测试镇人民政府');
  });
});

describe('前言 of a scraped page', () => {
  it('leaves out the scraper’s fields, the site menu and the title run on into the first paragraph', () => {
    const body = report2021().split('\n');
    const text = [
      '标题: 测试县测试镇人民政府2022年政府信息公开工作年度报告',
      '栏目: 政府信息公开年报',
      '原文链接: https://www.example.gov.cn/a/t1.htm',
      '==================== 正文 ====================',
      '繁體版',
      '政民互动',
      '2025年12月30日 星期二',
      `${body[0] ?? ''} 根据《中华人民共和国政府信息公开条例》要求编制本报告，数据统计期限为2022年1月1日至12月31日。`,
      ...body.slice(1),
    ].join('\n');
    const { draft } = run(text);
    expect(draft.preamble).toBe(
      '根据《中华人民共和国政府信息公开条例》要求编制本报告，数据统计期限为2022年1月1日至12月31日。',
    );
  });

  it('rebuilds paragraphs from PDF lines, a line much shorter than the others ending its paragraph', () => {
    const text = report2021().replace(
      '本镇认真做好政府信息公开工作。',
      '本镇认真贯彻落实政府信息公开条例各项要求，做好\n主动公开和依申请公开工作，全年运行平稳有序。\n信息处理费收费情况\n本年度未收取任何信息处理费用，特此说明情况。',
    );
    expect(run(text).draft.texts['s1']).toBe(
      '本镇认真贯彻落实政府信息公开条例各项要求，做好主动公开和依申请公开工作，全年运行平稳有序。\n信息处理费收费情况\n本年度未收取任何信息处理费用，特此说明情况。',
    );
  });
});

describe('digits run together that can be cut one way only (逐位)', () => {
  it('reads a row of as many digits as cells as printed, and marks it in the split list', () => {
    const { draft, report } = run(
      report2021({
        carried: '0000000',
        new: '21710000218',
        granted: '217 1 0 0 0 0 218',
        results_total: '217 1 0 0 0 0 218',
      }),
    );
    expect(report.split.find((s) => s.rowKey === 'carried')).toMatchObject({
      forced: true,
      values: [0, 0, 0, 0, 0, 0, 0],
    });
    expect(report.split.find((s) => s.rowKey === 'new')?.forced).toBeUndefined();
    expect(draft.cells['t3.new.natural']).toBe(217);
    expect(draft.cells['t3.carried.natural']).toBe(0);
  });
});
