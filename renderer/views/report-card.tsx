// One report in 我的年报: 机关, 年度, 格式, 校验状态, 最后保存, and its actions.
import type { DraftSummary } from '../../shared/ipc/draft-channels';
import { FORMAT_LABELS, dateTime, deadlineLabel, issueSummary } from '../app/labels';

export type CardAction = 'open' | 'duplicate' | 'rename' | 'delete' | 'exportFile';

export function ReportCard({
  summary,
  onAction,
  deadline,
}: {
  readonly summary: DraftSummary;
  readonly onAction: (action: CardAction, summary: DraftSummary) => void;
  /** 公开期限 from the settings (MM-DD), once loaded. */
  readonly deadline?: string;
}) {
  if (summary.damaged || summary.unsupported) return <DamagedCard summary={summary} onAction={onAction} />;
  const due = deadline ? deadlineLabel(summary.year, deadline) : null;
  const status = summary.errors > 0 ? 'error' : summary.warnings > 0 ? 'warning' : 'ok';
  const title = `${summary.agency} ${summary.year}年度${summary.title ? `（${summary.title}）` : ''}`;
  const act = (a: CardAction) => () => onAction(a, summary);
  return (
    <article className="report-card" aria-label={title}>
      <div className="report-card-head">
        <h3 className="report-card-title">
          {summary.agency}
          {summary.title && <span className="report-card-name">{summary.title}</span>}
        </h3>
        <span className="report-card-year">{summary.year} 年度</span>
      </div>
      <dl className="report-card-facts">
        <dt>格式</dt>
        <dd>{FORMAT_LABELS[summary.formatId] ?? '—'}</dd>
        <dt>校验</dt>
        <dd>
          <span className={`badge badge-${status}`}>{issueSummary(summary.errors, summary.warnings)}</span>
        </dd>
        <dt>最后保存</dt>
        <dd>{dateTime(summary.savedAt)}</dd>
        {due && (
          <>
            <dt>公开期限</dt>
            <dd className={`deadline deadline-${due.kind}`}>{due.text}</dd>
          </>
        )}
      </dl>
      {summary.readOnly && <p className="muted">由更新版本的年报助手保存：只能查看和导出。</p>}
      <div className="report-card-actions">
        <button type="button" className="btn btn-primary" onClick={act('open')}>
          打开
        </button>
        <button type="button" className="btn" onClick={act('duplicate')}>
          复制
        </button>
        <button type="button" className="btn" onClick={act('rename')}>
          重命名
        </button>
        <button type="button" className="btn" onClick={act('exportFile')}>
          导出草稿文件
        </button>
        <button type="button" className="btn btn-danger-text" onClick={act('delete')}>
          删除
        </button>
      </div>
    </article>
  );
}

/**
 * A draft that cannot be read and has no backup (损坏, with how to recover), or one a newer version saved in a form
 * this version cannot read (只读, 需更新版本): it can only be moved to 回收站 here.
 */
function DamagedCard({
  summary,
  onAction,
}: {
  readonly summary: DraftSummary;
  readonly onAction: (action: CardAction, summary: DraftSummary) => void;
}) {
  return (
    <article className="report-card report-card-damaged" aria-label={summary.agency}>
      <div className="report-card-head">
        <h3 className="report-card-title">{summary.agency}</h3>
        {summary.damaged ? (
          <span className="badge badge-error">损坏</span>
        ) : (
          <span className="badge badge-warning">只读 · 需更新版本</span>
        )}
      </div>
      <p className="muted">{summary.damaged ?? summary.unsupported}</p>
      <div className="report-card-actions">
        <button type="button" className="btn btn-danger-text" onClick={() => onAction('delete', summary)}>
          移到回收站
        </button>
      </div>
    </article>
  );
}
