// The export folder: chosen in a native folder dialog (desktop) or typed and checked (browser mode), 「创建并使用」 if missing.
import { useState } from 'react';
import type { Settings } from '../../shared/ipc/app-channels';
import { ApiError, errorMessage, getApi, getShell } from '../api';

/** Shown in browser mode, where the local service cannot open a dialog on the clerk's screen. */
export const BROWSER_FOLDER_HINT =
  '浏览器模式无法弹出选择文件夹的窗口：请填写完整路径（如 D:\\年报导出），文件夹不存在时可一键创建。';

export type FolderSave =
  | { readonly kind: 'saved'; readonly settings: Settings }
  | { readonly kind: 'missing'; readonly dir: string; readonly message: string }
  | { readonly kind: 'error'; readonly message: string };

/** Saves the export folder (and any other changed settings); a missing folder is reported for 「创建并使用」. */
export async function saveExportFolder(changes: Partial<Settings>, create: boolean): Promise<FolderSave> {
  try {
    const settings = await getApi()['settings:set']({
      ...changes,
      ...(create ? { createExportDir: true } : {}),
    });
    return { kind: 'saved', settings };
  } catch (err) {
    if (err instanceof ApiError && err.code === 'NOT_FOUND' && changes.exportDir !== undefined && !create) {
      return { kind: 'missing', dir: changes.exportDir, message: err.message };
    }
    return { kind: 'error', message: errorMessage(err) };
  }
}

/** Desktop: the native folder dialog; resolves to the chosen folder, or null (cancelled or browser mode). */
export async function chooseFolder(current: string): Promise<string | null> {
  const shell = getShell();
  if (!shell) return null;
  const result = await shell['shell:choose-folder']({
    purpose: 'export-folder',
    ...(current ? { current } : {}),
  });
  if (!result.ok) throw new ApiError(result.error.code, result.error.message);
  return result.value?.path ?? null;
}

/** The line shown when the typed folder does not exist, with the button that creates it. */
export function MissingFolder(props: {
  readonly message: string;
  readonly onCreate: () => void;
  readonly busy?: boolean;
}) {
  return (
    <div className="folder-missing" role="alert">
      <span>{props.message}要创建它并用作导出文件夹吗？</span>
      <button
        type="button"
        className="btn btn-small btn-primary"
        onClick={props.onCreate}
        disabled={props.busy}
      >
        创建并使用
      </button>
    </div>
  );
}

/** Browser mode's way to change the export folder in the export dialog: a text field checked by the service. */
export function ExportFolderEditor(props: {
  readonly current: string;
  readonly onChanged: (settings: Settings) => void;
  readonly onCancel: () => void;
}) {
  const [text, setText] = useState(props.current);
  const [missing, setMissing] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const apply = async (dir: string, create: boolean) => {
    setBusy(true);
    const r = await saveExportFolder({ exportDir: dir }, create);
    setBusy(false);
    setMissing(r.kind === 'missing' ? r.message : null);
    setProblem(r.kind === 'error' ? r.message : null);
    if (r.kind === 'saved') props.onChanged(r.settings);
  };

  return (
    <div className="folder-editor">
      <label className="field">
        <span>新的导出文件夹</span>
        <input
          value={text}
          maxLength={4096}
          autoFocus
          onChange={(e) => {
            setText(e.target.value);
            setMissing(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void apply(text, false);
          }}
        />
        <small className="muted">{BROWSER_FOLDER_HINT}</small>
      </label>
      <div className="row-actions">
        <button
          type="button"
          className="btn btn-small btn-primary"
          disabled={busy}
          onClick={() => void apply(text, false)}
        >
          使用此文件夹
        </button>
        <button type="button" className="btn btn-small" onClick={props.onCancel}>
          不更改
        </button>
      </div>
      {missing && <MissingFolder message={missing} busy={busy} onCreate={() => void apply(text, true)} />}
      {problem && <p className="error-text">{problem}</p>}
    </div>
  );
}
