// The pre-2019 statistics table (Fujian 政府信息公开情况统计表 with 历年累计), for reports of 2018 and earlier (formats.md §5).
import { textRules } from './common-tables';
import {
  cellKey,
  type CompareRule,
  type CrossYearRule,
  type ReportFormat,
  type RowDef,
  type TableDef,
} from './types';

const r = (
  key: string,
  label: string,
  level: number,
  unit: string,
  aliases?: readonly string[],
  statedAs?: readonly string[],
): RowDef => ({
  key,
  label,
  level,
  kind: 'input',
  unit,
  ...(aliases ? { aliases } : {}),
  ...(statedAs ? { statedAs: { column: 'year', phrases: statedAs } } : {}),
});

/** The older national 统计表 (2008–2013) prints the ways of applying one by one: 信函 and 传真 are two rows there. */
const SEPARATE_WAYS = ['传真申请数', '电子邮件申请数', '信函申请数', '其它形式申请数', '其他形式申请数'];

const stat: TableDef = {
  id: 'stat',
  shortName: '政府信息公开情况统计表',
  caption: '政府信息公开情况统计表',
  sectionId: 's6',
  stubLabel: '指标名称',
  unitColumnLabel: '单位',
  headerRows: [[{ label: '指标名称' }, { label: '单位' }, { label: '本年' }, { label: '历年累计' }]],
  columns: [
    { key: 'year', label: '本年', type: 'int' },
    { key: 'cumulative', label: '历年累计', type: 'int' },
  ],
  rows: [
    r('active_docs', '主动公开文件数', 0, '条', ['主动公开信息数'], ['主动公开政府信息', '主动公开信息']),
    r('active_web', '其中：1.政府网站公开数', 1, '条', ['1.政府网站公开数', '政府网站公开数', '网站公开']),
    r('active_gazette', '2.政府公报公开数', 1, '条', ['政府公报公开数', '政府公报公开']),
    r(
      'requests',
      '受理政府信息公开申请总数',
      0,
      '条',
      ['受理依申请公开信息总数', '受理政府信息依申请公开总数'],
      ['政府信息公开的申请', '政府信息公开申请'],
    ),
    r('req_in_person', '其中：1.当面申请数', 1, '条', ['1.当面申请数', '当面申请数']),
    r('req_online', '2.网络申请数', 1, '条', ['2.网上申请数', '网络申请数', '网上申请数']),
    r('req_mail', '3.信函、传真申请数', 1, '条', ['信函、传真申请数']),
    r('replies', '对申请的答复总数', 0, '条', ['对申请的答复数'], ['答复总数']),
    r('reply_granted', '其中：1.同意公开答复数', 1, '条', ['1.同意公开答复数', '同意公开答复数']),
    r('reply_partial', '2.同意部分公开答复数', 1, '条', ['同意部分公开答复数']),
    r('reply_withheld', '3.不予公开答复数', 1, '条', ['不予公开答复数', '否决公开答复数']),
    r('reply_other', '4.其他类型答复数', 1, '条', ['其他类型答复数']),
    r('complaints', '接受行政申诉、举报数', 0, '件', ['接受行政诉讼、举报数']),
    r('reviews', '行政复议数', 0, '件'),
    r('suits', '行政诉讼数', 0, '件'),
  ],
  otherRows: [
    ...SEPARATE_WAYS.map((label) => ({ label, breaks: ['P-2'] })),
    // The older table prints it last, after 行政诉讼数.
    { label: '行政申诉、举报数', sameAs: 'complaints' },
    { label: '行政申诉数', sameAs: 'complaints' },
    // Fujian 2014–2016: a row of its own for fees (元), reported in the text part of this format.
    { label: '政府信息公开收费减免金额' },
  ],
};

const k = (row: string, col: string) => cellKey('stat', row, col);
const COLS = [
  { key: 'year', label: '本年' },
  { key: 'cumulative', label: '历年累计' },
] as const;

/** Soft rules of the 统计表 (formats.md §5), per column: Σleft (= or ≥) Σright, each term [row, short label]. */
const SOFT: readonly { id: string; op: 'eq' | 'gte'; left: [string, string][]; right: [string, string][] }[] =
  [
    {
      id: 'P-1',
      op: 'gte',
      left: [['active_docs', '主动公开文件数']],
      right: [['active_web', '政府网站公开数']],
    },
    {
      id: 'P-1',
      op: 'gte',
      left: [['active_docs', '主动公开文件数']],
      right: [['active_gazette', '政府公报公开数']],
    },
    {
      id: 'P-2',
      op: 'eq',
      left: [['requests', '受理申请总数']],
      right: [
        ['req_in_person', '当面'],
        ['req_online', '网络'],
        ['req_mail', '信函传真'],
      ],
    },
    {
      id: 'P-3',
      op: 'eq',
      left: [['replies', '答复总数']],
      right: [
        ['reply_granted', '同意公开'],
        ['reply_partial', '同意部分公开'],
        ['reply_withheld', '不予公开'],
        ['reply_other', '其他'],
      ],
    },
  ];

