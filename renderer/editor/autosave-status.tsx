// The autosave indicator: 已保存 14:32:05 / 保存中… / 保存失败，点击重试 / 未保存：别处已修改 / 只读.
import { clockTime } from '../app/labels';
import type { SaveStatus } from './use-autosave';

export function AutosaveStatus({
  status,
  dirty,
  onRetry,
  onConflict,
}: {
  readonly status: SaveStatus;
  readonly dirty: boolean;
  readonly onRetry: () => void;
  /** Reopens the conflict dialog. */
  readonly onConflict?: () => void;
}) {
  if (status.kind === 'conflict') {
    return (
      <button type="button" className="save-status save-error" onClick={onConflict} title={status.message}>
        未保存：别处已修改，点击处理
      </button>
    );
  }
  if (status.kind === 'error') {
    return (
      <button
        type="button"
        className="save-status save-error"
        onClick={onRetry}
        title={status.message}
        role="alert"
      >
        保存失败，点击重试
      </button>
    );
  }
  if (status.kind === 'readonly') return <span className="save-status save-readonly">只读</span>;
  const text = status.kind === 'saving' || dirty ? '保存中…' : `已保存 ${clockTime(status.at)}`;
  return (
    <span className="save-status" role="status" data-testid="save-status">
      {text}
    </span>
  );
}
