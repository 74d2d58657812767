// DraftStore: one file per draft under <dataDir>/drafts, atomic saves, generations, quarantine + recovery, one writer at a time.
import { draftSchema, type Draft } from '../../shared/draft/schema';
import { AppError } from '../../shared/ipc/result';
import { DEFAULT_RETRY, isTempName, toAppError, writeFileAtomic } from './atomic-write';
import { envelopeOf } from './envelope-hash';
import { nodeFsOps, type FileStat } from './fs-ops';
import { classifyGenerations, isGenerationId } from './generations';
import { DataDirLock } from './lock';
import { KeyedQueue } from './keyed-queue';
import type { DraftStoreOptions, HistoryEntry, LoadedDraft, SaveResult } from './draft-store-types';
import { readCurrentWithRecovery } from './store-recovery';
import { readSessionMarker, removeSessionMarker, writeSessionMarker } from './session';
import { assertSafeId, clockLabel, isSafeId, layout, type Layout, type StoreContext } from './store-context';
import { listGenerationRefs, pruneGenerations, readGeneration, writeGeneration } from './store-history';
import { listTrash, moveToTrash, purgeTrash, restoreFromTrash, type TrashedDraft } from './store-trash';

export type { DraftStoreOptions, HistoryEntry, LoadedDraft, SaveResult } from './draft-store-types';

interface CacheEntry {
  readonly sha256: string;
  readonly savedAt: string;
  readonly readOnly: boolean;
  readonly stat: FileStat | null;
  readonly draft: Draft;
}

export class DraftStore {
  readonly ctx: StoreContext;
  readonly paths: Layout;
  private readonly cache = new Map<string, CacheEntry>();
  private readonly queues = new KeyedQueue();
  private readonly recoveryNotices: string[] = [];
  /** Recovery notices per draft, kept until the draft is opened (a list at start-up must not swallow them). */
  private readonly pendingNotices = new Map<string, string>();
  private closed = false;
  /** Drafts whose last history entry could not be written: the notice every save answer carries until one works. */
  private readonly historyProblems = new Map<string, string>();
  private readonly historyChecked = new Set<string>();
  /** Failures to write a generation after a committed save (the save itself succeeded). */
  generationFailures = 0;

  private constructor(
    ctx: StoreContext,
    private readonly lock: DataDirLock | null,
    /** When the previous session started, if it did not end cleanly. */
    readonly uncleanSince: string | null,
  ) {
    this.ctx = ctx;
    this.paths = layout(ctx.dataDir);
  }

  /** Opens the data dir: takes the lock, removes leftover temp files, detects an unclean exit. */
  static async open(options: DraftStoreOptions): Promise<DraftStore> {
    const ctx: StoreContext = {
      fs: options.fs ?? nodeFsOps,
      dataDir: options.dataDir,
      appVersion: options.appVersion,
      retry: options.retry ?? DEFAULT_RETRY,
      now: options.now ?? (() => new Date()),
    };
    const lock = options.lock === false ? null : DataDirLock.acquire(options.dataDir, options.lock ?? {});
    try {
      const paths = layout(ctx.dataDir);
      await ctx.fs.mkdirp(paths.drafts);
      await sweepTempFiles(ctx, paths);
      const previous = await readSessionMarker(ctx);
      await writeSessionMarker(ctx);
      return new DraftStore(ctx, lock, previous ? previous.startedAt : null);
    } catch (err) {
      lock?.release();
      throw toAppError(err, '打开数据目录', '');
    }
  }

