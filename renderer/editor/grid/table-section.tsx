// All tables of one report section (表二 has four sub-tables), each as a TableGrid, with a legend of the cell marks.
import { tableById, type ReportFormat } from '../../../shared/formats';
import type { Draft } from '../../../shared/draft/schema';
import type { Evaluation } from '../../../shared/engine';
import type { ReportDispatch } from '../../state/report-state';
import { TableGrid } from './table-grid';

export interface TableSectionProps {
  readonly format: ReportFormat;
  readonly sectionId: string;
  readonly draft: Draft;
  readonly evaluation: Evaluation;
  readonly dispatch: ReportDispatch;
  /** A report opened read-only (written by a newer app, or a history preview): nothing can be changed. */
  readonly readOnly?: boolean;
}

export function TableSection({
  format,
  sectionId,
  draft,
  evaluation,
  dispatch,
  readOnly,
}: TableSectionProps) {
  const section = format.sections.find((s) => s.id === sectionId);
  const tables = (section?.tableIds ?? []).map((id) => tableById(format, id)).filter((t) => t !== undefined);
  if (tables.length === 0) return null;
  const carried = draft.previous !== null;
  return (
    <div className="table-section">
      <p className="grid-legend">
        <span className="legend-item legend-computed">灰底：自动计算</span>
        <span className="legend-item legend-blank">虚线框：尚未填写（没有发生的填 0）</span>
        <span className="legend-item legend-error">红框：不符合勾稽关系</span>
        {carried ? (
          <span className="legend-item legend-linked">
            <span className="cell-link-tag">结转</span>绿底：按上年报告结转
          </span>
        ) : null}
        <span className="legend-keys">
          方向键、Tab、Enter 移动；直接输入即替换；F2 修改；Ctrl+C / Ctrl+V 与 Excel、WPS 互相复制粘贴
        </span>
      </p>
      {tables.map((table) => (
        <TableGrid
          key={table.id}
          format={format}
          table={table}
          readOnly={readOnly ?? false}
          draft={draft}
          evaluation={evaluation}
          dispatch={dispatch}
        />
      ))}
    </div>
  );
}
