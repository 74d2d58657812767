// What an import read from a published report: format, year, agency, per-table confidence, cells to check.
import type { ImportReport } from '../../shared/import/types';
import { FORMAT_LABELS } from '../app/labels';

export function ImportReportSummary({ report }: { readonly report: ImportReport }) {
  // Rows of digits run together that the table's identities cut one way only (推算); a cut of one digit a cell is as
  // printed (逐位) and is not listed.
  const solved = report.split.filter((s) => !s.forced);
  return (
    <div className="import-summary">
      <p>
        从“{report.fileName}”读取到：{report.agency || '（未识别机关名称）'}，{report.year} 年度，
        {FORMAT_LABELS[report.formatId]}（{report.formatReason}）。
      </p>
      {report.tables.length > 0 && (
        <ul className="plain-list">
          {report.tables.map((t) => (
            <li key={t.tableId}>
              {t.name}：读取 {t.read + t.derived} / {t.cells} 个数字
              {t.unresolved > 0 ? `，${t.unresolved} 个需核对` : ''}
            </li>
          ))}
        </ul>
      )}
      {report.unresolved.length > 0 && (
        <details>
          <summary>需核对的单元格（{report.unresolved.length}）</summary>
          <ul className="plain-list">
            {report.unresolved.map((u) => (
              <li key={u.cell}>
                {u.label}：{u.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {(report.derived.length > 0 || solved.length > 0) && (
        <details>
          <summary>推算得出的数字（{report.derived.length + solved.length}）</summary>
          <ul className="plain-list">
            {solved.map((s) => (
              <li key={`${s.tableId}.${s.rowKey}`}>
                {s.label}：连在一起的数字“{s.source}”按表内合计关系只有一种拆法，读作 {s.values.join('｜')}
              </li>
            ))}
            {report.derived.map((d) => (
              <li key={d.cell}>
                {d.label} = {d.value}：{d.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      {report.notes.length > 0 && (
        <ul className="plain-list muted">
          {report.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
