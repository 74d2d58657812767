// Browser mode: each draft's save request kept in localStorage until the service answers it, re-sent on next open.

const PREFIX = 'nianbao:unsaved:';
/** Older entries are dropped unsent: a week later the clerk has long since worked on elsewhere. */
export const JOURNAL_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

interface Entry {
  readonly at: number;
  readonly body: string;
  /** The page that wrote it: while that page is open, no other page re-sends or takes up the entry. */
  readonly owner?: string;
}

export interface PendingSave {
  readonly key: string;
  readonly body: string;
}

/** This page's id; the page holds a Web Lock of that name while it is open (released when the tab closes). */
export const PAGE_ID = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
const LOCK_PREFIX = 'nianbao:page:';

interface LockManagerLike {
  request(name: string, callback: () => Promise<void>): Promise<unknown>;
  query(): Promise<{ held?: readonly { name?: string }[] }>;
}
const lockManager = (): LockManagerLike | null => {
  const nav = typeof navigator === 'undefined' ? null : (navigator as { locks?: LockManagerLike });
  return nav?.locks ?? null;
};
void lockManager()
  ?.request(`${LOCK_PREFIX}${PAGE_ID}`, () => new Promise<void>(() => undefined))
  .catch(() => undefined);

/** Ids of the other pages open now (empty where Web Locks are not available). */
export async function otherLivePages(): Promise<Set<string>> {
  const live = new Set<string>();
  try {
    const state = await lockManager()?.query();
    for (const lock of state?.held ?? []) {
      if (lock.name?.startsWith(LOCK_PREFIX)) live.add(lock.name.slice(LOCK_PREFIX.length));
    }
  } catch {
    // unknown: treat every entry as left behind
  }
  live.delete(PAGE_ID);
  return live;
}

function draftIdOf(request: unknown): string | null {
  if (!request || typeof request !== 'object') return null;
  const draft = (request as { draft?: unknown }).draft;
  if (!draft || typeof draft !== 'object') return null;
  const id = (draft as { id?: unknown }).id;
  return typeof id === 'string' && id.length > 0 ? id : null;
}

export class UnsavedJournal {
  constructor(
    private readonly storage: Storage | null,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a save request (one per draft: the newest wins); returns its key, or null if it cannot be kept. */
  keep(request: unknown, body: string): string | null {
    const id = draftIdOf(request);
    if (!id || !this.storage) return null;
    const key = `${PREFIX}${id}`;
    try {
      this.storage.setItem(key, JSON.stringify({ at: this.now(), body, owner: PAGE_ID } satisfies Entry));
    } catch {
      // storage full or disabled: the save still goes out, it just does not survive a reload
    }
    return key;
  }

  /** The service answered this request: forget it, unless a newer save of the draft was recorded since. */
  settle(key: string, body: string): void {
    if (!this.storage) return;
    try {
      const entry = this.read(key);
      if (!entry || entry.body === body) this.storage.removeItem(key);
    } catch {
      // nothing to clean up
    }
  }

  /**
   * Saves recorded but never answered (the page was closed or reloaded while the service was away). Entries of
   * pages still open (`live`) are theirs to send: re-sending them here would make their own next save stale.
   */
  pending(live: ReadonlySet<string> = new Set()): PendingSave[] {
    if (!this.storage) return [];
    const out: PendingSave[] = [];
    try {
      const keys: string[] = [];
      for (let i = 0; i < this.storage.length; i++) {
        const key = this.storage.key(i);
        if (key?.startsWith(PREFIX)) keys.push(key);
      }
      for (const key of keys) {
        const entry = this.read(key);
        if (!entry || this.now() - entry.at > JOURNAL_MAX_AGE_MS) this.storage.removeItem(key);
        else if (!entry.owner || !live.has(entry.owner)) out.push({ key, body: entry.body });
      }
    } catch {
      return out;
    }
    return out;
  }

  private read(key: string): Entry | null {
    const raw = this.storage?.getItem(key);
    if (!raw) return null;
    try {
      const v = JSON.parse(raw) as Partial<Entry>;
      if (typeof v.at !== 'number' || typeof v.body !== 'string') return null;
      return { at: v.at, body: v.body, ...(typeof v.owner === 'string' ? { owner: v.owner } : {}) };
    } catch {
      return null;
    }
  }
}

/** What the editor keeps of a draft while it is unsaved: the newest content and the revision it was based on. */
export interface UnsavedDraft {
  readonly draft: unknown;
  readonly baseRevision: string;
}

export function defaultUnsavedStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * The editor's side of the journal: the newest state of a draft, written on every edit while it is unsaved, in
 * the same entry the transport re-sends on next open (a save request `{ draft, baseRevision }`).
 */
export const unsavedDrafts = {
  keep(storage: Storage | null, id: string, draft: unknown, baseRevision: string): void {
    if (!storage || !id) return;
    const body = JSON.stringify({ draft, baseRevision });
    try {
      storage.setItem(
        `${PREFIX}${id}`,
        JSON.stringify({ at: Date.now(), body, owner: PAGE_ID } satisfies Entry),
      );
    } catch {
      // storage full or disabled: the edits still reach the service while the page is open
    }
  },
  /** The content kept for `id`, unless another open page (`live`) is still working on it. */
  recall(storage: Storage | null, id: string, live: ReadonlySet<string> = new Set()): UnsavedDraft | null {
    try {
      const raw = storage?.getItem(`${PREFIX}${id}`);
      if (!raw) return null;
      const entry = JSON.parse(raw) as Partial<Entry>;
      if (typeof entry.body !== 'string' || typeof entry.at !== 'number') return null;
      if (Date.now() - entry.at > JOURNAL_MAX_AGE_MS) return null;
      if (typeof entry.owner === 'string' && live.has(entry.owner)) return null;
      const request = JSON.parse(entry.body) as Partial<UnsavedDraft>;
      if (typeof request.baseRevision !== 'string' || !request.draft) return null;
      return { draft: request.draft, baseRevision: request.baseRevision };
    } catch {
      return null;
    }
  },
  /** Drops the entry; `onlyOwn`: only if this page wrote it (an entry left by a closed page waits to be taken up). */
  forget(storage: Storage | null, id: string, onlyOwn = false): void {
    try {
      if (onlyOwn) {
        const raw = storage?.getItem(`${PREFIX}${id}`);
        if (!raw || (JSON.parse(raw) as Partial<Entry>).owner !== PAGE_ID) return;
      }
      storage?.removeItem(`${PREFIX}${id}`);
    } catch {
      // nothing to clean up
    }
  },
};
