// 导出草稿文件: native save dialog in Electron (default folder in browser mode), asks before overwriting, shows the path.
import { useCallback, useState, type ReactNode } from 'react';
import { ApiError, getApi, getShell } from '../api';
import { useConfirm } from '../app/use-confirm';
import { WrittenFilesModal, type WrittenFile } from './written-files';

export interface DraftRef {
  readonly id: string;
  readonly agency: string;
  readonly year: number;
}

export function useDraftFileExport(): [ReactNode, (draft: DraftRef) => Promise<void>] {
  const [confirmElement, confirm] = useConfirm();
  const [written, setWritten] = useState<readonly WrittenFile[] | null>(null);

  const exportDraftFile = useCallback(
    async (d: DraftRef) => {
      const shell = getShell();
      let targetPath: string | undefined;
      if (shell) {
        const chosen = await shell['shell:choose-save-path']({
          kind: 'draft',
          agency: d.agency,
          year: d.year,
        });
        if (!chosen.ok) throw new ApiError(chosen.error.code, chosen.error.message);
        if (!chosen.value) return;
        targetPath = chosen.value.path;
      }
      const run = (overwrite: boolean) =>
        getApi()['drafts:exportFile']({ id: d.id, ...(targetPath ? { targetPath } : {}), overwrite });
      try {
        const { path } = await run(false);
        setWritten([{ label: '草稿文件', path }]);
      } catch (err) {
        if (!(err instanceof ApiError) || err.code !== 'EXISTS') throw err;
        const ok = await confirm({
          title: '文件已存在',
          body: `${err.message} 要覆盖它吗？`,
          confirmLabel: '覆盖',
          danger: true,
        });
        if (!ok) return;
        const { path } = await run(true);
        setWritten([{ label: '草稿文件', path }]);
      }
    },
    [confirm],
  );

  const element = (
    <>
      {confirmElement}
      {written && <WrittenFilesModal files={written} onClose={() => setWritten(null)} />}
    </>
  );
  return [element, exportDraftFile];
}
