// Text that leaves empty cells out (pdftotext -layout of a Word-made PDF): empty rows, wrapped labels, joint placement.
import { importDocument, textDocument } from './index';

const COLS = ['natural', 'commercial', 'research', 'social', 'legal', 'other_org'];
const EMPTY = [
  '（三）不予公开 1.属于国家秘密',
  '        2.其他法律行政法规',
  '        禁止公开',
  '        3.危及“三安全一稳定”',
  // Wrapped beside the stub cell （三）不予公开, printed down the side: its characters fall inside the label.
  '        4.保护第三方合法权',
  '    （三）',
  '        益',
  '        5.属于三类内部事务信息',
  '        6.属于四类过程性信息',
  '        7.属于行政执法案卷',
  '        8.属于行政查询事项',
  '（四）无法提供 1.本机关不掌握相关政府信息',
  '        2.没有现成信息需要另行制作',
  '        3.补正后申请内容仍不明确',
  '（五）不予处理 1.信访举报投诉类申请',
  '        2.重复申请',
  '        3.要求提供公开出版物',
  // 无 split off by the narrow cell: a label's first character, not a cell printed 无.
  '        4. 无 正',
  '        当理由',
  '                  0           0',
  '        大量反复申请',
  '        5.要求行政机关确认或重新出具已获取信息',
  '（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '        2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '        3.其他',
];

/** A 2021-format report whose 表三 prints figures with spaces and leaves every empty cell out. */
function layoutReport(rows: {
  granted: string;
  partial: readonly string[];
  carry: string;
  /** 一、本年新收 and （七）总计, all seven figures printed. */
  totals?: readonly [string, string];
}): string {
  const [incoming, outcome] = rows.totals ?? [
    '4     2     1     0     0     0     7',
    '3     2     1     0     0     0     6',
  ];
  return [
    '测试县测试镇人民政府2022年政府信息公开工作年度报告',
    '一、总体情况',
    '本镇认真做好政府信息公开工作。',
    '二、主动公开政府信息情况',
    '第二十条第（一）项',
    '信息内容 本年制发件数 本年废止件数 现行有效件数',
    '规章 0 0 0',
    '行政规范性文件 1 0 5',
    '三、收到和处理政府信息公开申请情况',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）   申请人情况',
    '               自然人   商业企业  科研机构  社会公益组织  法律服务机构  其他   总计',
    `一、本年新收政府信息公开申请数量     ${incoming}`,
    '二、上年结转政府信息公开申请数量     1                                     1',
    `三、本年度办理结果 （一）予以公开    ${rows.granted}`,
    ...rows.partial,
    ...EMPTY,
    `（七）总计     ${outcome}`,
    `四、结转下年度继续办理     ${rows.carry}`,
    '四、政府信息公开行政复议、行政诉讼情况',
    '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0',
    '五、存在的主要问题及改进情况',
    '公开不够及时。',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
  ].join('\n');
}

const run = (text: string) =>
  importDocument(textDocument(text), { fileName: 't.txt', now: '2026-01-01T00:00:00.000Z', id: 't' });
const zeros = (key: string) => Object.fromEntries(COLS.map((c) => [`t3.${key}.${c}`, 0]));
const row = (cells: Record<string, number | null | undefined>, key: string) =>
  COLS.map((c) => cells[`t3.${key}.${c}`]);

describe('text that leaves empty cells out', () => {
  // The partial row's label is wrapped round its figure line, as pdftotext prints a narrow label cell.
  const wrapped = [
    '（二）部分公开（区分处理的，只计这一',
    '                  1           1',
    '情形，不计其他情形）',
  ];

  it('places the figures by the table identities, rows printed as a label only are empty, nothing is guessed', () => {
    const { draft, report } = run(layoutReport({ granted: '2     2', partial: wrapped, carry: '2     2' }));
    expect(report.unresolved.filter((u) => u.cell.startsWith('t3.'))).toEqual([]);
    expect(row(draft.cells, 'granted')).toEqual([2, 2, 0, 0, 0, 0]);
    expect(row(draft.cells, 'partial')).toEqual([1, 0, 1, 0, 0, 0]);
    expect(row(draft.cells, 'carried')).toEqual([1, 0, 0, 0, 0, 0]);
    expect(row(draft.cells, 'carry_forward')).toEqual([2, 0, 0, 0, 0, 0]);
    for (const key of [
      'withheld_law',
      'withheld_third_party',
      'unable_create',
      'rejected_massive',
      'rejected_confirm',
      'other_misc',
    ])
      expect(row(draft.cells, key)).toEqual([0, 0, 0, 0, 0, 0]);
    // 无 was read as the label's character: no lone 无 left over as a cell nobody owns.
    expect(report.notes.filter((n) => n.includes('▲处为 无'))).toEqual([]);
    const publication = report.derived.find((d) => d.cell === 't3.rejected_publication.natural');
    expect(publication?.source).toContain('本行未印数字');
    // Each placed figure is 推算 with its reason, never passed off as read.
    const granted = report.derived.find((d) => d.cell === 't3.granted.commercial');
    expect(granted?.reason).toContain('只有一种排法');
    expect(granted?.source).toContain('予以公开');
  });

  it('leaves 需核对 with the candidates where the identities allow two placements', () => {
    // 予以公开 "2 1" (no total) and 部分公开 "1 1" under totals 3 1 1: the 1s of the two rows can trade the 商业企业
    // and 科研机构 columns.
    const { draft, report } = run(
      layoutReport({
        totals: ['4     1     1     0     0     0     6', '3     1     1     0     0     0     5'],
        granted: '2     1',
        partial: ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）   1   1'],
        carry: '2     2',
      }),
    );
    // 自然人 is certain in both rows; where the 1s stand is not.
    expect(draft.cells['t3.granted.natural']).toBe(2);
    const open = report.unresolved.filter(
      (u) => u.cell.startsWith('t3.granted.') || u.cell.startsWith('t3.partial.'),
    );
    expect(open.map((u) => u.cell)).toEqual(
      expect.arrayContaining(['t3.granted.commercial', 't3.granted.research']),
    );
    expect(open.find((u) => u.cell === 't3.granted.commercial')?.candidates).toEqual([0, 1]);
    expect(draft.cells['t3.granted.commercial']).toBeUndefined();
    // The two whole readings of the row are offered to pick from in the editor, input cells only.
    expect(draft.unresolved?.['t3.granted.commercial']?.readings).toEqual([
      { ...zeros('granted'), 't3.granted.natural': 2, 't3.granted.commercial': 1 },
      { ...zeros('granted'), 't3.granted.natural': 2, 't3.granted.research': 1 },
    ]);
    // A row printed as its label only, in a column the identities leave open: one click reads it as zeros.
    const empty = draft.unresolved?.['t3.withheld_law.commercial'];
    expect(empty?.reason).toBe('本行只印了行名，各格都是空白');
    expect(empty?.readings).toEqual([zeros('withheld_law')]);
  });
});
