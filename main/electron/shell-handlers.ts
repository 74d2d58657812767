// Handlers of the desktop-only channels: save/open dialogs, open/show exported files, print through the OS dialog.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { MAX_FILE_BYTES, fileTooLarge } from '../../shared/ipc/limits';
import type { BrowserWindow, Dialog, OpenDialogOptions, WebContents } from 'electron';
import { AppError } from '../../shared/ipc/result';
import {
  shellChannelNames,
  shellContract,
  type OpenPurpose,
  type SaveKind,
  type ShellChannelName,
  type ShellResponseOf,
} from '../../shared/ipc/shell-channels';
import { defaultFileName, OPEN_FILTERS, SAVE_FILTERS, withExtension } from './file-names';
import type { ChannelEntry, InvokeContext } from './ipc-register';
import type { ChosenPaths, LastFolder } from './last-folder';
import type { ExportedFiles, ShellLike } from './shell-guard';

export interface ShellDeps {
  readonly dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  readonly shell: ShellLike;
  readonly exported: ExportedFiles;
  readonly folders: LastFolder;
  /** Paths picked in a save dialog: the only explicit paths the services will write. */
  readonly chosen?: ChosenPaths;
  /** Files and folders picked in open dialogs: the only paths 审核与汇总 may read in the desktop app. */
  readonly reviewSources?: ChosenPaths;
  readonly windowFor: (sender: WebContents) => BrowserWindow | null;
}

/**
 * Print options: the OS dialog (never silent: see the Electron silent-print bugs), A4, backgrounds, and no added
 * margins, because the preview's pages already carry the 公文 margins (renderer/styles/print.css: @page margin 0).
 */
export const PRINT_OPTIONS = {
  silent: false,
  printBackground: true,
  pageSize: 'A4',
  margins: { marginType: 'none' },
} as const;

export function printContents(contents: Pick<WebContents, 'print'>): Promise<{ printed: boolean }> {
  return new Promise((resolve, reject) => {
    contents.print(PRINT_OPTIONS, (success, failureReason) => {
      if (success) resolve({ printed: true });
      else if (!failureReason || /cancel/i.test(failureReason)) resolve({ printed: false });
      else reject(new AppError('IO', `打印失败：${failureReason}`));
    });
  });
}

/** The picked file's name, path and size (its bytes stay in main: import:file reads them by path). */
async function describeChosenFile(file: string): Promise<ShellResponseOf<'shell:choose-open-file'>> {
  let size: number;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new AppError('BAD_REQUEST', '所选项目不是文件。');
    size = stat.size;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('NOT_FOUND', '找不到所选文件，可能已被移动或删除。');
  }
  if (size > MAX_FILE_BYTES) throw new AppError('BAD_REQUEST', fileTooLarge(path.basename(file)));
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    throw new AppError('IO', '无法读取所选文件，请确认文件未被其他程序占用。');
  }
  const contentHash = createHash('sha256').update(bytes.toString('base64'), 'latin1').digest('hex');
  return { name: path.basename(file), path: file, size: bytes.length, contentHash };
}

type ShellImpl = {
  [K in ShellChannelName]: (req: never, context: InvokeContext) => Promise<ShellResponseOf<K>>;
};

export function shellEntries(deps: ShellDeps): Record<ShellChannelName, ChannelEntry> {
  const parent = (context: InvokeContext) => deps.windowFor(context.sender);
  /** Shows an open dialog over the calling window; the first path picked, or null when cancelled. */
  const pickOne = async (context: InvokeContext, options: OpenDialogOptions): Promise<string | null> => {
    const win = parent(context);
    const result = win
      ? await deps.dialog.showOpenDialog(win, options)
      : await deps.dialog.showOpenDialog(options);
    const first = result.filePaths[0];
    return result.canceled || !first ? null : first;
  };
  /** Where the last file was opened from; kept apart from the export folder, which only saves change. */
  let lastOpenDir: string | null = null;

  const impl: ShellImpl = {
    'shell:choose-save-path': async (req: { kind: SaveKind; agency: string; year: number }, context) => {
      const dir = await deps.folders.get();
      const options = {
        title: '另存为',
        buttonLabel: '保存',
        defaultPath: path.join(dir, defaultFileName(req.kind, req.agency, req.year)),
        filters: [SAVE_FILTERS[req.kind]],
        properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
      };
      const win = parent(context);
      const result = win
        ? await deps.dialog.showSaveDialog(win, options)
        : await deps.dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      const chosen = withExtension(result.filePath, req.kind);
      await deps.folders.set(path.dirname(chosen));
      deps.exported.remember(chosen);
      deps.chosen?.remember(chosen);
      return { path: chosen };
    },
    'shell:choose-open-file': async (req: { purpose: OpenPurpose }, context) => {
      const options = {
        title: req.purpose === 'draft' ? '打开草稿文件' : '导入上一年度报告',
        buttonLabel: '打开',
        defaultPath: lastOpenDir ?? (await deps.folders.get()),
        filters: OPEN_FILTERS[req.purpose].map((f) => ({ name: f.name, extensions: [...f.extensions] })),
        properties: ['openFile' as const],
      };
      const file = await pickOne(context, options);
      if (file === null) return null;
      lastOpenDir = path.dirname(file);
      deps.reviewSources?.remember(file);
      return describeChosenFile(file);
    },
    'shell:choose-folder': async (
      req: { purpose: 'export-folder' | 'review-sources'; current?: string },
      context,
    ) => {
      const review = req.purpose === 'review-sources';
      const options = {
        title: review ? '选择存放各单位年报的文件夹' : '选择导出文件夹',
        buttonLabel: review ? '选择' : '选择此文件夹',
        defaultPath: req.current ?? (review ? lastOpenDir : undefined) ?? (await deps.folders.get()),
        properties: review
          ? ['openDirectory' as const]
          : ['openDirectory' as const, 'createDirectory' as const, 'promptToCreate' as const],
      };
      const folder = await pickOne(context, options);
      if (folder === null) return null;
      if (review) {
        lastOpenDir = folder;
        deps.reviewSources?.remember(folder);
      }
      return { path: folder };
    },
    'shell:open-exported': async (req: { path: string }) => {
      await deps.exported.open(deps.shell, req.path);
      return { opened: true };
    },
    'shell:show-in-folder': async (req: { path: string }) => {
      await deps.exported.reveal(deps.shell, req.path);
      return { shown: true };
    },
    'shell:print': async (_req: Record<string, never>, context) => printContents(context.sender),
  };

  const entries = {} as Record<ShellChannelName, ChannelEntry>;
  for (const name of shellChannelNames) {
    const run = impl[name] as (r: unknown, c: InvokeContext) => Promise<unknown>;
    entries[name] = { schema: shellContract[name].request, handle: (req, context) => run(req, context) };
  }
  return entries;
}
