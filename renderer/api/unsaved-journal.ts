// Browser mode: each draft's save request kept in localStorage until the service answers it, re-sent on next open.

const PREFIX = 'nianbao:unsaved:';
/** Older entries are dropped unsent: a week later the clerk has long since worked on elsewhere. */
export const JOURNAL_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

interface Entry {
  readonly at: number;
  readonly body: string;
}

export interface PendingSave {
  readonly key: string;
  readonly body: string;
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
      this.storage.setItem(key, JSON.stringify({ at: this.now(), body } satisfies Entry));
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

  /** Saves recorded but never answered (the page was closed or reloaded while the service was away). */
  pending(): PendingSave[] {
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
        else out.push({ key, body: entry.body });
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
      return typeof v.at === 'number' && typeof v.body === 'string' ? { at: v.at, body: v.body } : null;
    } catch {
      return null;
    }
  }
}
