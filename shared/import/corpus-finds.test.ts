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

/** A 2021-format page flattened to one line (pingtan's departments): each row's seven cells run together. */
function oneLine2021(rows: Readonly<Record<string, string>>): string {
  const labels: [string, string][] = [
    ['new', '一、本年新收政府信息公开申请数量 '],
    ['carried', '二、上年结转政府信息公开申请数量 '],
    ['granted', '三、本年度办理结果 （一）予以公开 '],
    ['partial', '（二）部分公开（区分处理的，只计这一情形，不计其他情形） '],
    ['withheld_secret', '（三）不予公开 1.属于国家秘密 '],
    ['withheld_law', '2.其他法律行政法规禁止公开 '],
    ['withheld_safety', '3.危及“三安全一稳定” '],
    ['withheld_third_party', '4.保护第三方合法权益 '],
    ['withheld_internal', '5.属于三类内部事务信息 '],
    ['withheld_process', '6.属于四类过程性信息 '],
    ['withheld_enforcement', '7.属于行政执法案卷 '],
    ['withheld_query', '8.属于行政查询事项 '],
    ['unable_none', '（四）无法提供 1.本机关不掌握相关政府信息 '],
    ['unable_create', '2.没有现成信息需要另行制作 '],
    ['unable_unclear', '3.补正后申请内容仍不明确 '],
    ['rejected_petition', '（五）不予处理 1.信访举报投诉类申请 '],
    ['rejected_repeat', '2.重复申请 '],
    ['rejected_publication', '3.要求提供公开出版物 '],
    ['rejected_massive', '4.无正当理由大量反复申请 '],
    ['rejected_confirm', '5.要求行政机关确认或重新出具已获取信息 '],
    ['other_overdue', '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 '],
    ['other_fee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 '],
    ['other_misc', '3.其他 '],
    ['results_total', '（七）总计 '],
    ['carry_forward', '四、结转下年度继续办理 '],
  ];
  return [
    '测试区测试局2024年度政府信息公开工作年度报告 ',
    '一、总体情况 本局坚持以公开为常态、不公开为例外，认真贯彻落实《中华人民共和国政府信息公开条例》，',
    '及时准确公开政策文件、行政许可、行政处罚等信息，切实保障人民群众的知情权、参与权和监督权。',
    '三、收到和处理政府信息公开申请情况 （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） ',
    ...labels.map(([key, label]) => `${label}${rows[key] ?? '0000000'}`),
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
