// The editor's toolbar: back to 我的年报, title, 撤销/重做, autosave status, 编辑/预览/历史版本, 导出, 打印.
import type { ReactNode } from 'react';

export type EditorMode = 'edit' | 'preview' | 'history';

export function EditorToolbar(props: {
  readonly title: string;
  readonly mode: EditorMode;
  readonly onMode: (mode: EditorMode) => void;
  readonly onBack: () => void;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onExport: () => void;
  readonly onPrint: () => void;
  readonly status: ReactNode;
}) {
  const modeButton = (mode: EditorMode, label: string) => (
    <button
      type="button"
      className={props.mode === mode ? 'btn btn-toggle active' : 'btn btn-toggle'}
      aria-pressed={props.mode === mode}
      onClick={() => props.onMode(mode)}
    >
      {label}
    </button>
  );
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="编辑工具栏">
      <button type="button" className="btn" onClick={props.onBack}>
        ← 我的年报
      </button>
      <h1 className="editor-title">{props.title}</h1>
      <div className="toolbar-group">
        <button type="button" className="btn" onClick={props.onUndo} disabled={!props.canUndo} title="Ctrl+Z">
          撤销
        </button>
        <button type="button" className="btn" onClick={props.onRedo} disabled={!props.canRedo} title="Ctrl+Y">
          重做
        </button>
      </div>
      {props.status}
      <div className="toolbar-group">
        {modeButton('edit', '编辑')}
        {modeButton('preview', '预览')}
        {modeButton('history', '历史版本')}
      </div>
      <div className="toolbar-group">
        <button type="button" className="btn btn-primary" onClick={props.onExport}>
          导出
        </button>
        <button type="button" className="btn" onClick={props.onPrint}>
          打印
        </button>
      </div>
    </div>
  );
}
