// The 2019 national format (试行, 国办公开办函〔2019〕60号), for reports of 2019 and 2020 (formats.md §4, §6, §7).
import {
  GOVERNMENT_TEXT_CHECKS,
  governmentKeyFigures,
  captionRow,
  carryForwardRelation,
  requiredRules,
  tableFour,
  tableFourComputed,
  tableThree,
  tableThreeComputed,
  tableThreeFourRoles,
  tableThreeRules,
  textRules,
} from './common-tables';
import { governmentSections } from './sections';
import {
  cellKey,
  type CompareRule,
  type CrossYearRule,
  type NonNegativeRule,
  type ReportFormat,
  type TableDef,
} from './types';

const t2_1: TableDef = {
  id: 't2_1',
  shortName: '表二（第二十条第（一）项）',
  caption: '第二十条第（一）项',
  sectionId: 's2',
  stubLabel: '信息内容',
  headerRows: [
    captionRow('一', 4),
    [
      { label: '信息内容' },
      { label: '本年新制作数量' },
      { label: '本年新公开数量' },
      { label: '对外公开总数量' },
    ],
  ],
  columns: [
    { key: 'made', label: '本年新制作数量', type: 'int', unit: '件' },
    { key: 'published', label: '本年新公开数量', type: 'int', unit: '件' },
    { key: 'total_public', label: '对外公开总数量', type: 'int', unit: '件' },
  ],
  rows: [
    { key: 'rules', label: '规章', level: 0, kind: 'input' },
    { key: 'norms', label: '规范性文件', level: 0, kind: 'input', aliases: ['行政规范性文件'] },
  ],
};

const PROJECT_COLUMNS = [
  { key: 'prior_count', label: '上一年项目数量', type: 'int', unit: '项' },
  { key: 'change', label: '本年增/减', type: 'signed-int', unit: '项' },
  { key: 'decisions', label: '处理决定数量', type: 'int', unit: '件' },
] as const;

const projectTable = (id: string, item: string, rows: TableDef['rows'], withDecisions = true): TableDef => {
  const columns = withDecisions ? PROJECT_COLUMNS : PROJECT_COLUMNS.slice(0, 2);
  return {
    id,
    shortName: `表二（第二十条第（${item}）项）`,
    caption: `第二十条第（${item}）项`,
    sectionId: 's2',
    stubLabel: '信息内容',
    headerRows: [
      captionRow(item, columns.length + 1),
      [{ label: '信息内容' }, ...columns.map((c) => ({ label: c.label }))],
    ],
    columns,
    rows,
  };
};

const t2_5 = projectTable('t2_5', '五', [
  { key: 'license', label: '行政许可', level: 0, kind: 'input' },
  { key: 'services', label: '其他对外管理服务事项', level: 0, kind: 'input' },
]);
const t2_6 = projectTable('t2_6', '六', [
  { key: 'penalty', label: '行政处罚', level: 0, kind: 'input' },
  { key: 'coercion', label: '行政强制', level: 0, kind: 'input' },
]);
const t2_8 = projectTable(
  't2_8',
  '八',
  [{ key: 'fees', label: '行政事业性收费', level: 0, kind: 'input' }],
  false,
);
const t2_9: TableDef = {
  id: 't2_9',
  shortName: '表二（第二十条第（九）项）',
  caption: '第二十条第（九）项',
  sectionId: 's2',
  stubLabel: '信息内容',
  headerRows: [
    captionRow('九', 3),
    [{ label: '信息内容' }, { label: '采购项目数量' }, { label: '采购总金额（单位：万元）' }],
  ],
  columns: [
    { key: 'count', label: '采购项目数量', type: 'int', unit: '项' },
    { key: 'amount', label: '采购总金额（单位：万元）', type: 'decimal', unit: '万元', decimals: 6 },
  ],
  rows: [{ key: 'procurement', label: '政府集中采购', level: 0, kind: 'input' }],
};

const t3 = tableThree('gov-2019');
const t4 = tableFour();

