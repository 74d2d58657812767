// Import of reports as web pages and scrapers leave them: odd figures, inline headings, page chrome, lost headings,
// 表四 in groups, 机关名称 and 前言 of a scraped page, digits run together that can be cut one way only.
import { report2021, run } from './test-support/report-2021';

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
