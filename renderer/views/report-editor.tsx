// One open report: reducer state, autosave, and the edit / preview / history modes with export and print.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Issue } from '../../shared/engine';
import type { OpenedDraft } from '../../shared/ipc/draft-channels';
import { errorMessage, getApi, getShell, isDesktop } from '../api';
import { onMenuEvent } from '../app/menu';
import { useNotify } from '../app/notices';
import type { Route } from '../app/router';
import { AutosaveStatus } from '../editor/autosave-status';
import { ConflictDialog } from '../editor/conflict-dialog';
import { EditorToolbar, type EditorMode } from '../editor/editor-toolbar';
import { focusIssueTarget } from '../editor/focus-target';
import { META_SECTION } from '../editor/section-status';
import { useAutosave, type SaveStatus } from '../editor/use-autosave';
import { formatOf, setEvaluationDeadline, useEvaluation, useReport } from '../state';
import { EditPane } from './edit-pane';
import { ExportDialog } from './export-dialog';
import { HistoryPane } from './history-pane';
import { PreviewPane } from './preview-pane';
import { useDraftFileExport } from './use-draft-file-export';

export function ReportEditor({
  opened,
  go,
}: {
  readonly opened: OpenedDraft;
  readonly go: (r: Route) => void;
}) {
  const notify = useNotify();
  const { state, dispatch, canUndo, canRedo } = useReport(opened.draft);
  const draft = state.draft;
  const format = formatOf(draft);
  // R0-3 checks the 成文日期 against the 公开期限 of the settings; re-render once it is known.
  const [, setDeadline] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    Promise.resolve()
      .then(() => getApi()['settings:get']({}))
      .then((s) => live && setEvaluationDeadline(s.deadline) && setDeadline(s.deadline))
      .catch(() => undefined); // without settings the default 1月31日 applies
    return () => {
      live = false;
    };
  }, []);
  const evaluation = useEvaluation(draft);
  const [mode, setMode] = useState<EditorMode>('edit');
  const [section, setSection] = useState<string>(format.sections[0]?.id ?? META_SECTION);
  const [exporting, setExporting] = useState(false);
  const [printRequested, setPrintRequested] = useState(false);
  const autosave = useAutosave({
    state,
    dispatch,
    readOnly: opened.readOnly,
    savedAt: opened.savedAt,
    revision: opened.revision,
    save: (d, baseRevision) => getApi()['drafts:save']({ draft: d, baseRevision }),
    describeError: errorMessage,
    onNotice: (message) => notify(message, 'warning'),
    ...(isDesktop() ? { onCloseHeld: (saved: boolean) => saved && window.close() } : {}),
  });
  const { flush, markExternalSave, keepMine } = autosave;
  // The conflict dialog shows for each new conflict until the clerk chooses 稍后决定 (the status button reopens it).
  const [dismissed, setDismissed] = useState<SaveStatus | null>(null);
  const conflictOpen = autosave.status.kind === 'conflict' && dismissed !== autosave.status;

  const reloadSaved = useCallback(async () => {
    try {
      const saved = await getApi()['drafts:open']({ id: draft.id });
      dispatch({ type: 'load', draft: saved.draft });
      markExternalSave(saved.savedAt, saved.revision);
      notify('已重新载入另一处保存的内容', 'success');
    } catch (err) {
      notify(errorMessage(err), 'error');
    }
  }, [draft.id, dispatch, markExternalSave, notify]);

  const keepThisCopy = useCallback(async () => {
    try {
      const saved = await getApi()['drafts:open']({ id: draft.id });
      if (await keepMine(saved.revision)) {
        notify('已把本页内容保存为最新版本，另一处保存的内容保留在历史版本中', 'success');
      }
    } catch (err) {
      notify(errorMessage(err), 'error');
    }
  }, [draft.id, keepMine, notify]);
  const [exportElement, exportDraftFile] = useDraftFileExport();
  const draftRef = useMemo(
    () => ({ id: draft.id, agency: draft.agency, year: draft.year }),
    [draft.id, draft.agency, draft.year],
  );

  useEffect(() => {
    if (state.error) notify(state.error, 'warning');
  }, [state.error, notify]);

  const goToIssue = useCallback((issue: Issue, sectionId: string | null) => {
    setMode('edit');
    setSection(sectionId ?? META_SECTION);
    void focusIssueTarget(issue, sectionId);
  }, []);

  const print = useCallback(() => {
    setMode('preview');
    setPrintRequested(true);
  }, []);

  const onPagesRendered = useCallback(() => {
    if (!printRequested) return;
    setPrintRequested(false);
    const shell = getShell();
    if (!shell) return window.print();
    void shell['shell:print']({}).then((r) => {
      if (!r.ok) notify(r.error.message, 'error');
    });
  }, [printRequested, notify]);

  // Keyboard: Ctrl+Z / Ctrl+Y undo and redo, Ctrl+S saves now, Ctrl+P prints.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.altKey) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) dispatch({ type: 'undo' });
      else if (k === 'y' || (k === 'z' && e.shiftKey)) dispatch({ type: 'redo' });
      else if (k === 's') void flush();
      else if (k === 'p') print();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dispatch, flush, print]);

  const saveDraftFile = useCallback(async () => {
    try {
      if (!(await flush())) return notify('当前修改尚未保存，请先解决保存问题再导出草稿文件。', 'error');
      await exportDraftFile(draftRef);
    } catch (err) {
      notify(errorMessage(err), 'error');
    }
  }, [flush, exportDraftFile, draftRef, notify]);

  // Commands from the desktop menu.
  useEffect(
    () =>
      onMenuEvent((command) => {
        if (command === 'save') void flush();
        else if (command === 'save-draft-file') void saveDraftFile();
        else if (command === 'export') setExporting(true);
        else if (command === 'preview') setMode('preview');
        else if (command === 'print') print();
      }),
    [flush, print, saveDraftFile],
  );

  const errors = evaluation.issues.filter((i) => i.level === 'error');
  return (
    <div className="editor">
      <EditorToolbar
        title={`${draft.agency} ${draft.year}年度政府信息公开工作年度报告`}
        mode={mode}
        onMode={setMode}
        onBack={() => go({ name: 'list' })}
        onUndo={() => dispatch({ type: 'undo' })}
        onRedo={() => dispatch({ type: 'redo' })}
        canUndo={canUndo && !opened.readOnly}
        canRedo={canRedo && !opened.readOnly}
        onExport={() => setExporting(true)}
        onPrint={print}
        status={
          <AutosaveStatus
            status={autosave.status}
            dirty={state.dirty}
            onRetry={() => void flush()}
            onConflict={() => setDismissed(null)}
          />
        }
      />
      {mode === 'edit' && (
        <EditPane
          format={format}
          draft={draft}
          evaluation={evaluation}
          dispatch={dispatch}
          section={section}
          onSection={setSection}
          onGo={goToIssue}
          readOnly={opened.readOnly}
        />
      )}
      {mode === 'preview' && (
        <div className="preview-scroll">
          <PreviewPane draft={draft} onRendered={onPagesRendered} />
        </div>
      )}
      {mode === 'history' && (
        <HistoryPane
          draftId={draft.id}
          flush={flush}
          readOnly={opened.readOnly}
          onRestored={(restored) => {
            dispatch({ type: 'load', draft: restored.draft });
            markExternalSave(restored.savedAt, restored.revision);
            setMode('edit');
            notify('已恢复所选的历史版本', 'success');
          }}
        />
      )}
      {exporting && (
        <ExportDialog
          draft={draft}
          readOnly={opened.readOnly}
          errors={errors}
          flush={flush}
          onClose={() => setExporting(false)}
        />
      )}
      {exportElement}
      {conflictOpen && autosave.status.kind === 'conflict' && (
        <ConflictDialog
          message={autosave.status.message}
          onReload={reloadSaved}
          onKeepMine={keepThisCopy}
          onLater={() => setDismissed(autosave.status)}
        />
      )}
    </div>
  );
}
