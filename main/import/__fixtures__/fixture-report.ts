// A hand-made 2021-format report with the official merged header cells, and its figures (the tests' expectations).

/** A printed table cell: text with the spans of the official table; continuation slots are simply not listed. */
export interface Cell {
  readonly text: string;
  readonly cs?: number;
  readonly rs?: number;
}
export type Row = readonly Cell[];
export type Block = { readonly p: string; readonly heading?: boolean } | { readonly table: readonly Row[] };

const c = (text: string, cs?: number, rs?: number): Cell => ({
  text,
  ...(cs ? { cs } : {}),
  ...(rs ? { rs } : {}),
});
const nums = (values: readonly number[], cs?: number): Cell[] => values.map((v) => c(String(v), cs));

export const T3: Readonly<Record<string, readonly number[]>> = {
  new: [12, 3, 0, 1, 2, 0, 18],
  carried: [1, 0, 0, 0, 1, 0, 2],
  granted: [6, 1, 0, 1, 1, 0, 9],
  partial: [2, 1, 0, 0, 0, 0, 3],
  withheld_secret: [0, 0, 0, 0, 0, 0, 0],
  withheld_law: [1, 0, 0, 0, 0, 0, 1],
  withheld_safety: [0, 0, 0, 0, 0, 0, 0],
  withheld_third_party: [0, 0, 0, 0, 0, 0, 0],
  withheld_internal: [0, 0, 0, 0, 0, 0, 0],
  withheld_process: [0, 0, 0, 0, 0, 0, 0],
  withheld_enforcement: [0, 0, 0, 0, 0, 0, 0],
  withheld_query: [0, 0, 0, 0, 0, 0, 0],
  unable_none: [2, 0, 0, 0, 1, 0, 3],
  unable_create: [0, 0, 0, 0, 0, 0, 0],
  unable_unclear: [1, 0, 0, 0, 0, 0, 1],
  rejected_petition: [0, 0, 0, 0, 0, 0, 0],
  rejected_repeat: [0, 1, 0, 0, 0, 0, 1],
  rejected_publication: [0, 0, 0, 0, 0, 0, 0],
  rejected_massive: [0, 0, 0, 0, 0, 0, 0],
  rejected_confirm: [0, 0, 0, 0, 0, 0, 0],
  other_overdue: [0, 0, 0, 0, 0, 0, 0],
  other_fee: [0, 0, 0, 0, 0, 0, 0],
  other_misc: [0, 0, 0, 0, 0, 0, 0],
  results_total: [12, 3, 0, 1, 2, 0, 18],
  carry_forward: [1, 0, 0, 0, 1, 0, 2],
};
export const T4 = [1, 0, 0, 1, 2, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0];
export const T2 = {
  rules: [0, 0, 0],
  norms: [2, 1, 15],
  license: 264,
  penalty: 156,
  coercion: 3,
  fees: 1.25,
};

