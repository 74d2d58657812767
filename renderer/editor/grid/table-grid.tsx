// The generic table editor: any table of any format laid out as printed, with spreadsheet keys and live checks.
import { useEffect, useMemo, useRef } from 'react';
import { cellLabel, type ReportFormat, type TableDef } from '../../../shared/formats';
import type { Draft } from '../../../shared/draft/schema';
import type { Evaluation } from '../../../shared/engine';
import type { ReportDispatch } from '../../state/report-state';
import { problemLines } from './clipboard';
import { cellViews } from './cell-views';
import { GridCell } from './grid-cell';
import { accessibleNames, gridLayout } from './grid-layout';
import { OverrideDialog } from './override-dialog';
import { rectOf, useGridController } from './use-grid-controller';
import './table-grid.css';

export interface TableGridProps {
  readonly format: ReportFormat;
  readonly table: TableDef;
  readonly draft: Draft;
  readonly evaluation: Evaluation;
  readonly dispatch: ReportDispatch;
  readonly readOnly?: boolean;
}

export function TableGrid(props: TableGridProps) {
  const { format, table, draft, evaluation } = props;
  const tableRef = useRef<HTMLTableElement>(null);
  const reportRef = useRef<HTMLDivElement>(null);
  // A read-only report drops every edit before it reaches the reducer (typing, paste, Delete, undo).
  const guarded = useMemo(() => (props.readOnly ? { ...props, dispatch: () => undefined } : props), [props]);
  const grid = useGridController(guarded, tableRef);
  const layout = gridLayout(table);
  const names = accessibleNames(format, table);
  const views = useMemo(
    () => cellViews(format, table, draft, evaluation),
    [format, table, draft, evaluation],
  );
  const rect = rectOf(grid.selection);
  const { active } = grid.selection;
  const overrideKey = grid.override?.key;
  const paste = grid.paste;
  useEffect(() => {
    if (paste) reportRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [paste]);

  return (
    <div className="table-grid" onCopy={grid.onCopy} onPaste={grid.onPaste}>
      {paste ? (
        <div
          ref={reportRef}
          className={paste.refused ? 'grid-report grid-report-error' : 'grid-report'}
          role={paste.refused ? 'alert' : 'status'}
        >
          <p>{paste.message}</p>
          {Object.keys(paste.cells).length > 0 ? (
            <ul>
              {problemLines(
                format,
                Object.entries(paste.cells).map(([key, reason]) => ({ key, reason })),
              ).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
          <button type="button" className="btn" onClick={grid.dismissPaste}>
            知道了
          </button>
        </div>
      ) : null}
      <table ref={tableRef} className={`grid-table grid-${table.id}`} aria-label={table.shortName}>
        <thead>
          {layout.headerRows.map((row, i) => (
            <tr key={i}>
              {row.map((h, j) => (
                <th key={j} scope="col" colSpan={h.colSpan} rowSpan={h.rowSpan}>
                  {h.label}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {layout.rows.map((br, r) => (
            <tr key={br.row.key} className={br.row.kind === 'computed' ? 'row-computed' : undefined}>
              {br.stubs.map((s) => (
                <th
                  key={s.label}
                  scope="row"
                  rowSpan={s.rowSpan > 1 ? s.rowSpan : undefined}
                  colSpan={s.colSpan > 1 ? s.colSpan : undefined}
                  className={`stub stub-level-${s.level}${s.group ? ' stub-group' : ''}`}
                >
                  {s.label}
                </th>
              ))}
              {br.unit !== undefined ? <td className="unit">{br.unit}</td> : null}
              {br.keys.map((key, c) => {
                const v = views.get(key);
                if (!v) return null;
                const bad = grid.invalid[key];
                return (
                  <GridCell
                    key={key}
                    cellKey={key}
                    r={r}
                    c={c}
                    label={names.get(key) ?? cellLabel(format, key)}
                    kind={v.kind}
                    text={v.text}
                    value={v.value}
                    level={v.level}
                    message={v.message}
                    hint={v.hint}
                    reason={v.reason}
                    blank={v.blank}
                    incomplete={v.incomplete}
                    review={v.review}
                    readings={v.readings}
                    colSpan={layout.valueSpan}
                    active={active.r === r && active.c === c}
                    selected={r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right}
                    invalidRaw={bad?.raw ?? ''}
                    invalidReason={bad?.reason ?? ''}
                    pasteError={paste?.refused ? (paste.cells[key] ?? '') : ''}
                    api={grid.api}
                    readOnly={props.readOnly ?? false}
                  />
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {overrideKey !== undefined && grid.override ? (
        <OverrideDialog
          label={cellLabel(format, overrideKey)}
          explain={evaluation.linked[overrideKey]?.explain ?? ''}
          initial={grid.override.initial}
          parse={(raw) => grid.api.parse(overrideKey, raw)}
          onCancel={() => {
            grid.closeOverride();
            focusCell(tableRef.current, overrideKey);
          }}
          onSubmit={(value, reason) => {
            props.dispatch({ type: 'setCell', key: overrideKey, value, reason });
            grid.closeOverride();
            focusCell(tableRef.current, overrideKey);
          }}
        />
      ) : null}
    </div>
  );
}

function focusCell(table: HTMLTableElement | null, key: string) {
  requestAnimationFrame(() => table?.querySelector<HTMLInputElement>(`input[data-key="${key}"]`)?.focus());
}
