// 历史版本: the saved versions of this report, each with a preview and 恢复此版本.
import { useEffect, useState } from 'react';
import type { Draft } from '../../shared/draft/schema';
import type { GenerationSummary, OpenedDraft } from '../../shared/ipc/draft-channels';
import { errorMessage, getApi } from '../api';
import { dateTime, issueSummary } from '../app/labels';
import { useConfirm } from '../app/use-confirm';
import { PreviewPane } from './preview-pane';

export function HistoryPane(props: {
  readonly draftId: string;
  /** Saves pending edits first so that they become a version too. */
  readonly flush: () => Promise<boolean>;
  readonly onRestored: (opened: OpenedDraft) => void;
  readonly readOnly: boolean;
}) {
  const api = getApi();
  const [confirmElement, confirm] = useConfirm();
  const [items, setItems] = useState<readonly GenerationSummary[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [preview, setPreview] = useState<Draft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    props
      .flush()
      .then(() => api['drafts:history']({ id: props.draftId }))
      .then((list) => live && setItems(list))
      .catch((err: unknown) => live && setProblem(errorMessage(err)));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, props.draftId]);

  const select = async (g: GenerationSummary) => {
    setSelected(g.generationId);
    setPreview(null);
    try {
      const opened = await api['drafts:openGeneration']({ id: props.draftId, generationId: g.generationId });
      setPreview(opened.draft);
    } catch (err) {
      setProblem(errorMessage(err));
    }
  };

  const restore = async (g: GenerationSummary) => {
    const ok = await confirm({
      title: '恢复历史版本',
      body: `用 ${dateTime(g.savedAt, new Date(), true)} 保存的版本替换当前内容？当前内容会保留在历史版本中。`,
      confirmLabel: '恢复此版本',
    });
    if (!ok) return;
    try {
      await props.flush();
      const opened = await api['drafts:restoreGeneration']({
        id: props.draftId,
        generationId: g.generationId,
      });
      props.onRestored(opened);
    } catch (err) {
      setProblem(errorMessage(err));
    }
  };

  return (
    <div className="history-pane">
      <div className="history-list">
        <h2>历史版本</h2>
        {problem && <p className="error-text">{problem}</p>}
        {items === null && !problem && <p className="muted">正在读取…</p>}
        {items?.length === 0 && <p className="muted">还没有历史版本。</p>}
        <ul className="generation-list">
          {items?.map((g) => (
            <li
              key={g.generationId}
              className={g.generationId === selected ? 'generation selected' : 'generation'}
            >
              <button type="button" className="generation-pick" onClick={() => void select(g)}>
                <span className="generation-time">{dateTime(g.savedAt, new Date(), true)}</span>
                <span className="muted">
                  {g.kind === 'daily' ? '每日版本' : '自动保存'} · {issueSummary(g.errors, g.warnings)}
                  {g.current ? ' · 当前内容' : ''}
                </span>
              </button>
              {!g.current && (
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={props.readOnly}
                  onClick={() => void restore(g)}
                >
                  恢复此版本
                </button>
              )}
            </li>
          ))}
        </ul>
      </div>
      <div className="history-preview">
        {preview ? <PreviewPane draft={preview} /> : <p className="muted">选择左侧的版本查看预览。</p>}
      </div>
      {confirmElement}
    </div>
  );
}
