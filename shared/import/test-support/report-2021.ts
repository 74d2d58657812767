// A synthetic 2021-format report as PDF-like text, for the import tests.
import { importDocument, textDocument } from '../index';
export const T3_2021: readonly [string, string][] = [
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
export function report2021(
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

export const run = (text: string) =>
  importDocument(textDocument(text), { fileName: 't.txt', now: '2026-01-01T00:00:00.000Z', id: 't' });
