// The editor screen: loads a report, then hosts the section nav, the section being edited and the 校验 panel.
import { useEffect, useState } from 'react';
import type { OpenedDraft } from '../../shared/ipc/draft-channels';
import { errorMessage, getApi } from '../api';
import { useNotify } from '../app/notices';
import type { Route } from '../app/router';
import { ReportEditor } from './report-editor';

export function EditorView({ id, go }: { readonly id: string; readonly go: (r: Route) => void }) {
  const notify = useNotify();
  const [opened, setOpened] = useState<OpenedDraft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const api = getApi();
    api['drafts:open']({ id })
      .then((o) => {
        if (!live) return;
        setOpened(o);
        if (o.notice) notify(o.notice, 'warning');
        if (o.readOnly) notify('该年报由更新版本的年报助手保存，只能查看和导出，修改不会保存。', 'warning');
      })
      .catch((err: unknown) => live && setProblem(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [id, notify]);

  if (problem) {
    return (
      <section className="page">
        <p className="error-text" role="alert">
          {problem}
        </p>
        <button type="button" className="btn" onClick={() => go({ name: 'list' })}>
          返回我的年报
        </button>
      </section>
    );
  }
  if (!opened) return <p className="page muted">正在打开…</p>;
  return <ReportEditor opened={opened} go={go} />;
}
