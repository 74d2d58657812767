// The 2021 national format (国办公开办函〔2021〕30号), for reports of 2021 and later (formats.md §3, §6, §7).
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
import { cellKey, type CrossYearRule, type ReportFormat, type TableDef } from './types';

const t2_1: TableDef = {
  id: 't2_1',
  shortName: '表二（第二十条第（一）项）',
  caption: '第二十条第（一）项',
  sectionId: 's2',
  stubLabel: '信息内容',
  headerRows: [
    captionRow('一', 4),
    [{ label: '信息内容' }, { label: '本年制发件数' }, { label: '本年废止件数' }, { label: '现行有效件数' }],
  ],
  columns: [
    { key: 'issued', label: '本年制发件数', type: 'int', unit: '件' },
    { key: 'repealed', label: '本年废止件数', type: 'int', unit: '件' },
    { key: 'valid', label: '现行有效件数', type: 'int', unit: '件' },
  ],
  rows: [
    { key: 'rules', label: '规章', level: 0, kind: 'input' },
    { key: 'norms', label: '行政规范性文件', level: 0, kind: 'input', aliases: ['规范性文件'] },
  ],
};

const decisionsTable = (id: string, item: string, rows: TableDef['rows']): TableDef => ({
  id,
  shortName: `表二（第二十条第（${item}）项）`,
  caption: `第二十条第（${item}）项`,
  sectionId: 's2',
  stubLabel: '信息内容',
  printSpan: 3,
  headerRows: [captionRow(item, 4), [{ label: '信息内容' }, { label: '本年处理决定数量', colSpan: 3 }]],
  columns: [{ key: 'decisions', label: '本年处理决定数量', type: 'int', unit: '件' }],
  rows,
});

const t2_5 = decisionsTable('t2_5', '五', [{ key: 'license', label: '行政许可', level: 0, kind: 'input' }]);
const t2_6 = decisionsTable('t2_6', '六', [
  { key: 'penalty', label: '行政处罚', level: 0, kind: 'input' },
  { key: 'coercion', label: '行政强制', level: 0, kind: 'input' },
]);
const t2_8: TableDef = {
  id: 't2_8',
  shortName: '表二（第二十条第（八）项）',
  caption: '第二十条第（八）项',
  sectionId: 's2',
  stubLabel: '信息内容',
  printSpan: 3,
  headerRows: [
    captionRow('八', 4),
    [{ label: '信息内容' }, { label: '本年收费金额（单位：万元）', colSpan: 3 }],
  ],
  columns: [
    { key: 'amount', label: '本年收费金额（单位：万元）', type: 'decimal', unit: '万元', decimals: 6 },
  ],
  rows: [{ key: 'fees', label: '行政事业性收费', level: 0, kind: 'input' }],
};

const t3 = tableThree('gov-2021');
const t4 = tableFour();
const tables = [t2_1, t2_5, t2_6, t2_8, t3, t4];

/** C2: 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数 (rows 规章, 行政规范性文件). */
const validStock: CrossYearRule[] = t2_1.rows.map((r) => ({
  id: 'C2',
  level: 'warning',
  target: cellKey('t2_1', r.key, 'valid'),
  terms: [
    { from: 'prev', cell: cellKey('t2_1', r.key, 'valid'), label: '上年现行有效件数' },
    { from: 'cur', cell: cellKey('t2_1', r.key, 'issued'), label: '本年制发件数' },
    { from: 'cur', cell: cellKey('t2_1', r.key, 'repealed'), label: '本年废止件数', sign: -1 },
  ],
  prevFormats: ['gov-2021'],
  prefill: true,
  subject: `表二“${r.label}”现行有效件数`,
}));

export const gov2021 = {
  id: 'gov-2021',
  name: '2021年版国家格式（国办公开办函〔2021〕30号）',
  label: '2021年版格式',
  years: { from: 2021, to: 2100 },
  basis: '《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）',
  sections: governmentSections([
    '（一）主动公开',
    '（二）依申请公开',
    '（三）政府信息管理',
    '（四）政府信息公开平台建设',
    '（五）监督保障',
  ]).map((s) => (s.id === 's2' ? { ...s, tableIds: ['t2_1', 't2_5', 't2_6', 't2_8'] } : s)),
  tables,
  computed: [...tableThreeComputed(t3), ...tableFourComputed()],
  rules: [
    ...requiredRules('R2-1', ['t2_1', 't2_5', 't2_6', 't2_8']),
    ...requiredRules('R3-4', ['t3']),
    ...requiredRules('R4-4', ['t4']),
    ...tableThreeRules(),
    ...textRules(GOVERNMENT_TEXT_CHECKS),
  ],
  crossYear: [...carryForwardRelation(['gov-2021', 'gov-2019']), ...validStock],
  roles: {
    ...tableThreeFourRoles('gov-2021'),
    regulations: t2_1.columns.map((c) => cellKey('t2_1', 'rules', c.key)),
  },
  importMarkers: {
    words: ['本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '逾期不补正', '收费通知'],
    rank: 1,
  },
  keyFigures: governmentKeyFigures('issued', '制发'),
  sampleCell: cellKey('t3', 'new', 'natural'),
  overviewSectionId: 's1',
  problemsSectionId: 's5',
  feeSectionId: 's6',
} as const satisfies ReportFormat;
