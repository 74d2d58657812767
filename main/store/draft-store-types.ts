// The draft store's public shapes: how it is opened, what a load, a save and a history entry return.
import type { Draft } from '../../shared/draft/schema';
import type { RetryPolicy } from './atomic-write';
import type { FsOps } from './fs-ops';
import type { GenerationKind } from './generations';
import type { LockOptions } from './lock';

export interface DraftStoreOptions {
  readonly dataDir: string;
  readonly appVersion: string;
  readonly fs?: FsOps;
  readonly retry?: RetryPolicy;
  readonly now?: () => Date;
  /** false: no lock file (only for tests that simulate two processes themselves). */
  readonly lock?: LockOptions | false;
}

export interface LoadedDraft {
  readonly draft: Draft;
  readonly savedAt: string;
  readonly readOnly: boolean;
  /** Shown once to the clerk, e.g. 草稿文件损坏，已从 14:32 的备份恢复。 */
  readonly notice: string | null;
  readonly sha256: string;
}

export interface HistoryEntry {
  readonly generationId: string;
  readonly savedAt: string;
  readonly kind: GenerationKind;
  readonly draft: Draft;
  /** The generation holds the same content as the current file. */
  readonly current: boolean;
}

export interface SaveResult {
  readonly savedAt: string;
  /** The saved version's revision (sha256 of its payload): the base of the next save. */
  readonly revision: string;
  /** A problem the clerk must know although the draft was saved (e.g. history cannot be written). */
  readonly notice: string | null;
}
