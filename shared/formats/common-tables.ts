// Tables 三 and 四, common to the 2019 and 2021 formats, with their computed totals and rules (R3-x, R4-x).
import {
  cellKey,
  type CompareRule,
  type ComputedDef,
  type CrossYearRule,
  type FormatId,
  type FormatRoles,
  type KeyFigureDef,
  type RequiredRule,
  type RowDef,
  type TableDef,
  type TextCheck,
  type TextRule,
} from './types';

export const T3_COLUMNS = [
  { key: 'natural', label: '自然人', type: 'int', unit: '件' },
  { key: 'commercial', label: '商业企业', type: 'int', unit: '件' },
  { key: 'research', label: '科研机构', type: 'int', unit: '件' },
  { key: 'social', label: '社会公益组织', type: 'int', unit: '件' },
  { key: 'legal', label: '法律服务机构', type: 'int', unit: '件' },
  { key: 'other_org', label: '其他', type: 'int', unit: '件' },
  { key: 'total', label: '总计', type: 'int', unit: '件' },
] as const;

const T3_APPLICANT_COLS = T3_COLUMNS.slice(0, 6).map((c) => c.key);

const row = (key: string, label: string, level: number, aliases?: readonly string[]): RowDef => ({
  key,
  label,
  level,
  kind: 'input',
  ...(aliases ? { aliases } : {}),
});

