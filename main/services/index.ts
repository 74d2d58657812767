// The backend: one object implementing every channel of the IPC contract, for Electron, the CLI and browser mode.
import type { Services } from '../../shared/ipc/contract';
import { AppError } from '../../shared/ipc/result';
import { APP_VERSION } from '../version';
import { SettingsStore, type KeyValueFactory } from '../store/settings-store';
import { createDraftsService } from './drafts-service';
import { createImportService } from './import-service';
import type { ImportRunner } from '../import/worker/runner';
import { createThreadRunner } from '../import/worker/thread-host';
import { createExportService } from './export-service';
import { createReviewService } from './review-service';
import { checkExportDir, ensureExportDir, folderExists, refuseDataFolder } from './export-folder';
import { knownFsError, translateErrors } from './fs-errors';
import { withPickedBytes } from './picked-file';

export interface ServiceOptions {
  /** Where drafts, history and settings live. */
  readonly dataDir: string;
  readonly shell: 'electron' | 'browser';
  /** The Electron shell passes electron-store's factory; plain Node uses conf. */
  readonly settingsFactory?: KeyValueFactory;
  /** The user's documents folder, for the default export folder. */
  readonly documentsDir?: string | null;
  /** Where imports run: Electron passes a utilityProcess runner; plain Node uses a worker thread. */
  readonly importRunner?: ImportRunner;
  /**
   * Whether a path named in a request (drafts:exportFile targetPath, export:run targetDir) may be written: the CLI
   * trusts its user (`() => true`), Electron accepts only what the clerk picked in a native dialog, browser mode
   * nothing. Default: nothing — files then go to the settings' export folder.
   */
  readonly allowExplicitPath?: (file: string) => boolean;
  /**
   * Whether 审核与汇总 may read a file or folder named in a request: Electron only what the clerk picked in a native
   * open dialog; browser mode and the CLI the paths their local user typed. Default: any.
   */
  readonly allowReadPath?: (p: string) => boolean;
  /**
   * Whether import:file / drafts:importFile may read a file named by `path`: Electron only the file the clerk picked in
   * the native open dialog (its bytes then never cross IPC). Default: none — browser mode and the CLI send bytes.
   */
  readonly allowPickedFile?: (file: string) => boolean;
}

const closers = new WeakMap<object, () => Promise<void>>();

/** Ends the session cleanly: flushes saves, removes the unclean-exit marker, releases the data-dir lock. */
export async function closeServices(services: Services): Promise<void> {
  await closers.get(services)?.();
}

export function createServices(options: ServiceOptions): Services {
  const settings = new SettingsStore({
    dataDir: options.dataDir,
    ...(options.settingsFactory ? { factory: options.settingsFactory } : {}),
    ...(options.documentsDir !== undefined ? { documentsDir: options.documentsDir } : {}),
  });
  const drafts = createDraftsService({
    dataDir: options.dataDir,
    exportDir: () => settings.get().exportDir,
    extraNotices: () => settings.takeNotices(),
    deadline: () => settings.get().deadline,
  });
  const importRunner = options.importRunner ?? createThreadRunner();
  const allowExplicit = options.allowExplicitPath ?? (() => false);
  const allowPicked = options.allowPickedFile ?? (() => false);
  const importService = createImportService(importRunner);
  const { dataDir } = options;
  const services: Services = {
    'app:info': async () => ({ version: APP_VERSION, dataDir, shell: options.shell }),
    'settings:get': async () => settings.get(),
    'settings:set': async ({ createExportDir, ...partial }) => {
      if (partial.exportDir === undefined) return settings.set(partial);
      const dir = createExportDir
        ? await ensureExportDir(partial.exportDir, dataDir)
        : checkExportDir(partial.exportDir, dataDir);
      if (!createExportDir) {
        await refuseDataFolder(dir, dataDir);
        // The folder already in use (e.g. the default, not yet created) stays valid: export creates it on first use.
        const unchanged = dir === settings.get().exportDir;
        if (!unchanged && !(await folderExists(dir))) {
          throw new AppError('NOT_FOUND', `文件夹“${dir}”不存在。`);
        }
      }
      return settings.set({ ...partial, exportDir: dir });
    },
    ...drafts.handlers,
    'drafts:exportFile': async (req) => {
      if (req.targetPath !== undefined) {
        if (!allowExplicit(req.targetPath)) {
          throw new AppError('FORBIDDEN', '只能导出到“设置”中的导出文件夹或在对话框中选择的位置。');
        }
        await refuseDataFolder(req.targetPath, dataDir);
      } else {
        await ensureExportDir(settings.get().exportDir, dataDir);
      }
      return drafts.handlers['drafts:exportFile'](req);
    },
    ...importService,
    'import:file': async (req) => importService['import:file'](await withPickedBytes(req, allowPicked)),
    'drafts:importFile': async (req) =>
      drafts.handlers['drafts:importFile'](await withPickedBytes(req, allowPicked)),
    ...createExportService({
      openDraft: async (id) => (await drafts.handlers['drafts:open']({ id })).draft,
      exportDir: () => settings.get().exportDir,
      dataDir,
      allowExplicitPath: allowExplicit,
    }),
    ...createReviewService({
      importFile: (name, bytes) => importRunner.run(name, bytes),
      openDraft: async (id) => (await drafts.handlers['drafts:open']({ id })).draft,
      createFrom: (draft) => drafts.handlers['drafts:createFrom']({ draft }),
      exportDir: () => settings.get().exportDir,
      deadline: () => settings.get().deadline,
      allowRead: options.allowReadPath ?? (() => true),
      allowWrite: allowExplicit,
    }),
  };
  const chinese = withChineseFsErrors(services);
  closers.set(chinese, () => {
    importRunner.close();
    return drafts.close();
  });
  return chinese;
}

/** Every handler with file-system errors (EACCES, ENOSPC…) turned into Chinese AppErrors instead of 内部错误. */
function withChineseFsErrors(services: Services): Services {
  return translateErrors(services, (err) => knownFsError(err, '操作') ?? err);
}
