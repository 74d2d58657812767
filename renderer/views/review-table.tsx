// 审核与汇总, step 2: one row per unit with its badges, sortable by any column; 查看 opens the unit read-only.
import { useState } from 'react';
import type { ReviewRow } from '../../shared/ipc/review-channels';
import { FORMAT_LABELS } from '../app/labels';

type SortKey = 'agency' | 'year' | 'errors' | 'warnings' | 'unresolved' | 'signatureDate' | 'repeatRate';

const COLUMNS: readonly { key: SortKey; label: string; num?: boolean }[] = [
  { key: 'agency', label: '机关' },
  { key: 'year', label: '年度', num: true },
  { key: 'errors', label: '错误', num: true },
  { key: 'warnings', label: '警告', num: true },
  { key: 'unresolved', label: '需核对', num: true },
  { key: 'signatureDate', label: '成文日期' },
  { key: 'repeatRate', label: '与上年重复', num: true },
];

const TIMELINESS = { ok: '按期', late: '逾期', missing: '未填' } as const;

function compare(a: ReviewRow, b: ReviewRow, key: SortKey): number {
  const x = a[key];
  const y = b[key];
  if (typeof x === 'string' && typeof y === 'string') return x.localeCompare(y, 'zh-CN');
  return (typeof x === 'number' ? x : -1) - (typeof y === 'number' ? y : -1);
}

export function ReviewTable(props: {
  readonly rows: readonly ReviewRow[];
  readonly onOpen: (row: ReviewRow) => void;
}) {
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 } | null>(null);
  const rows = sort ? [...props.rows].sort((a, b) => sort.dir * compare(a, b, sort.key)) : props.rows;
  const toggle = (key: SortKey) =>
    setSort((s) =>
      s?.key === key ? { key, dir: s.dir === 1 ? -1 : 1 } : { key, dir: key === 'agency' ? 1 : -1 },
    );
  return (
    <table className="plain-table review-table" aria-label="审核结果">
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th
              key={c.key}
              scope="col"
              aria-sort={sort?.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}
            >
              <button type="button" className="sort-button" onClick={() => toggle(c.key)}>
                {c.label}
                {sort?.key === c.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ''}
              </button>
            </th>
          ))}
          <th scope="col">格式</th>
          <th scope="col">操作</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.file}`} data-testid="review-row">
            <th scope="row">
              {r.agency || '（未找到机关名称）'}
              <div className="muted review-file">{r.file}</div>
            </th>
            <td className="num">{r.year}</td>
            <td className="num">
              <span className={`badge badge-${r.errors > 0 ? 'error' : 'ok'}`}>{r.errors}</span>
            </td>
            <td className="num">
              <span className={`badge badge-${r.warnings > 0 ? 'warning' : 'ok'}`}>{r.warnings}</span>
            </td>
            <td className="num">
              <span className={`badge badge-${r.unresolved > 0 ? 'warning' : 'ok'}`}>{r.unresolved}</span>
            </td>
            <td>
              {r.signatureDate || '—'}
              <span className={`badge badge-${r.timeliness === 'ok' ? 'ok' : 'warning'} review-due`}>
                {TIMELINESS[r.timeliness]}
              </span>
            </td>
            <td className="num">{r.repeatRate === null ? '—' : `${Math.round(r.repeatRate * 100)}%`}</td>
            <td>{FORMAT_LABELS[r.format]}</td>
            <td>
              <button
                type="button"
                className="btn btn-small"
                aria-label={`查看 ${r.agency}`}
                onClick={() => props.onOpen(r)}
              >
                查看
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
