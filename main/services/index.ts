// The backend: one object implementing every channel of the IPC contract, for Electron, the CLI and browser mode.
import type { Services } from '../../shared/ipc/contract';
import { APP_VERSION } from '../version';
import { SettingsStore, type KeyValueFactory } from '../store/settings-store';
import { createDraftsService } from './drafts-service';
import { createImportService } from './import-service';
import type { ImportRunner } from '../import/worker/runner';
import { createThreadRunner } from '../import/worker/thread-host';
import { createExportService } from './export-service';
import { createReviewService } from './review-service';

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
  });
  const importRunner = options.importRunner ?? createThreadRunner();
  const services: Services = {
    'app:info': async () => ({ version: APP_VERSION, dataDir: options.dataDir, shell: options.shell }),
    'settings:get': async () => settings.get(),
    'settings:set': async (partial) => settings.set(partial),
    ...drafts.handlers,
    ...createImportService(importRunner),
    ...createExportService({
      openDraft: async (id) => (await drafts.handlers['drafts:open']({ id })).draft,
      exportDir: () => settings.get().exportDir,
    }),
    ...createReviewService({
      openDraft: async (id) => (await drafts.handlers['drafts:open']({ id })).draft,
      createFrom: (draft) => drafts.handlers['drafts:createFrom']({ draft }),
      exportDir: () => settings.get().exportDir,
      deadline: () => settings.get().deadline,
    }),
  };
  closers.set(services, () => {
    importRunner.close();
    return drafts.close();
  });
  return services;
}