const WITHHELD: readonly RowDef[] = [
  row('withheld_secret', '1.属于国家秘密', 2),
  row('withheld_law', '2.其他法律行政法规禁止公开', 2, ['2.其他法律行政止公开']),
  row('withheld_safety', '3.危及“三安全一稳定”', 2, ['3.危及"三安全一稳定"']),
  row('withheld_third_party', '4.保护第三方合法权益', 2),
  row('withheld_internal', '5.属于三类内部事务信息', 2),
  row('withheld_process', '6.属于四类过程性信息', 2),
  row('withheld_enforcement', '7.属于行政执法案卷', 2),
  row('withheld_query', '8.属于行政查询事项', 2),
];
const UNABLE: readonly RowDef[] = [
  row('unable_none', '1.本机关不掌握相关政府信息', 2),
  row('unable_create', '2.没有现成信息需要另行制作', 2),
  row('unable_unclear', '3.补正后申请内容仍不明确', 2),
];
const REJECTED: readonly RowDef[] = [
  row('rejected_petition', '1.信访举报投诉类申请', 2),
  row('rejected_repeat', '2.重复申请', 2),
  row('rejected_publication', '3.要求提供公开出版物', 2),
  row('rejected_massive', '4.无正当理由大量反复申请', 2),
  row('rejected_confirm', '5.要求行政机关确认或重新出具已获取信息', 2),
];
const OTHER_2021: readonly RowDef[] = [
  row('other_overdue', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 2),
  row('other_fee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 2),
  row('other_misc', '3.其他', 2),
];

const group = (
  key: string,
  label: string,
  level: number,
  spans: readonly RowDef[],
  aliases?: readonly string[],
) => ({
  key,
  label,
  level,
  kind: 'group' as const,
  spans: spans.map((r) => r.key),
  ...(aliases ? { aliases } : {}),
});

/** Table 三 for the 2021 format (（六） has three sub-rows) or the 2019 format (（六） is one data row). */
export function tableThree(format: FormatId): TableDef {
  const other: readonly RowDef[] =
    format === 'gov-2021'
      ? [group('other_group', '（六）其他处理', 1, OTHER_2021, ['（六）其他']), ...OTHER_2021]
      : [row('other', '（六）其他处理', 1, ['（六）其他'])];
  const results: readonly RowDef[] = [
    row('granted', '（一）予以公开', 1),
    row('partial', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 1, ['（二）部分公开']),
    group('withheld', '（三）不予公开', 1, WITHHELD),
    ...WITHHELD,
    group('unable', '（四）无法提供', 1, UNABLE),
    ...UNABLE,
    group('rejected', '（五）不予处理', 1, REJECTED),
    ...REJECTED,
    ...other,
    { key: 'results_total', label: '（七）总计', level: 1, kind: 'computed' },
  ];
  const resultRows = results.filter((r) => r.kind !== 'group');
  return {
    id: 't3',
    shortName: '表三',
    sectionId: 's3',
    stubLabel: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    stubColumns: 3,
    headerRows: [
      [
        {
          label: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
          colSpan: 3,
          rowSpan: 3,
        },
        { label: '申请人情况', colSpan: 7 },
      ],
      [
        { label: '自然人', rowSpan: 2 },
        { label: '法人或其他组织', colSpan: 5 },
        { label: '总计', rowSpan: 2 },
      ],
      [
        { label: '商业企业' },
        { label: '科研机构' },
        { label: '社会公益组织' },
        { label: '法律服务机构' },
        { label: '其他' },
      ],
    ],
    columns: T3_COLUMNS,
    rows: [
      row('new', '一、本年新收政府信息公开申请数量', 0),
      row('carried', '二、上年结转政府信息公开申请数量', 0),
      {
        key: 'results',
        label: '三、本年度办理结果',
        level: 0,
        kind: 'group',
        spans: resultRows.map((r) => r.key),
      },
      ...results,
      row('carry_forward', '四、结转下年度继续办理', 0, ['四、结转下一年度继续办理', '结转下年度继续办理']),
    ],
  };
}

/** Computed cells of table 三: the 总计 column of every data row (R3-3) and the （七）总计 row (R3-2). */
export function tableThreeComputed(t3: TableDef): ComputedDef[] {
  const dataRows = t3.rows.filter((r) => r.kind !== 'group');
  const resultKeys = dataRows
    .filter((r) => !['new', 'carried', 'results_total', 'carry_forward'].includes(r.key))
    .map((r) => r.key);
  const out: ComputedDef[] = [];
  for (const col of T3_APPLICANT_COLS) {
    const label = T3_COLUMNS.find((c) => c.key === col)?.label ?? col;
    out.push({
      cell: cellKey('t3', 'results_total', col),
      sum: resultKeys.map((r) => cellKey('t3', r, col)),
      ruleId: 'R3-2',
      subject: `表三“（七）总计”行“${label}”列`,
    });
  }
  for (const r of dataRows) {
    // The （七）总计 row's 总计 column is the grand total of the results: R3-2, like the rest of its row.
    out.push({
      cell: cellKey('t3', r.key, 'total'),
      sum: T3_APPLICANT_COLS.map((c) => cellKey('t3', r.key, c)),
      ruleId: r.key === 'results_total' ? 'R3-2' : 'R3-3',
      subject: `表三“${r.label}”行“总计”列`,
    });
  }
  return out;
}

/** R3-1 for every column: 本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理. */
export function tableThreeRules(): CompareRule[] {
  return T3_COLUMNS.map((c) => ({
    id: 'R3-1',
    kind: 'compare',
    level: 'error',
    op: 'eq',
    subject: `表三“${c.label}”列`,
    left: [
      { cell: cellKey('t3', 'new', c.key), label: '本年新收' },
      { cell: cellKey('t3', 'carried', c.key), label: '上年结转' },
    ],
    right: [
      { cell: cellKey('t3', 'results_total', c.key), label: '办理结果总计' },
      { cell: cellKey('t3', 'carry_forward', c.key), label: '结转下年度' },
    ],
  }));
}

/** C1: this year's 上年结转 = last year's 结转下年度继续办理, per applicant column (the 总计 follows). */
export function carryForwardRelation(prevFormats: readonly FormatId[]): CrossYearRule[] {
  return T3_COLUMNS.slice(0, 6).map((c) => ({
    id: 'C1',
    level: 'error',
    target: cellKey('t3', 'carried', c.key),
    terms: [{ from: 'prev', cell: cellKey('t3', 'carry_forward', c.key), label: '上年“结转下年度继续办理”' }],
    prevFormats,
    prefill: true,
    subject: `表三“上年结转”行“${c.label}”列`,
  }));
}

const T4_GROUPS = [
  { prefix: 'review', name: '行政复议', header: '行政复议', rule: 'R4-1' },
  {
    prefix: 'direct',
    name: '行政诉讼（未经复议直接起诉）',
    header: '行政诉讼 未经复议直接起诉',
    rule: 'R4-2',
  },
  { prefix: 'after', name: '行政诉讼（复议后起诉）', header: '行政诉讼 复议后起诉', rule: 'R4-3' },
] as const;
const T4_RESULTS = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const;

export function tableFour(): TableDef {
  const bottom = T4_GROUPS.flatMap(() => T4_RESULTS.map((r) => ({ label: r.label })));
  return {
    id: 't4',
    shortName: '表四',
    sectionId: 's4',
    stubLabel: '',
    stubColumns: 0,
    headerRows: [
      [
        { label: '行政复议', colSpan: 5, rowSpan: 2 },
        { label: '行政诉讼', colSpan: 10 },
      ],
      [
        { label: '未经复议直接起诉', colSpan: 5 },
        { label: '复议后起诉', colSpan: 5 },
      ],
      bottom,
    ],
    columns: T4_GROUPS.flatMap((g) =>
      T4_RESULTS.map((r) => ({
        key: `${g.prefix}_${r.key}`,
        label: r.label,
        group: g.header,
        type: 'int' as const,
        unit: '件',
      })),
    ),
    rows: [{ key: 'cases', label: '件数', level: 0, kind: 'input' }],
  };
}

export function tableFourComputed(): ComputedDef[] {
  return T4_GROUPS.map((g) => ({
    cell: cellKey('t4', 'cases', `${g.prefix}_total`),
    sum: T4_RESULTS.filter((r) => r.key !== 'total').map((r) =>
      cellKey('t4', 'cases', `${g.prefix}_${r.key}`),
    ),
    ruleId: g.rule,
    subject: `表四“${g.name}”总计`,
  }));
}

/** Roles of the cells of tables 三 and 四 (the 2021 format alone has the 收费通知 row). */
export function tableThreeFourRoles(format: FormatId): FormatRoles {
  return {
    applicationsReceived: cellKey('t3', 'new', 'total'),
    applicationsCarried: cellKey('t3', 'carried', 'total'),
    applicationsConcluded: cellKey('t3', 'results_total', 'total'),
    carryForward: cellKey('t3', 'carry_forward', 'total'),
    ...(format === 'gov-2021' ? { feeNotices: cellKey('t3', 'other_fee', 'total') } : {}),
    reviewTotal: cellKey('t4', 'cases', 'review_total'),
    suitTotals: [cellKey('t4', 'cases', 'direct_total'), cellKey('t4', 'cases', 'after_total')],
  };
}

/** 新收申请 … 行政诉讼: the key figures of 表三/表四 the two national forms share. */
export const TABLE_THREE_FOUR_FIGURES: readonly KeyFigureDef[] = [
  { cells: [cellKey('t3', 'new', 'total')], label: '新收申请' },
  { cells: [cellKey('t3', 'carried', 'total')], label: '上年结转' },
  { cells: [cellKey('t3', 'results_total', 'total')], label: '办理结果' },
  { cells: [cellKey('t3', 'granted', 'total')], label: '予以公开' },
  { cells: [cellKey('t3', 'carry_forward', 'total')], label: '结转下年' },
  { cells: [cellKey('t4', 'cases', 'review_total')], label: '行政复议' },
  {
    cells: [cellKey('t4', 'cases', 'direct_total'), cellKey('t4', 'cases', 'after_total')],
    label: '行政诉讼',
  },
];

/** The key figures of a national form: 表二's 规章 and 规范性文件 made this year (`column`), then 表三/表四's. */
export function governmentKeyFigures(column: string, verb: string): KeyFigureDef[] {
  return [
    { cells: [cellKey('t2_1', 'rules', column)], label: `${verb}规章` },
    { cells: [cellKey('t2_1', 'norms', column)], label: `${verb}规范性文件` },
    ...TABLE_THREE_FOUR_FIGURES,
  ];
}

/** Text rules (formats.md §6 R3-5, R0-1, R5-1, R6-1 and the 重复率 rule T-1), by check. */
const TEXT_RULES: Readonly<Record<TextCheck, TextRule>> = {
  'figures-in-text': {
    id: 'R3-5',
    kind: 'text',
    level: 'warning',
    check: 'figures-in-text',
    message: '“总体情况”中提到的依申请公开数字应与表三一致',
  },
  'foreign-year': {
    id: 'R0-1',
    kind: 'text',
    level: 'warning',
    check: 'foreign-year',
    message: '正文中的年份与报告年度不一致',
  },
  'section-five-empty': {
    id: 'R5-1',
    kind: 'text',
    level: 'warning',
    check: 'section-five-empty',
    message: '“存在的主要问题及改进情况”不应为空或“无”',
  },
  'fee-stated': {
    id: 'R6-1',
    kind: 'text',
    level: 'warning',
    check: 'fee-stated',
    message: '第六部分应说明收取信息处理费的情况',
  },
  signature: {
    id: 'R0-2',
    kind: 'text',
    level: 'warning',
    check: 'signature',
    message: '落款的机关名称和成文日期应填写，成文日期应在报告年度结束之后',
  },
  'repeat-last-year': {
    id: 'T-1',
    kind: 'text',
    level: 'warning',
    check: 'repeat-last-year',
    message: '正文与上年报告重复过半',
  },
  'publish-date': {
    id: 'R0-3',
    kind: 'text',
    level: 'warning',
    check: 'publish-date',
    message: '成文日期应是真实的日期，且不晚于公开期限（默认次年1月31日）',
  },
  'overview-filled': {
    id: 'R1-1',
    kind: 'text',
    level: 'warning',
    check: 'overview-filled',
    message: '“总体情况”应有正文，不能只有小标题',
  },
  'sub-heading-empty': {
    id: 'R1-2',
    kind: 'text',
    level: 'warning',
    check: 'sub-heading-empty',
    message: '每个小标题下都应有正文',
  },
  'cases-in-text': {
    id: 'R4-5',
    kind: 'text',
    level: 'warning',
    check: 'cases-in-text',
    message: '正文中的行政复议、行政诉讼件数应与表四一致',
  },
  'carry-in-text': {
    id: 'R3-6',
    kind: 'text',
    level: 'warning',
    check: 'carry-in-text',
    message: '正文中的结转件数应与表三“结转下年度继续办理”一致',
  },
  'rules-by-agency': {
    id: 'R2-2',
    kind: 'text',
    level: 'warning',
    check: 'rules-by-agency',
    message: '街道办事处、乡镇人民政府和县级部门不能制定规章，规章各项应为 0',
  },
  'assessment-stated': {
    id: 'R6-2',
    kind: 'text',
    level: 'warning',
    check: 'assessment-stated',
    message: '各级人民政府的报告应说明工作考核、社会评议和责任追究结果（条例第五十条）',
  },
};

/** The roles each text check reads: a format listing the check must have them (template-lint asserts it). */
export const TEXT_CHECK_ROLES: Readonly<Record<TextCheck, readonly (keyof FormatRoles)[]>> = {
  'figures-in-text': ['applicationsReceived', 'applicationsCarried', 'applicationsConcluded'],
  'carry-in-text': ['carryForward', 'applicationsCarried'],
  'cases-in-text': ['reviewTotal', 'suitTotals'],
  'fee-stated': ['feeNotices'],
  'rules-by-agency': ['regulations'],
  'foreign-year': [],
  'overview-filled': [],
  'sub-heading-empty': [],
  'section-five-empty': [],
  'assessment-stated': [],
  'repeat-last-year': [],
  signature: [],
  'publish-date': [],
};

/** The text checks of the 2019 and 2021 formats (the 2019 format has no 收费 rule). */
export const GOVERNMENT_TEXT_CHECKS: readonly TextCheck[] = [
  'figures-in-text',
  'carry-in-text',
  'cases-in-text',
  'foreign-year',
  'overview-filled',
  'sub-heading-empty',
  'section-five-empty',
  'fee-stated',
  'assessment-stated',
  'rules-by-agency',
  'repeat-last-year',
  'signature',
  'publish-date',
];

export const textRules = (checks: readonly TextCheck[]): TextRule[] => checks.map((c) => TEXT_RULES[c]);

/** Blank is not zero: every input cell of these tables must be filled. */
export const requiredRules = (ruleId: string, tableIds: readonly string[]): RequiredRule[] =>
  tableIds.map((tableId) => ({ id: ruleId, kind: 'required', level: 'error', tableId }));

/** The caption row of a 表二 sub-table: 第二十条第（一）项, spanning the printed columns. */
export const captionRow = (item: string, span: number) => [
  { label: `第二十条第（${item}）项`, colSpan: span },
];
