// The figures of a unit a writer wants at hand (申请、办结、复议、诉讼 …), per format, for outlines and the review table.
import { cellsOf, type CellKey, type ReportFormat } from '../formats';

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
  return format.keyFigures
    .filter(({ cells: keys }) => keys.every((k) => cells.has(k)))
    .map(({ cells: keys, label }) => {
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
