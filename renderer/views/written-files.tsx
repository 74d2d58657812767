// After an export: where each file was written, with 打开 / 打开所在文件夹 (desktop) or 下载 (browser mode).
import { useState } from 'react';
import { getShell } from '../api';
import { Modal } from '../app/modal';

export interface WrittenFile {
  readonly label: string;
  readonly path: string;
  /** One-line warnings about the file (PDF: characters no font has, printed as 〓). */
  readonly warnings?: readonly string[];
}

export function WrittenFilesModal({
  files,
  onClose,
}: {
  readonly files: readonly WrittenFile[];
  readonly onClose: () => void;
}) {
  const shell = getShell();
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (call: Promise<{ ok: boolean; error?: { message: string } }>) => {
    const result = await call;
    setProblem(result.ok ? null : (result.error?.message ?? '操作未完成。'));
  };
  return (
    <Modal
      title="导出完成"
      onClose={onClose}
      wide
      actions={
        <button type="button" className="btn btn-primary" onClick={onClose}>
          完成
        </button>
      }
    >
      <ul className="written-files">
        {files.map((f) => (
          <li key={f.path}>
            <div>
              <strong>{f.label}</strong>
              <div className="path" data-testid="written-path">
                {f.path}
              </div>
              {(f.warnings ?? []).map((w) => (
                <p key={w} className="warning-text" data-testid="written-warning">
                  注意：{w}
                </p>
              ))}
            </div>
            {!shell && (
              <div className="row-actions">
                <a
                  className="btn btn-small"
                  href={`./download?path=${encodeURIComponent(f.path)}`}
                  download={f.path.split(/[\\/]/).pop()}
                >
                  下载
                </a>
              </div>
            )}
            {shell && (
              <div className="row-actions">
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => void run(shell['shell:open-exported']({ path: f.path }))}
                >
                  打开
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => void run(shell['shell:show-in-folder']({ path: f.path }))}
                >
                  打开所在文件夹
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {!shell && <p className="muted">文件已写入上面的路径；点“下载”可另存一份到浏览器的下载文件夹。</p>}
      {problem && <p className="error-text">{problem}</p>}
    </Modal>
  );
}
