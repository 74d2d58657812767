// What the departments' reports of the corpus showed: a signed cell run on after digits, 表四's heading with 与.
import { importDocument, textDocument } from './index';

const run = (text: string) =>
  importDocument(textDocument(text), { fileName: 't.txt', now: '2026-01-01T00:00:00.000Z', id: 't' });

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
