// The figures of a unit a writer wants at hand (申请、办结、复议、诉讼 …), per format, for outlines and the review table.
import { cellsOf, type CellKey, type FormatId, type ReportFormat } from '../formats';

const GOV_COMMON: readonly (readonly [CellKey[], string])[] = [
  [['t3.new.total'], '新收申请'],
  [['t3.carried.total'], '上年结转'],
  [['t3.results_total.total'], '办理结果'],
  [['t3.granted.total'], '予以公开'],
  [['t3.carry_forward.total'], '结转下年'],
  [['t4.cases.review_total'], '行政复议'],
  [['t4.cases.direct_total', 't4.cases.after_total'], '行政诉讼'],
];

const KEY_FIGURES: Readonly<Record<FormatId, readonly (readonly [CellKey[], string])[]>> = {
  'gov-2021': [[['t2_1.rules.issued'], '制发规章'], [['t2_1.norms.issued'], '制发规范性文件'], ...GOV_COMMON],
  'gov-2019': [[['t2_1.rules.made'], '新制作规章'], [['t2_1.norms.made'], '新制作规范性文件'], ...GOV_COMMON],
  'pre-2019': [
    [['stat.active_docs.year'], '主动公开'],
    [['stat.requests.year'], '收到申请'],
    [['stat.replies.year'], '答复'],
    [['stat.reviews.year'], '行政复议'],
    [['stat.suits.year'], '行政诉讼'],
  ],
};

export interface KeyFigure {
  readonly label: string;
  /** Null when any of its cells is blank. */
  readonly value: number | null;
}

export function keyFigures(
  format: ReportFormat,
  values: Readonly<Record<CellKey, number | null>>,
): KeyFigure[] {
  const cells = cellsOf(format);
  return (KEY_FIGURES[format.id] ?? [])
    .filter(([keys]) => keys.every((k) => cells.has(k)))
    .map(([keys, label]) => {
      const vs = keys.map((k) => values[k] ?? null);
      return {
        label,
        value: vs.some((v) => v === null) ? null : vs.reduce<number>((s, v) => s + (v ?? 0), 0),
      };
    });
}

/** 新收申请 12 件、办理结果 11 件、行政复议 未填 … */
export function keyFiguresLine(figures: readonly KeyFigure[]): string {
  return figures.map((f) => `${f.label} ${f.value === null ? '未填' : String(f.value)}`).join('，');
}