/** P-4: 历年累计 includes this year, so it cannot be below 本年 (per row). */
const cumulativeNotBelowYear: CompareRule[] = stat.rows.map((row) => ({
  id: 'P-4',
  kind: 'compare' as const,
  level: 'error' as const,
  op: 'gte' as const,
  subject: `统计表“${row.label}”`,
  left: [{ cell: k(row.key, 'cumulative'), label: '历年累计' }],
  right: [{ cell: k(row.key, 'year'), label: '本年' }],
}));

const soft: CompareRule[] = COLS.flatMap((c) =>
  SOFT.map((r) => ({
    id: r.id,
    kind: 'compare' as const,
    level: 'warning' as const,
    op: r.op,
    subject: `统计表“${c.label}”列`,
    left: r.left.map(([row, label]) => ({ cell: k(row, c.key), label })),
    right: r.right.map(([row, label]) => ({ cell: k(row, c.key), label })),
  })),
);

/** C5: 历年累计(N) = 历年累计(N−1) + 本年(N), per row. */
const cumulative: CrossYearRule[] = stat.rows.map((row) => ({
  id: 'C5',
  level: 'warning',
  target: k(row.key, 'cumulative'),
  terms: [
    { from: 'prev', cell: k(row.key, 'cumulative'), label: '上年历年累计' },
    { from: 'cur', cell: k(row.key, 'year'), label: '本年' },
  ],
  prevFormats: ['pre-2019'],
  prefill: true,
  subject: `统计表“${row.label}”历年累计`,
}));

export const pre2019 = {
  id: 'pre-2019',
  name: '2019年以前的统计表格式（2007年条例，含历年累计）',
  label: '2019年以前格式（统计表）',
  basis: '《中华人民共和国政府信息公开条例》（国务院令第492号）',
  sections: [
    { id: 's1', heading: '一、概述', kind: 'text' },
    { id: 's2', heading: '二、主动公开政府信息的情况', kind: 'text', aliases: ['二、主动公开政府信息情况'] },
    {
      id: 's3',
      heading: '三、政府信息依申请公开办理情况',
      kind: 'text',
      aliases: ['三、政府信息依申请公开工作情况', '三、依申请公开政府信息和不予公开政府信息的情况'],
    },
    { id: 's4', heading: '四、因政府信息公开申请行政复议、提起行政诉讼的情况', kind: 'text' },
    {
      id: 's5',
      heading: '五、政府信息公开工作存在的主要问题及改进措施',
      kind: 'text',
      aliases: [
        '五、主要问题和改进措施',
        '五、存在的主要问题和改进措施',
        '五、政府信息公开工作存在的主要问题及改进情况',
      ],
    },
    {
      id: 's6',
      heading: '六、需要说明的其他事项与附表',
      kind: 'tables',
      tableIds: ['stat'],
      aliases: ['六、政府信息公开情况统计表', '六、其他需要报告的事项'],
    },
  ],
  tables: [stat],
  computed: [],
  rules: [
    { id: 'P-0', kind: 'required', level: 'warning', tableId: 'stat' },
    ...soft,
    ...cumulativeNotBelowYear,
    ...textRules([
      'cases-in-text',
      'foreign-year',
      'overview-filled',
      'sub-heading-empty',
      'repeat-last-year',
    ]),
  ],
  crossYear: cumulative,
  years: { from: 2008, to: 2018 },
  roles: {
    applicationsReceived: k('requests', 'year'),
    reviewTotal: k('reviews', 'year'),
    suitTotals: [k('suits', 'year')],
  },
  importMarkers: {
    words: ['历年累计', '政府信息公开情况统计表', '依申请公开办理情况', '概述'],
    rank: 0,
    absent: ['第二十条第一项'],
  },
  keyFigures: [
    { cells: [k('active_docs', 'year')], label: '主动公开' },
    { cells: [k('requests', 'year')], label: '收到申请' },
    { cells: [k('replies', 'year')], label: '答复' },
    { cells: [k('reviews', 'year')], label: '行政复议' },
    { cells: [k('suits', 'year')], label: '行政诉讼' },
  ],
  sampleCell: k('requests', 'year'),
  problemsSectionId: 's5',
  overviewSectionId: 's1',
} as const satisfies ReportFormat;
