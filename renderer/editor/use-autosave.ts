// Autosave: ~1 s after the last edit, at most 5 s behind while typing, one save at a time, flushed on hide/close.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft } from '../../shared/draft/schema';
import type { ReportDispatch, ReportState } from '../state';

export type SaveStatus =
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'saving' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'readonly' };

export const DEBOUNCE_MS = 1000;
export const MAX_WAIT_MS = 5000;

export interface AutosaveOptions {
  readonly state: ReportState;
  readonly dispatch: ReportDispatch;
  readonly readOnly: boolean;
  readonly savedAt: string;
  readonly save: (draft: Draft) => Promise<{ savedAt: string }>;
  readonly describeError: (err: unknown) => string;
  /**
   * Called when closing was held back for a last save (with whether it worked). The desktop shell closes the
   * window again then; a browser asks the clerk itself.
   */
  readonly onCloseHeld?: (saved: boolean) => void;
}

export interface Autosave {
  readonly status: SaveStatus;
  /** Saves now if there are unsaved edits; resolves true when nothing is left unsaved. */
  readonly flush: () => Promise<boolean>;
  /** Tells the hook a save happened elsewhere (restore from history). */
  readonly markExternalSave: (savedAt: string) => void;
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

  useEffect(() => {
    latest.current = { state, options };
  });

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
    if (!s.dirty) return true;
    setStatus({ kind: 'saving' });
    const run = (async () => {
      try {
        const { savedAt } = await o.save(s.draft);
        dispatch({ type: 'markSaved', revision: s.revision });
        setStatus({ kind: 'saved', at: savedAt });
        return latest.current.state.revision === s.revision;
      } catch (err) {
        setStatus({ kind: 'error', message: o.describeError(err) });
        return false;
      }
    })();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }, [dispatch]);

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

  const markExternalSave = useCallback((savedAt: string) => setStatus({ kind: 'saved', at: savedAt }), []);
  return { status, flush, markExternalSave };
}