  /** Ends the session cleanly: waits for pending writes, removes the session marker, releases the lock. */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.flush();
    this.closed = true;
    await removeSessionMarker(this.ctx).catch(() => undefined);
    this.lock?.release();
  }

  /** Resolves when every queued write (saves and their history entries) of `id`, or of all drafts, is done. */
  async flush(id?: string): Promise<void> {
    // A finishing save queues its history entry behind itself: drain waits for that too.
    await this.queues.drain(id);
  }

  /** The recovery notice of `id` not yet shown with the draft, if any (returned once). */
  takeNotice(id: string): string | null {
    const notice = this.pendingNotices.get(id) ?? null;
    this.pendingNotices.delete(id);
    return notice;
  }

  /** Recovery notices collected since the last call (for the start-up banner). */
  takeRecoveryNotices(): string[] {
    return this.recoveryNotices.splice(0);
  }

  /** Ids of the drafts in the store (not in 回收站), including ones only their history can restore. */
  async ids(): Promise<string[]> {
    await this.flush();
    const ids = new Set<string>();
    for (const name of await this.ctx.fs.readdir(this.paths.drafts)) {
      if (name.endsWith('.json') && !isTempName(name) && isSafeId(name.slice(0, -5)))
        ids.add(name.slice(0, -5));
    }
    for (const id of await this.ctx.fs.readdir(this.paths.history)) {
      if (ids.has(id) || !isSafeId(id)) continue;
      if ((await listGenerationRefs(this.ctx, id)).length === 0) continue;
      if (await this.ctx.fs.stat(this.paths.trashed(id))) continue;
      ids.add(id);
    }
    return [...ids].sort();
  }

  /** When the current file was last changed (ISO), or null when there is none. */
  async fileTime(id: string): Promise<string | null> {
    assertSafeId(id);
    const st = await this.ctx.fs.stat(this.paths.current(id)).catch(() => null);
    return st ? new Date(st.mtimeMs).toISOString() : null;
  }

  async exists(id: string): Promise<boolean> {
    return isSafeId(id) && (await this.ctx.fs.stat(this.paths.current(id))) !== null;
  }

  /** Is the id used anywhere (store, 回收站, history)? */
  async isTaken(id: string): Promise<boolean> {
    if (!isSafeId(id)) return true;
    const p = this.paths;
    if ((await this.ctx.fs.stat(p.current(id))) || (await this.ctx.fs.stat(p.trashed(id)))) return true;
    return (await this.ctx.fs.readdir(p.historyDir(id))).length > 0;
  }

  /** Reads a draft; a damaged or missing file is quarantined and the newest good generation restored. */
  async load(id: string): Promise<LoadedDraft> {
    assertSafeId(id);
    return this.serial(id, () => this.loadNow(id));
  }

  /** The current file's bytes exactly (after the same checks and recovery as load). */
  async readFileBytes(id: string): Promise<{ loaded: LoadedDraft; bytes: Uint8Array }> {
    assertSafeId(id);
    return this.serial(id, async () => {
      const loaded = await this.loadNow(id);
      try {
        return { loaded, bytes: await this.ctx.fs.readFile(this.paths.current(id)) };
      } catch (err) {
        throw toAppError(err, '读取草稿', '');
      }
    });
  }

  /**
   * Saves a validated draft; refuses drafts written by a newer app; the previous version survives any failure.
   * `baseRevision` (the sha256 of the version the edit started from) makes a save refused with STALE when another
   * window or tab saved in between, instead of overwriting its work.
   */
  async save(
    draft: Draft,
    options: { mustBeNew?: boolean; baseRevision?: string | undefined } = {},
  ): Promise<SaveResult> {
    const parsed = draftSchema.safeParse(draft);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new AppError(
        'BAD_REQUEST',
        `草稿内容不完整或格式不对（${first?.path.join('.') || '根'}：${first?.message ?? ''}），未保存。`,
      );
    }
    const valid = parsed.data;
    if (!isSafeId(valid.id))
      throw new AppError('BAD_REQUEST', '草稿编号只能包含字母、数字、“-”和“_”，未保存。');
    return this.serial(valid.id, () => this.saveNow(valid, options.mustBeNew === true, options.baseRevision));
  }

  async history(id: string): Promise<HistoryEntry[]> {
    assertSafeId(id);
    await this.flush(id);
    const refs = await listGenerationRefs(this.ctx, id);
    const { keep } = classifyGenerations(refs, this.ctx.now().getTime());
    const currentSha = this.cache.get(id)?.sha256;
    const entries: HistoryEntry[] = [];
    for (const ref of refs) {
      const read = await readGeneration(this.ctx, id, ref.generationId);
      if (!read?.result.ok) continue;
      entries.push({
        generationId: ref.generationId,
        savedAt: read.result.envelope.savedAt,
        kind: keep.get(ref.generationId) ?? 'rotating',
        draft: read.result.draft,
        current: read.result.envelope.sha256 === currentSha,
      });
    }
    return entries;
  }

  /** A read-only look at one generation. */
  async loadGeneration(id: string, generationId: string): Promise<LoadedDraft> {
    assertSafeId(id);
    if (!isGenerationId(generationId)) throw new AppError('NOT_FOUND', '找不到该历史版本。');
    const read = await readGeneration(this.ctx, id, generationId);
    if (!read) throw new AppError('NOT_FOUND', '找不到该历史版本（可能已按保留规则清理）。');
    if (!read.result.ok) throw new AppError('CORRUPT', '该历史版本已损坏，无法打开。');
    const { draft, envelope } = read.result;
    return {
      draft,
      savedAt: envelope.savedAt,
      readOnly: true,
      notice: `正在查看 ${clockLabel(envelope.savedAt, this.ctx.now())} 保存的历史版本（只读）。`,
      sha256: envelope.sha256,
    };
  }

  /** Makes a generation the current version (saved anew, so the version it replaces stays in history). */
  async restoreGeneration(id: string, generationId: string): Promise<LoadedDraft> {
    const gen = await this.loadGeneration(id, generationId);
    const read = await readGeneration(this.ctx, id, generationId);
    if (read?.result.ok && read.result.readOnly) {
      throw new AppError('READ_ONLY', '该历史版本由更新版本的年报助手保存，不能在此版本中恢复。');
    }
    const { savedAt } = await this.save(gen.draft);
    return {
      draft: gen.draft,
      savedAt,
      readOnly: false,
      notice: `已恢复到 ${clockLabel(gen.savedAt, this.ctx.now())} 的版本。`,
      sha256: gen.sha256,
    };
  }

  async trash(id: string): Promise<void> {
    assertSafeId(id);
    return this.serial(id, async () => {
      await moveToTrash(this.ctx, id);
      this.cache.delete(id);
    });
  }

  async untrash(id: string): Promise<void> {
    assertSafeId(id);
    return this.serial(id, () => restoreFromTrash(this.ctx, id));
  }

  listTrash(): Promise<TrashedDraft[]> {
    return listTrash(this.ctx);
  }

  async emptyTrash(): Promise<number> {
    const items = await listTrash(this.ctx);
    let removed = 0;
    for (const item of items) {
      await this.serial(item.id, () => purgeTrash(this.ctx, item.id));
      removed++;
    }
    return removed;
  }

  // ——— internals ———

  private serial<T>(key: string, fn: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new AppError('INTERNAL', '草稿库已关闭。'));
    return this.queues.run(key, fn);
  }

  private async statCurrent(id: string): Promise<FileStat | null> {
    try {
      return await this.ctx.fs.stat(this.paths.current(id));
    } catch (err) {
      throw toAppError(err, '读取草稿', '');
    }
  }

  private remember(id: string, entry: CacheEntry): void {
    this.cache.set(id, entry);
  }

  private async loadNow(id: string): Promise<LoadedDraft> {
    const { draft, envelope, readOnly, notice } = await readCurrentWithRecovery(this.ctx, id);
    const stat = await this.statCurrent(id);
    this.remember(id, { sha256: envelope.sha256, savedAt: envelope.savedAt, readOnly, stat, draft });
    if (notice) {
      this.recoveryNotices.push(`《${draft.agency || '未命名机关'}${draft.year}年度报告》：${notice}`);
      this.pendingNotices.set(id, notice);
    }
    return { draft, savedAt: envelope.savedAt, readOnly, notice, sha256: envelope.sha256 };
  }

  /** The current file's state: from the cache while the file is unchanged on disk, else re-read (with recovery). */
  private async currentState(id: string): Promise<CacheEntry | null> {
    const stat = await this.statCurrent(id);
    const cached = this.cache.get(id);
    if (stat && cached?.stat && sameStat(stat, cached.stat)) return cached;
    if (!stat && (await listGenerationRefs(this.ctx, id)).length === 0) return null;
    try {
      await this.loadNow(id);
    } catch (err) {
      if (err instanceof AppError && err.code === 'NOT_FOUND') return null;
      if (err instanceof AppError && err.code === 'UNSUPPORTED') {
        throw new AppError('READ_ONLY', '该草稿由更新版本的年报助手保存，只能查看，不能在此版本中保存。');
      }
      throw err;
    }
    return this.cache.get(id) ?? null;
  }

  private async saveNow(draft: Draft, mustBeNew: boolean, baseRevision?: string): Promise<SaveResult> {
    const id = draft.id;
    if (await this.ctx.fs.stat(this.paths.trashed(id))) {
      throw new AppError('CONFLICT', '该草稿已移到回收站，未保存。请先从回收站还原。');
    }
    if (mustBeNew && (await this.isTaken(id))) throw new AppError('EXISTS', '已有相同编号的草稿。');
    const state = await this.currentState(id);
    if (state?.readOnly) {
      throw new AppError('READ_ONLY', '该草稿由更新版本的年报助手保存，只能查看，不能在此版本中保存。');
    }
    if (baseRevision !== undefined && state && state.sha256 !== baseRevision) {
      throw new AppError(
        'STALE',
        `这份草稿已在另一个窗口或标签页中修改并保存（${clockLabel(state.savedAt, this.ctx.now())}），本页的修改未保存，以免覆盖那边的内容。`,
      );
    }
    const nowMs = this.ctx.now().getTime();
    const previousMs = state ? Date.parse(state.savedAt) : Number.NaN;
    const ms = Number.isFinite(previousMs) && previousMs >= nowMs ? previousMs + 1 : nowMs;
    const envelope = envelopeOf(draft, this.ctx.appVersion, new Date(ms).toISOString());
    if (state && state.sha256 === envelope.sha256) {
      return { savedAt: state.savedAt, revision: state.sha256, notice: this.historyProblems.get(id) ?? null };
    }
    // Same text as serializeDraft(); built here so the 2 MB payload is hashed once.
    const bytes = Buffer.from(JSON.stringify(envelope, null, 2) + '\n', 'utf8');
    try {
      await this.ctx.fs.mkdirp(this.paths.drafts);
      await writeFileAtomic(this.ctx.fs, this.paths.current(id), bytes, { retry: this.ctx.retry });
    } catch (err) {
      throw toAppError(err, '保存草稿', '之前保存的版本完好无损，本次修改尚未保存。');
    }
    this.remember(id, {
      sha256: envelope.sha256,
      savedAt: envelope.savedAt,
      readOnly: false,
      stat: await this.statCurrent(id),
      draft,
    });
    const writeHistory = async () => {
      try {
        await writeGeneration(this.ctx, id, ms, envelope.sha256, bytes);
        await pruneGenerations(this.ctx, id);
        this.historyProblems.delete(id);
      } catch (err) {
        // The draft is saved; only this history entry is missing. Every save answer says so (this one or the
        // next) until a history entry is written again; the editor shows each different notice once.
        this.generationFailures++;
        this.historyProblems.set(id, historyProblemNotice(toAppError(err, '写入历史版本', '').message));
      }
    };
    if (!this.historyChecked.has(id)) {
      // The first save of a draft in this session waits for its history entry, so a history folder that cannot
      // be written is reported at once.
      this.historyChecked.add(id);
      await writeHistory();
    } else {
      // Later entries are written right after, off the autosave's latency path but in this draft's queue, so the
      // next save, history() and close() all come after them.
      void this.serial(id, writeHistory).catch(() => undefined);
    }
    return {
      savedAt: envelope.savedAt,
      revision: envelope.sha256,
      notice: this.historyProblems.get(id) ?? null,
    };
  }
}

function historyProblemNotice(reason: string): string {
  return `草稿已保存，但${reason}没有备份就无法退回以前的版本，请检查数据目录中 history 文件夹的权限和磁盘空间。`;
}

function sameStat(a: FileStat, b: FileStat): boolean {
  return a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** Temp files left by a process killed mid-write; safe to delete because we hold the lock. */
async function sweepTempFiles(ctx: StoreContext, paths: Layout): Promise<void> {
  const dirs = [ctx.dataDir, paths.drafts, paths.trash];
  for (const id of await ctx.fs.readdir(paths.history)) dirs.push(paths.historyDir(id));
  for (const dir of dirs) {
    for (const name of await ctx.fs.readdir(dir)) {
      if (isTempName(name)) await ctx.fs.unlink(`${dir}/${name}`).catch(() => undefined);
    }
  }
}
