// 我的年报: one card per report with 打开 / 复制 / 重命名 / 删除 / 导出草稿文件, plus 新建 and 导入.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftSummary } from '../../shared/ipc/draft-channels';
import type { ImportReport } from '../../shared/import/types';
import { errorMessage, getApi } from '../api';
import { pickFile, type PickedFile } from '../app/file-picker';
import { Modal } from '../app/modal';
import { useNotify } from '../app/notices';
import type { Route } from '../app/router';
import { useConfirm } from '../app/use-confirm';
import { importIntoList } from './import-actions';
import { earlierImport, fileHash, rememberImport } from './import-memory';
import { PasteImportModal } from './import-paste';
import { ImportReportSummary } from './import-report-summary';
import { ReportCard, type CardAction } from './report-card';
import { RenameModal } from './rename-modal';
import { useDraftFileExport } from './use-draft-file-export';

export function ReportsList({
  go,
  importRequest = 0,
}: {
  readonly go: (r: Route) => void;
  /** Increases when the desktop menu asks to open a draft file or import a report. */
  readonly importRequest?: number;
}) {
  const api = getApi();
  const notify = useNotify();
  const [confirmElement, confirm] = useConfirm();
  const [items, setItems] = useState<readonly DraftSummary[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<DraftSummary | null>(null);
  const [exportElement, exportDraftFile] = useDraftFileExport();
  const [imported, setImported] = useState<{ id: string; report: ImportReport } | null>(null);
  const [busy, setBusy] = useState(false);
  const [pasting, setPasting] = useState(false);

  const [deadline, setDeadline] = useState<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    api['settings:get']({})
      .then((s) => live && setDeadline(s.deadline))
      .catch(() => undefined); // the cards simply show no deadline
    return () => {
      live = false;
    };
  }, [api]);

  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let live = true;
    api['drafts:list']({})
      .then((list) => {
        if (!live) return;
        setItems([...list].sort((a, b) => b.year - a.year || b.savedAt.localeCompare(a.savedAt)));
        setLoadError(null);
      })
      .catch((err: unknown) => live && setLoadError(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [api, version]);

  const onAction = async (action: CardAction, s: DraftSummary) => {
    if (action === 'open') return go({ name: 'edit', id: s.id });
    if (action === 'rename') return setRenaming(s);
    setBusy(true);
    try {
      if (action === 'duplicate') {
        const copy = await api['drafts:duplicate']({ id: s.id });
        notify(`已复制为新的草稿：${copy.draft.agency} ${copy.draft.year}年度`, 'success');
      } else if (action === 'delete') {
        const label = s.damaged || s.unsupported ? s.agency : `${s.agency} ${s.year}年度`;
        const ok = await confirm({
          title: '删除年报',
          body: `将“${label}”移到回收站？可以在回收站中恢复。`,
          confirmLabel: '移到回收站',
          danger: true,
        });
        if (!ok) return;
        await api['drafts:delete']({ id: s.id });
        notify(`“${label}”已移到回收站`, 'success');
      } else if (action === 'exportFile') {
        await exportDraftFile(s);
      }
      refresh();
    } catch (err) {
      notify(errorMessage(err), 'error');
    } finally {
      setBusy(false);
    }
  };

  const onImport = async (given?: PickedFile) => {
    try {
      const file = given ?? (await pickFile('import'));
      if (!file) return;
      setPasting(false);
      const hash = 'path' in file ? file.contentHash : fileHash(file.base64);
      const earlier = earlierImport(hash, new Set((items ?? []).map((i) => i.id)));
      const into = earlier ? items?.find((i) => i.id === earlier.draftId) : undefined;
      if (earlier && into) {
        const again = await confirm({
          title: '该文件已导入过',
          body: `“${earlier.name}”已于 ${earlier.at.slice(0, 10)} 导入为“${into.agency} ${into.year}年度”。再次导入会另建一份年报，是否继续？`,
          confirmLabel: '仍然导入',
        });
        if (!again) return;
      }
      setBusy(true);
      const outcome = await importIntoList(api, file);
      rememberImport(hash, {
        name: file.name,
        draftId: outcome.opened.draft.id,
        at: new Date().toISOString(),
      });
      refresh();
      if (outcome.report) setImported({ id: outcome.opened.draft.id, report: outcome.report });
      else notify(`已导入草稿：${outcome.opened.draft.agency} ${outcome.opened.draft.year}年度`, 'success');
      if (outcome.opened.notice) notify(outcome.opened.notice, 'warning');
    } catch (err) {
      notify(errorMessage(err), 'error');
    } finally {
      setBusy(false);
    }
  };

  const handled = useRef(importRequest);
  useEffect(() => {
    if (importRequest === handled.current) return;
    handled.current = importRequest;
    void onImport();
  });

  return (
    <section className="page" aria-labelledby="list-title">
      <div className="page-head">
        <h1 id="list-title">我的年报</h1>
        <div className="page-actions">
          <button type="button" className="btn btn-primary" onClick={() => go({ name: 'new' })}>
            新建年度报告
          </button>
          <button type="button" className="btn" onClick={() => void onImport()} disabled={busy}>
            导入（草稿文件或已发布的年报）
          </button>
          <button type="button" className="btn" onClick={() => setPasting(true)} disabled={busy}>
            粘贴文本导入
          </button>
        </div>
      </div>
      {loadError && <p className="error-text">{loadError}</p>}
      {items === null && !loadError && <p className="muted">正在读取…</p>}
      {items?.length === 0 && (
        <div className="empty">
          <p>还没有年报。点击“新建年度报告”开始，或导入上一年度已发布的年报。</p>
        </div>
      )}
      <div className="card-grid">
        {items?.map((s) => (
          <ReportCard key={s.id} summary={s} deadline={deadline} onAction={(a, x) => void onAction(a, x)} />
        ))}
      </div>
      {renaming && (
        <RenameModal
          summary={renaming}
          onClose={() => setRenaming(null)}
          onDone={() => {
            setRenaming(null);
            refresh();
          }}
        />
      )}
      {exportElement}
      {pasting && (
        <PasteImportModal busy={busy} onClose={() => setPasting(false)} onImport={(f) => void onImport(f)} />
      )}
      {imported && (
        <Modal
          title="导入结果"
          wide
          onClose={() => setImported(null)}
          actions={
            <>
              <button type="button" className="btn" onClick={() => setImported(null)}>
                关闭
              </button>
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => go({ name: 'edit', id: imported.id })}
              >
                打开并核对
              </button>
            </>
          }
        >
          <ImportReportSummary report={imported.report} />
        </Modal>
      )}
      {confirmElement}
    </section>
  );
}
