// 回收站: deleted reports with 恢复, and 清空回收站 after a confirmation.
import { useCallback, useEffect, useState } from 'react';
import type { TrashedDraftSummary } from '../../shared/ipc/draft-channels';
import { errorMessage, getApi } from '../api';
import { FORMAT_LABELS, dateTime } from '../app/labels';
import { useNotify } from '../app/notices';
import type { Route } from '../app/router';
import { useConfirm } from '../app/use-confirm';

export function TrashView({ go }: { readonly go: (r: Route) => void }) {
  const api = getApi();
  const notify = useNotify();
  const [confirmElement, confirm] = useConfirm();
  const [items, setItems] = useState<readonly TrashedDraftSummary[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let live = true;
    api['drafts:trash']({})
      .then((list) => {
        if (!live) return;
        setItems(list);
        setProblem(null);
      })
      .catch((err: unknown) => live && setProblem(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [api, version]);

  const restore = async (t: TrashedDraftSummary) => {
    try {
      await api['drafts:untrash']({ id: t.id });
      notify(`已恢复“${t.agency} ${t.year}年度”，可在“我的年报”中找到`, 'success');
    } catch (err) {
      // A damaged or too-new draft is moved back all the same; it cannot be opened, which the list then says.
      const unreadable = t.damaged ?? t.unsupported;
      if (unreadable && (err as { code?: unknown }).code !== 'NOT_FOUND') {
        notify(
          `已恢复到“我的年报”（${t.damaged ? '损坏' : '需更新版本'}），但无法打开：${errorMessage(err)}`,
          'warning',
        );
      } else notify(errorMessage(err), 'error');
    }
    refresh();
  };

  const empty = async () => {
    const ok = await confirm({
      title: '清空回收站',
      body: `永久删除回收站中的 ${items?.length ?? 0} 份年报？此操作无法撤销。`,
      confirmLabel: '永久删除',
      danger: true,
    });
    if (!ok) return;
    try {
      const { removed } = await api['drafts:emptyTrash']({});
      notify(`已永久删除 ${removed} 份年报`, 'success');
      refresh();
    } catch (err) {
      notify(errorMessage(err), 'error');
    }
  };

  return (
    <section className="page" aria-labelledby="trash-title">
      <div className="page-head">
        <h1 id="trash-title">回收站</h1>
        <div className="page-actions">
          <button type="button" className="btn" onClick={() => go({ name: 'list' })}>
            返回我的年报
          </button>
          <button
            type="button"
            className="btn btn-danger"
            onClick={() => void empty()}
            disabled={!items?.length}
          >
            清空回收站
          </button>
        </div>
      </div>
      {problem && <p className="error-text">{problem}</p>}
      {items?.length === 0 && <p className="empty">回收站是空的。</p>}
      {items && items.length > 0 && (
        <table className="plain-table trash-table">
          <thead>
            <tr>
              <th scope="col">机关</th>
              <th scope="col">年度</th>
              <th scope="col">格式</th>
              <th scope="col">删除时间</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {items.map((t) => (
              <tr key={t.id}>
                <td>
                  {t.agency}
                  {(t.damaged ?? t.unsupported) && (
                    <>
                      {' '}
                      <span className={`badge ${t.damaged ? 'badge-error' : 'badge-warning'}`}>
                        {t.damaged ? '损坏' : '需更新版本'}
                      </span>
                      <p className="muted">{t.damaged ?? t.unsupported}</p>
                    </>
                  )}
                </td>
                <td>{t.damaged || t.unsupported ? '—' : t.year}</td>
                <td>{t.damaged || t.unsupported ? '—' : FORMAT_LABELS[t.formatId]}</td>
                <td>{dateTime(t.deletedAt)}</td>
                <td>
                  <button type="button" className="btn btn-small" onClick={() => void restore(t)}>
                    恢复
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirmElement}
    </section>
  );
}
