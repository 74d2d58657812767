// A page flattened to one line: chrome dropped, headings and rows found inline, figures run together split by the table.
import { importDocument, textDocument } from './index';

/** 表三 rows of the 2021 format as printed, each with its figures run together (no separator at all). */
const T3: readonly [string, string][] = [
  ['一、本年新收政府信息公开申请数量', '640020470'],
  ['二、上年结转政府信息公开申请数量', '0000000'],
  ['三、本年度办理结果（一）予以公开', '600020466'],
  ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '0000000'],
  ['（三）不予公开1.属于国家秘密', '0000000'],
  ['2.其他法律行政法规禁止公开', '0000000'],
  ['3.危及“三安全一稳定”', '0000000'],
  ['4.保护第三方合法权益', '0000000'],
  ['5.属于三类内部事务信息', '0000000'],
  ['6.属于四类过程性信息', '0000000'],
  ['7.属于行政执法案卷', '0000000'],
  ['8.属于行政查询事项', '0000000'],
  ['（四）无法提供1.本机关不掌握相关政府信息', '4000004'],
  ['2.没有现成信息需要另行制作', '0000000'],
  ['3.补正后申请内容仍不明确', '0000000'],
  ['（五）不予处理1.信访举报投诉类申请', '0000000'],
  ['2.重复申请', '0000000'],
  ['3.要求提供公开出版物', '0000000'],
  ['4.无正当理由大量反复申请', '0000000'],
  ['5.要求行政机关确认或重新出具已获取信息', '0000000'],
  ['（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '0000000'],
  ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '0000000'],
  ['3.其他', '0000000'],
  ['（七）总计', '640020470'],
  ['四、结转下年度继续办理', '0000000'],
];

const page = [
  '当前位置：首页 > 政务公开 > 年报',
  '标题：平潭综合实验区管理委员会2023年政府信息公开工作年度报告',
  '发布时间：2024-01-20 来源：平潭综合实验区 字号：大中小',
  '本年度报告根据《中华人民共和国政府信息公开条例》编制。',
  '一、总体情况2023年，我区扎实推进政务公开工作。（一）主动公开全年主动公开政府信息120条。',
  '二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件000',
  '三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他',
  ...T3.map(([label, figures]) => label + figures),
  '四、政府信息公开行政复议、行政诉讼情况行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计000000000000000',
  '五、存在的主要问题及改进情况一是公开内容不够丰富。二是解读形式单一。',
  '六、其他需要报告的事项无。',
  '平潭综合实验区管理委员会2024年1月20日',
].join('');

describe('one-line web page', () => {
  const { draft, report } = importDocument(textDocument(page), { fileName: 'page.txt', now: 'now', id: 'x' });

  it('finds every section inline and keeps page chrome out of the text', () => {
    expect(report.sectionsFound).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
    expect(draft.preamble).toBe('本年度报告根据《中华人民共和国政府信息公开条例》编制。');
    for (const chrome of ['当前位置', '标题', '发布时间', '来源', '字号']) {
      expect(draft.preamble).not.toContain(chrome);
      expect(draft.texts.s1).not.toContain(chrome);
    }
    expect(draft.agency).toBe('平潭综合实验区管理委员会');
  });

  it('splits 640020470 into 64|0|0|2|0|4|70 by the row and column identities, as 推算', () => {
    const row = (r: string) =>
      ['natural', 'commercial', 'research', 'social', 'legal', 'other_org'].map(
        (c) => draft.cells[`t3.${r}.${c}`],
      );
    expect(row('new')).toEqual([64, 0, 0, 2, 0, 4]);
    expect(row('granted')).toEqual([60, 0, 0, 2, 0, 4]);
    expect(row('unable_none')).toEqual([4, 0, 0, 0, 0, 0]);
    expect(draft.stated['t3.results_total.total']).toBe(70);
    expect(report.split.find((s) => s.rowKey === 'new')?.values).toEqual([64, 0, 0, 2, 0, 4, 70]);
    expect(report.unresolved.filter((u) => u.cell.startsWith('t3.'))).toEqual([]);
    expect(draft.cells['t4.cases.review_upheld']).toBe(0);
  });
});
