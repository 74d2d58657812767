// The report-editing state and its actions: one draft plus undo/redo history, dirty flag and save revision.
import type { CellKey } from '../../shared/formats/types';
import type { Draft } from '../../shared/draft/schema';

/** How many undo steps are kept; older ones are dropped. */
export const HISTORY_LIMIT = 200;

export interface ReportState {
  readonly draft: Draft;
  /** Earlier drafts, oldest first; the last one is what undo restores. */
  readonly past: readonly Draft[];
  /** Undone drafts, the next one to redo last. */
  readonly future: readonly Draft[];
  /** True when the draft changed since the last markSaved of the current revision. */
  readonly dirty: boolean;
  /** Increases on every change of the draft (edits, undo, redo, load). */
  readonly revision: number;
  /** Why the last action was refused, in Chinese; null when it was applied. */
  readonly error: string | null;
  /** Identity of the last edit that later typing may merge into (one undo step per typing run), or null. */
  readonly coalesce: string | null;
}

export interface CellChange {
  readonly key: CellKey;
  readonly value: number | null;
  /** Reason for overriding a carried-over cell (required for those). */
  readonly reason?: string;
}

export interface MetaPatch {
  readonly agency?: string;
  readonly preamble?: string;
  readonly contact?: Partial<Draft['contact']>;
  readonly signature?: Partial<Draft['signature']>;
}

/** Optional timestamp for `updatedAt`; defaults to the current time (tests pass a fixed one). */
interface Stamped {
  readonly now?: string;
}

export type ReportAction =
  /** `dirty`: the loaded content is not saved yet (edits kept in the browser while the service was away). */
  | { readonly type: 'load'; readonly draft: Draft; readonly dirty?: boolean }
  | (Stamped & {
      readonly type: 'setCell';
      readonly key: CellKey;
      readonly value: number | null;
      readonly reason?: string;
      /**
       * Typing session: consecutive setCell actions on the same key with the same session merge into one undo
       * step, and the step disappears when the cell is typed back to its value before the session.
       */
      readonly session?: string | number;
    })
  | (Stamped & { readonly type: 'applyCells'; readonly changes: readonly CellChange[] })
  | (Stamped & { readonly type: 'setText'; readonly sectionId: string; readonly text: string })
  | (Stamped & { readonly type: 'setMeta'; readonly patch: MetaPatch })
  | (Stamped & { readonly type: 'fillBlanks'; readonly value?: number })
  | (Stamped & { readonly type: 'clearOverride'; readonly key: CellKey })
  | (Stamped & { readonly type: 'toggleChecklist'; readonly index: number })
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'markSaved'; readonly revision: number };

export type ReportDispatch = (action: ReportAction) => void;

export function initReportState(draft: Draft): ReportState {
  return { draft, past: [], future: [], dirty: false, revision: 0, error: null, coalesce: null };
}
