// Issue counts of a saved draft for cards and history (engine evaluation, cached by content hash).
import type { Draft } from '../../shared/draft/schema';
import { countIssues, evaluate } from '../../shared/engine';
import { getFormat } from '../../shared/formats';
import type { DraftSummary, OpenedDraft } from '../../shared/ipc/draft-channels';
import type { LoadedDraft } from '../store/draft-store';

const MAX_CACHED = 500;

export class IssueCounter {
  private readonly cache = new Map<string, { errors: number; warnings: number }>();

  /** `deadline`: the 公开期限 of the settings (MM-DD), read at each count so a change applies at once. */
  constructor(private readonly deadline: () => string | undefined = () => undefined) {}

  /** Errors and warnings of `draft`; `sha256` (of its payload) and the deadline key the cache. */
  count(draft: Draft, sha256: string): { errors: number; warnings: number } {
    const deadline = this.deadline();
    const key = `${sha256}|${deadline ?? ''}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const evaluation = evaluate(getFormat(draft.formatId), draft, deadline ? { deadline } : {});
    const { errors, warnings } = countIssues(evaluation.issues);
    if (this.cache.size >= MAX_CACHED) this.cache.clear();
    const counts = { errors, warnings };
    this.cache.set(key, counts);
    return counts;
  }

  summary(loaded: LoadedDraft): DraftSummary {
    const { draft } = loaded;
    return {
      id: draft.id,
      agency: draft.agency,
      ...(draft.title ? { title: draft.title } : {}),
      year: draft.year,
      formatId: draft.formatId,
      savedAt: loaded.savedAt,
      readOnly: loaded.readOnly,
      ...this.count(draft, loaded.sha256),
    };
  }
}

export function opened(loaded: LoadedDraft, notice: string | null = loaded.notice): OpenedDraft {
  return {
    draft: loaded.draft,
    savedAt: loaded.savedAt,
    readOnly: loaded.readOnly,
    notice,
    revision: loaded.sha256,
  };
}

/** A draft saved by a newer app version in a form this version cannot read: listed read-only, never dropped. */
export function unsupportedSummary(id: string, message: string, fileTime: string | null): DraftSummary {
  const { damaged: _damaged, ...placeholder } = damagedSummary(id, message, fileTime);
  return { ...placeholder, agency: `无法在此版本中打开的草稿（编号 ${id}）`, unsupported: message };
}

/** A draft that cannot be read and has no good backup, as the list shows it (损坏, with the recovery hint). */
export function damagedSummary(id: string, message: string, fileTime: string | null): DraftSummary {
  return {
    id,
    agency: `损坏的草稿（编号 ${id}）`,
    year: 0,
    formatId: '', // unknown: the file cannot be read
    savedAt: fileTime ?? new Date(0).toISOString(),
    readOnly: true,
    errors: 0,
    warnings: 0,
    damaged: message,
  };
}
