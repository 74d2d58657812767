// What the departments' reports of the corpus showed: a signed cell run on after digits, 表四's heading with 与.
import { run, T3_2021 } from './test-support/report-2021';

/** A 2019-format page flattened to one line, as a crawler stores it (cells run together). */
const ONE_LINE_2019 = [
  '平潭综合实验区交通与建设局2020年度政府信息公开工作年度报告',
  '一、总体情况 ',
  '本局坚持以公开为常态、不公开为例外，认真贯彻落实《中华人民共和国政府信息公开条例》，围绕交通建设重点工作，',
  '及时准确公开政策文件、项目审批、工程招投标等信息，切实保障人民群众的知情权、参与权和监督权。',
  '二、主动公开政府信息情况第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章000规范性文件335',
  '第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可88-720其他对外管理服务事项000',
  '第二十条第（八）项信息内容上一年项目数量本年增/减行政事业性收费15-15',
  '第二十条第（九）项信息内容采购项目数量采购总金额（元）政府集中采购00',
  '三、收到和处理政府信息公开申请情况 本年新收政府信息公开申请数量1000001',
  '四、政府信息公开行政复议、行政诉讼情况 本年度未发生。五、存在的主要问题及改进情况 公开不够及时。',
].join('');

describe('a signed cell run on after the digits of the cell before it', () => {
  it('reads 15-15 as 15 | -15: the minus sign starts the 本年增/减 cell', () => {
    const { draft } = run(ONE_LINE_2019);
    expect(draft.cells['t2_8.fees.prior_count']).toBe(15);
    expect(draft.cells['t2_8.fees.change']).toBe(-15);
  });

  it('leaves 88-720 open (88 | -72 | 0 or 88 | -7 | 20), never cut through the sign', () => {
    const { draft, report } = run(ONE_LINE_2019);
    expect(draft.cells['t2_5.license.prior_count']).toBe(88);
    expect(draft.cells['t2_5.license.change']).toBeUndefined();
    const open = report.unresolved.find((u) => u.cell === 't2_5.license.change');
    expect(open?.candidates).toEqual([-72, -7]);
  });
});

describe('section headings as offices write them', () => {
  it('finds 四 written 行政复议与行政诉讼, so 表三 ends there and 表四 is read', () => {
    const text = [
      '测试县测试局2022年政府信息公开工作年度报告',
      '一、总体情况',
      '本局认真做好政府信息公开工作。',
      '三、收到和处理政府信息公开申请情况',
      '（七）总计 3 0 0 0 0 0 3',
      '四、结转下年度继续办理 0 0 0 0 0 0 0',
      '四、政府信息公开行政复议与行政诉讼情况',
      '1 0 0 0 1 0 0 0 0 0 0 0 0 0 0',
      '五、存在的主要问题及改进情况',
      '公开不够及时。',
    ].join('\n');
    const { draft } = run(text);
    expect(draft.stated?.['t3.carry_forward.total']).toBe(0);
    expect(draft.cells['t4.cases.review_upheld']).toBe(1);
  });
});

/** A 2021-format page flattened to one line (pingtan's departments): each row's seven cells run together. */
function oneLine2021(rows: Readonly<Record<string, string>>): string {
  return [
    '测试区测试局2024年度政府信息公开工作年度报告 ',
    '一、总体情况 本局坚持以公开为常态、不公开为例外，认真贯彻落实《中华人民共和国政府信息公开条例》，',
    '及时准确公开政策文件、行政许可、行政处罚等信息，切实保障人民群众的知情权、参与权和监督权。',
    '三、收到和处理政府信息公开申请情况 （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） ',
    ...T3_2021.map(([key, label]) => `${label} ${rows[key] ?? '0000000'}`),
    '四、政府信息公开行政复议、行政诉讼情况 000000000000000',
    '五、存在的主要问题及改进情况 公开不够及时。六、其他需要报告的事项 无。',
  ].join('');
}

describe('flattened rows as published, errors and gaps included', () => {
  it('reads seven digits for seven cells as printed even where the printed 总计 is 0, and says so', () => {
    const { draft, report } = run(
      oneLine2021({ new: '3000000', granted: '1000000', unable_none: '2000000', results_total: '3000000' }),
    );
    expect([draft.cells['t3.new.natural'], draft.stated?.['t3.new.total']]).toEqual([3, 0]);
    expect([draft.cells['t3.granted.natural'], draft.cells['t3.unable_none.natural']]).toEqual([1, 2]);
    expect(report.unresolved.filter((u) => u.cell.startsWith('t3.'))).toEqual([]);
    expect(report.notes.some((n) => n.includes('与本行合计关系不符（原报告如此），已按原文读入'))).toBe(true);
  });

  it('keeps （七）总计 when the two rows before it print their labels only', () => {
    const { draft, report } = run(
      oneLine2021({
        new: '3000003',
        granted: '3000003',
        other_fee: '',
        other_misc: '',
        results_total: '3000003',
      }),
    );
    expect(draft.stated?.['t3.results_total.total']).toBe(3);
    expect(draft.stated?.['t3.results_total.natural']).toBe(3);
    expect(draft.cells['t3.other_misc.natural']).toBe(0);
    expect(report.notes.filter((n) => n.includes('▲'))).toEqual([]);
  });

  it('gives a total printed but not readable (six digits for seven cells) from the identities, as 推算', () => {
    const { draft, report } = run(
      oneLine2021({ new: '8000008', granted: '8000008', results_total: '8000008', carry_forward: '000000' }),
    );
    expect(draft.stated?.['t3.carry_forward.total']).toBe(0);
    expect(report.derived.find((d) => d.cell === 't3.carry_forward.total')?.reason).toContain(
      '印出的合计未能读出',
    );
  });
});