/** R2-3: 对外公开总数量 ≥ 本年新公开数量; 本年新公开数量 ≤ 本年新制作数量 (usual, not required). */
const publishRules: CompareRule[] = t2_1.rows.flatMap((r) => {
  const term = (col: string, label: string) => ({ cell: cellKey('t2_1', r.key, col), label });
  const rule = (left: CompareRule['left']): CompareRule => ({
    id: 'R2-3',
    kind: 'compare',
    level: 'warning',
    op: 'gte',
    subject: `表二“${r.label}”`,
    left,
    right: [term('published', '本年新公开数量')],
  });
  return [rule([term('total_public', '对外公开总数量')]), rule([term('made', '本年新制作数量')])];
});

/** R2-4: 上一年项目数量 + 本年增/减 is this year's number of items and cannot be negative. */
const projectStock: NonNegativeRule[] = [t2_5, t2_6, t2_8].flatMap((t) =>
  t.rows.map((r) => ({
    id: 'R2-4',
    kind: 'non-negative' as const,
    level: 'error' as const,
    subject: `表二“${r.label}”本年项目数量（上一年项目数量 + 本年增/减）`,
    terms: [
      { cell: cellKey(t.id, r.key, 'prior_count'), label: '上一年项目数量' },
      { cell: cellKey(t.id, r.key, 'change'), label: '本年增/减' },
    ],
  })),
);

/** C3: 上一年项目数量(N) = 上一年项目数量(N−1) + 本年增/减(N−1). */
const projectCarry: CrossYearRule[] = [t2_5, t2_6, t2_8].flatMap((t) =>
  t.rows.map((r) => ({
    id: 'C3',
    level: 'warning' as const,
    target: cellKey(t.id, r.key, 'prior_count'),
    terms: [
      { from: 'prev' as const, cell: cellKey(t.id, r.key, 'prior_count'), label: '上年“上一年项目数量”' },
      { from: 'prev' as const, cell: cellKey(t.id, r.key, 'change'), label: '上年“本年增/减”' },
    ],
    prevFormats: ['gov-2019' as const],
    prefill: true,
    subject: `表二“${r.label}”上一年项目数量`,
  })),
);

/** C4: 对外公开总数量(N) = 对外公开总数量(N−1) + 本年新公开数量(N). */
const publicTotal: CrossYearRule[] = t2_1.rows.map((r) => ({
  id: 'C4',
  level: 'warning',
  target: cellKey('t2_1', r.key, 'total_public'),
  terms: [
    { from: 'prev', cell: cellKey('t2_1', r.key, 'total_public'), label: '上年对外公开总数量' },
    { from: 'cur', cell: cellKey('t2_1', r.key, 'published'), label: '本年新公开数量' },
  ],
  prevFormats: ['gov-2019'],
  prefill: true,
  subject: `表二“${r.label}”对外公开总数量`,
}));

export const gov2019 = {
  id: 'gov-2019',
  name: '2019年版国家格式（试行，国办公开办函〔2019〕60号）',
  label: '2019年版格式（试行）',
  years: { from: 2019, to: 2020 },
  basis: '《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）',
  sections: governmentSections().map((s) =>
    s.id === 's2' ? { ...s, tableIds: ['t2_1', 't2_5', 't2_6', 't2_8', 't2_9'] } : s,
  ),
  tables: [t2_1, t2_5, t2_6, t2_8, t2_9, t3, t4],
  computed: [...tableThreeComputed(t3), ...tableFourComputed()],
  rules: [
    ...requiredRules('R2-1', ['t2_1', 't2_5', 't2_6', 't2_8', 't2_9']),
    ...requiredRules('R3-4', ['t3']),
    ...requiredRules('R4-4', ['t4']),
    ...tableThreeRules(),
    ...publishRules,
    ...projectStock,
    ...textRules(GOVERNMENT_TEXT_CHECKS.filter((c) => c !== 'fee-stated')),
  ],
  crossYear: [...carryForwardRelation(['gov-2019']), ...projectCarry, ...publicTotal],
  roles: {
    ...tableThreeFourRoles('gov-2019'),
    regulations: t2_1.columns.map((c) => cellKey('t2_1', 'rules', c.key)),
  },
  importMarkers: {
    words: [
      '本年新制作数量',
      '本年新公开数量',
      '对外公开总数量',
      '上一年项目数量',
      '采购项目数量',
      '第二十条第九项',
    ],
    rank: 1,
  },
  keyFigures: governmentKeyFigures('made', '新制作'),
  sampleCell: cellKey('t3', 'new', 'natural'),
  overviewSectionId: 's1',
  problemsSectionId: 's5',
} as const satisfies ReportFormat;
