// Autosave: ~1 s after the last edit, at most 5 s behind while typing, one save at a time, flushed on hide/close;
// every save names the revision it was based on, and a save refused as stale stops autosave until the clerk decides.
// While unsaved, the newest content is also kept in localStorage and taken up again when the draft is next opened.
import { useCallback, useEffect, useRef, useState } from 'react';
import { draftSchema, type Draft } from '../../shared/draft/schema';
import { defaultUnsavedStorage, otherLivePages, unsavedDrafts } from '../api/unsaved-journal';
import type { ReportDispatch, ReportState } from '../state';

export type SaveStatus =
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'saving' }
  | { readonly kind: 'error'; readonly message: string }
  /** Another window or tab saved this draft since ours was based on it: nothing is saved until the clerk decides. */
  | { readonly kind: 'conflict'; readonly message: string }
  | { readonly kind: 'readonly' };

export interface SaveAnswer {
  readonly savedAt: string;
  readonly revision: string;
  readonly notice?: string | null;
}

export const DEBOUNCE_MS = 1000;
export const MAX_WAIT_MS = 5000;

export interface AutosaveOptions {
  readonly state: ReportState;
  readonly dispatch: ReportDispatch;
  readonly readOnly: boolean;
  readonly savedAt: string;
  /** The revision the opened draft was saved as: the base of the first save. */
  readonly revision: string;
  readonly save: (draft: Draft, baseRevision: string) => Promise<SaveAnswer>;
  readonly describeError: (err: unknown) => string;
  /** A notice that came with a successful save (e.g. history could not be written). */
  readonly onNotice?: (message: string) => void;
  /**
   * Called when closing was held back for a last save (with whether it worked). The desktop shell closes the
   * window again then; a browser asks the clerk itself.
   */
  readonly onCloseHeld?: (saved: boolean) => void;
  /** Where unsaved content outlives the page (default localStorage; null disables). */
  readonly storage?: Storage | null;
}

export interface Autosave {
  readonly status: SaveStatus;
  /** Saves now if there are unsaved edits; resolves true when nothing is left unsaved. */
  readonly flush: () => Promise<boolean>;
  /** Tells the hook a save happened elsewhere (restore from history) or the draft was reloaded. */
  readonly markExternalSave: (savedAt: string, revision: string) => void;
  /** After a conflict: save this page's content on top of `revision` (the version now saved, seen by the clerk). */
  readonly keepMine: (revision: string) => Promise<boolean>;
}

/** A refusal because another window or tab saved in between (ApiError code STALE). */
function isStale(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'STALE';
}

export function useAutosave(options: AutosaveOptions): Autosave {
  const { state, dispatch, readOnly } = options;
  const [status, setStatus] = useState<SaveStatus>(
    readOnly ? { kind: 'readonly' } : { kind: 'saved', at: options.savedAt },
  );
  const latest = useRef({ state, options });
  const debounce = useRef<ReturnType<typeof setTimeout> | null>(null);
  const maxWait = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const revision = useRef(options.revision);
  const conflicted = useRef(false);
  /** The last notice shown: a notice repeated by every save while a problem lasts is shown once. */
  const lastNotice = useRef<string | null>(null);
  const storage = useRef(options.storage === undefined ? defaultUnsavedStorage() : options.storage);

  useEffect(() => {
    latest.current = { state, options };
  });

  /** Keeps the newest unsaved content (with the revision the next save is based on), or forgets it once saved. */
  const persist = useCallback(() => {
    const { state: s, options: o } = latest.current;
    if (o.readOnly) return;
    if (s.dirty) unsavedDrafts.keep(storage.current, s.draft.id, s.draft, revision.current);
    else unsavedDrafts.forget(storage.current, s.draft.id, true);
  }, []);

  // On opening: content kept from a page closed before it was saved is taken up again and saved on its old base
  // revision; if the draft was saved elsewhere since, that save is refused as stale and the conflict dialog opens.
  // Content another open tab or window is still working on is left to it.
  useEffect(() => {
    const { state: s0, options: o } = latest.current;
    if (o.readOnly) return;
    let live = true;
    const takeUp = (others: ReadonlySet<string>) => {
      const s = latest.current.state;
      // Not if the clerk has typed already (the answer about other pages came late).
      if (!live || s.revision !== s0.revision) return;
      const kept = unsavedDrafts.recall(storage.current, s.draft.id, others);
      if (!kept) return;
      const parsed = draftSchema.safeParse(kept.draft);
      const same = (a: Draft, b: Draft) =>
        JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });
      if (!parsed.success || parsed.data.id !== s.draft.id || same(parsed.data, s.draft)) {
        unsavedDrafts.forget(storage.current, s.draft.id);
        return;
      }
      revision.current = kept.baseRevision;
      dispatch({ type: 'load', draft: parsed.data, dirty: true });
    };
    if (!unsavedDrafts.recall(storage.current, s0.draft.id)) return;
    void otherLivePages().then(takeUp);
    return () => {
      live = false;
    };
  }, [dispatch]);

  useEffect(persist, [state.revision, state.dirty, persist]);

  const clearTimers = () => {
    if (debounce.current) clearTimeout(debounce.current);
    if (maxWait.current) clearTimeout(maxWait.current);
    debounce.current = null;
    maxWait.current = null;
  };

  const flush = useCallback(async (): Promise<boolean> => {
    while (inFlight.current) await inFlight.current;
    const { state: s, options: o } = latest.current;
    clearTimers();
    if (o.readOnly) return !s.dirty;
    if (conflicted.current) return false;
    if (!s.dirty) return true;
    setStatus({ kind: 'saving' });
    const run = (async () => {
      try {
        const answer = await o.save(s.draft, revision.current);
        revision.current = answer.revision;
        dispatch({ type: 'markSaved', revision: s.revision });
        setStatus({ kind: 'saved', at: answer.savedAt });
        if (answer.notice && answer.notice !== lastNotice.current) o.onNotice?.(answer.notice);
        lastNotice.current = answer.notice ?? null;
        if (latest.current.state.revision !== s.revision) persist(); // newer edits: kept on the new base
        return latest.current.state.revision === s.revision;
      } catch (err) {
        if (isStale(err)) {
          conflicted.current = true;
          setStatus({ kind: 'conflict', message: o.describeError(err) });
        } else {
          setStatus({ kind: 'error', message: o.describeError(err) });
        }
        persist(); // the transport forgets a request once answered: keep the content until it is saved
        return false;
      }
    })();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }, [dispatch, persist]);

  // Schedule after every change of the draft.
  useEffect(() => {
    if (readOnly || !state.dirty) return;
    if (debounce.current) clearTimeout(debounce.current);
    debounce.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    if (!maxWait.current) maxWait.current = setTimeout(() => void flush(), MAX_WAIT_MS);
  }, [state.revision, state.dirty, readOnly, flush]);

  // Flush when the page is hidden or closed; ask before closing with unsaved edits.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      const { state: s, options: o } = latest.current;
      if (!s.dirty || o.readOnly) return;
      e.preventDefault();
      void flush().then((saved) => o.onCloseHeld?.(saved));
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      // Leaving the editor: save what is left.
      void flush();
      clearTimers();
    };
  }, [flush]);

  const markExternalSave = useCallback((savedAt: string, rev: string) => {
    revision.current = rev;
    conflicted.current = false;
    setStatus({ kind: 'saved', at: savedAt });
  }, []);

  const keepMine = useCallback(
    async (rev: string) => {
      revision.current = rev;
      conflicted.current = false;
      return flush();
    },
    [flush],
  );
  return { status, flush, markExternalSave, keepMine };
}
