// The save conflict: another window or tab saved this draft since this page loaded it; the clerk chooses, nothing is overwritten silently.
import { useState } from 'react';
import { Modal } from '../app/modal';

export function ConflictDialog({
  message,
  onReload,
  onKeepMine,
  onLater,
}: {
  /** Why the save was refused (from the service, Chinese). */
  readonly message: string;
  /** Show the version saved elsewhere; this page's unsaved edits are dropped. */
  readonly onReload: () => Promise<void>;
  /** Save this page's content as the newest version; the other one stays in 历史版本. */
  readonly onKeepMine: () => Promise<void>;
  /** Close the dialog; nothing is saved until the clerk decides (the status button reopens it). */
  readonly onLater: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const run = (action: () => Promise<void>) => async () => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      title="这份年报在别处已被修改"
      wide
      onClose={onLater}
      actions={
        <>
          <button type="button" className="btn" disabled={busy} onClick={onLater}>
            稍后决定
          </button>
          <button type="button" className="btn" disabled={busy} onClick={() => void run(onReload)()}>
            重新载入（放弃本页修改）
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy}
            onClick={() => void run(onKeepMine)()}
          >
            保留本页内容为新版本
          </button>
        </>
      }
    >
      <p role="alert">{message}</p>
      <ul className="conflict-choices">
        <li>
          <strong>重新载入</strong>：显示另一处保存的内容，本页尚未保存的修改将被放弃。
        </li>
        <li>
          <strong>保留本页内容为新版本</strong>
          ：把本页内容保存为最新版本；另一处保存的内容保留在“历史版本”中，随时可以恢复。
        </li>
      </ul>
      <p className="muted">在做出选择之前，本页的修改不会自动保存。</p>
    </Modal>
  );
}