const LABELS: readonly [string, string][] = [
  ['withheld_secret', '1.属于国家秘密'],
  ['withheld_law', '2.其他法律行政法规禁止公开'],
  ['withheld_safety', '3.危及“三安全一稳定”'],
  ['withheld_third_party', '4.保护第三方合法权益'],
  ['withheld_internal', '5.属于三类内部事务信息'],
  ['withheld_process', '6.属于四类过程性信息'],
  ['withheld_enforcement', '7.属于行政执法案卷'],
  ['withheld_query', '8.属于行政查询事项'],
  ['unable_none', '1.本机关不掌握相关政府信息'],
  ['unable_create', '2.没有现成信息需要另行制作'],
  ['unable_unclear', '3.补正后申请内容仍不明确'],
  ['rejected_petition', '1.信访举报投诉类申请'],
  ['rejected_repeat', '2.重复申请'],
  ['rejected_publication', '3.要求提供公开出版物'],
  ['rejected_massive', '4.无正当理由大量反复申请'],
  ['rejected_confirm', '5.要求行政机关确认或重新出具已获取信息'],
  ['other_overdue', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['other_fee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['other_misc', '3.其他'],
];
const GROUPS: Readonly<Record<string, [string, number]>> = {
  withheld_secret: ['（三）不予公开', 8],
  unable_none: ['（四）无法提供', 3],
  rejected_petition: ['（五）不予处理', 5],
  other_overdue: ['（六）其他处理', 3],
};

const v = (key: string) => T3[key] ?? [];

function tableThree(): Row[] {
  const rows: Row[] = [
    [c('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3), c('申请人情况', 7)],
    [c('自然人', undefined, 2), c('法人或其他组织', 5), c('总计', undefined, 2)],
    [c('商业企业'), c('科研机构'), c('社会公益组织'), c('法律服务机构'), c('其他')],
    [c('一、本年新收政府信息公开申请数量', 3), ...nums(v('new'))],
    [c('二、上年结转政府信息公开申请数量', 3), ...nums(v('carried'))],
    [c('三、本年度办理结果', undefined, 22), c('（一）予以公开', 2), ...nums(v('granted'))],
    [c('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 2), ...nums(v('partial'))],
  ];
  for (const [key, label] of LABELS) {
    const group = GROUPS[key];
    rows.push([...(group ? [c(group[0], undefined, group[1])] : []), c(label), ...nums(v(key))]);
  }
  rows.push([c('（七）总计', 2), ...nums(v('results_total'))]);
  rows.push([c('四、结转下年度继续办理', 3), ...nums(v('carry_forward'))]);
  return rows;
}

function tableFour(): Row[] {
  const results = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return [
    [c('行政复议', 5), c('行政诉讼', 10)],
    [...results.map((r) => c(r, undefined, 2)), c('未经复议直接起诉', 5), c('复议后起诉', 5)],
    [...results.map((r) => c(r)), ...results.map((r) => c(r))],
    nums(T4),
  ];
}

function tableTwo(): Row[] {
  return [
    [c('第二十条第（一）项', 4)],
    [c('信息内容'), c('本年制发件数'), c('本年废止件数'), c('现行有效件数')],
    [c('规章'), ...nums(T2.rules)],
    [c('行政规范性文件'), ...nums(T2.norms)],
    [c('第二十条第（五）项', 4)],
    [c('信息内容'), c('本年处理决定数量', 3)],
    [c('行政许可'), c(String(T2.license), 3)],
    [c('第二十条第（六）项', 4)],
    [c('信息内容'), c('本年处理决定数量', 3)],
    [c('行政处罚'), c(String(T2.penalty), 3)],
    [c('行政强制'), c(String(T2.coercion), 3)],
    [c('第二十条第（八）项', 4)],
    [c('信息内容'), c('本年收费金额（单位：万元）', 3)],
    [c('行政事业性收费'), c(String(T2.fees), 3)],
  ];
}

export const AGENCY = '示例县青山镇人民政府';
export const YEAR = 2023;

export const BLOCKS: readonly Block[] = [
  { p: `${AGENCY}${YEAR}年政府信息公开工作年度报告`, heading: true },
  {
    p: `本报告根据《中华人民共和国政府信息公开条例》编制，统计期限自${YEAR}年1月1日起至${YEAR}年12月31日止。如有疑问，请与青山镇党政办公室联系（地址：示例县青山镇人民路1号，邮编：123456，电话：0123-4567890）。`,
  },
  { p: '一、总体情况', heading: true },
  { p: '（一）主动公开' },
  { p: `${YEAR}年，我镇主动公开政府信息236条。` },
  { p: '（二）依申请公开' },
  { p: `全年新收政府信息公开申请18件，上年结转2件。` },
  { p: '二、主动公开政府信息情况', heading: true },
  { table: tableTwo() },
  { p: '三、收到和处理政府信息公开申请情况', heading: true },
  { table: tableThree() },
  { p: '四、政府信息公开行政复议、行政诉讼情况', heading: true },
  { table: tableFour() },
  { p: '五、存在的主要问题及改进情况', heading: true },
  { p: '（一）存在的主要问题' },
  { p: '一是公开内容不够全面。二是依申请公开答复质量有待提高。' },
  { p: '（二）改进情况' },
  { p: '加强培训，规范答复流程。' },
  { p: '六、其他需要报告的事项', heading: true },
  { p: `${YEAR}年，本机关未收取信息处理费。` },
  { p: AGENCY },
  { p: `${YEAR + 1}年1月20日` },
];

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The report as a web page: official tables with rowspan/colspan, empty cells written &nbsp;. */
export function fixtureHtml(charset = 'utf-8'): string {
  const body = BLOCKS.map((b) => {
    if ('p' in b) return b.heading ? `<h3>${esc(b.p)}</h3>` : `<p>${esc(b.p)}</p>`;
    const rows = b.table.map(
      (r) =>
        `<tr>${r
          .map((cell) => {
            const span = `${cell.cs ? ` colspan="${cell.cs}"` : ''}${cell.rs ? ` rowspan="${cell.rs}"` : ''}`;
            return `<td${span}>${cell.text === '' ? '&nbsp;' : esc(cell.text)}</td>`;
          })
          .join('')}</tr>`,
    );
    return `<table border="1">\n${rows.join('\n')}\n</table>`;
  }).join('\n');
  return `<!DOCTYPE html>\n<html><head><meta charset="${charset}"><title>年报</title>\n<script>var x = "一、总体情况 1 2 3";</script></head>\n<body><div class="nav">首页 &gt; 政府信息公开年报</div>\n${body}\n<div>扫一扫在手机打开当前页</div></body></html>\n`;
}
