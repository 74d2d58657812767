// The drafts service: every drafts:* channel of the IPC contract over one DraftStore (opened lazily, one writer per data dir).
import { randomUUID } from 'node:crypto';
import { carryOver, createDraft } from '../../shared/draft/create';
import { agencyPatch } from '../../shared/draft/meta';
import type { Draft } from '../../shared/draft/schema';
import type { ChannelName, Services } from '../../shared/ipc/contract';
import type { DraftSummary, TrashedDraftSummary } from '../../shared/ipc/draft-channels';
import { AppError } from '../../shared/ipc/result';
import { toAppError, type RetryPolicy } from '../store/atomic-write';
import { DraftStore, type LoadedDraft } from '../store/draft-store';
import type { FsOps } from '../store/fs-ops';
import type { LockOptions } from '../store/lock';
import { clockLabel, isSafeId } from '../store/store-context';
import { APP_VERSION } from '../version';
import { decodeImportedFile, exportDraftFile } from './drafts-files';
import { translateErrors } from './fs-errors';
import { damagedSummary, IssueCounter, opened, unsupportedSummary } from './drafts-summary';

export type DraftChannel = Extract<ChannelName, `drafts:${string}`>;
export type DraftHandlers = Pick<Services, DraftChannel>;

export interface DraftsServiceOptions {
  readonly dataDir: string;
  /** Where exports go by default (from the settings). */
  readonly exportDir: () => string;
  readonly appVersion?: string;
  readonly fs?: FsOps;
  readonly retry?: RetryPolicy;
  readonly now?: () => Date;
  readonly lock?: LockOptions | false;
  /** Other start-up notices to show with ours (e.g. a damaged settings file). */
  readonly extraNotices?: () => string[];
  /** The 公开期限 of the settings (MM-DD) the issue counts of 我的年报 are evaluated with (default 01-31). */
  readonly deadline?: () => string;
}

export interface DraftsService {
  readonly handlers: DraftHandlers;
  /** The open store (opens it, taking the data-dir lock, on first use). */
  store(): Promise<DraftStore>;
  /** Flushes pending writes, marks the session as cleanly ended and releases the lock. */
  close(): Promise<void>;
}

export function createDraftsService(options: DraftsServiceOptions): DraftsService {
  const now = options.now ?? (() => new Date());
  const counter = new IssueCounter(options.deadline);
  let opening: Promise<DraftStore> | null = null;
  let uncleanReported = false;
  /** Drafts the list had to leave out, reported once through startupNotices. */
  const skipped = new Map<string, string>();
  const reportedSkips = new Set<string>();

  const store = (): Promise<DraftStore> => {
    opening ??= DraftStore.open({
      dataDir: options.dataDir,
      appVersion: options.appVersion ?? APP_VERSION,
      ...(options.fs ? { fs: options.fs } : {}),
      ...(options.retry ? { retry: options.retry } : {}),
      now,
      ...(options.lock !== undefined ? { lock: options.lock } : {}),
    }).catch((err: unknown) => {
      opening = null; // e.g. LOCKED: try again on the next call
      throw err;
    });
    return opening;
  };

  /** An id not used in the store, 回收站 or history. */
  const freeId = async (s: DraftStore, wanted: string): Promise<string> => {
    if (isSafeId(wanted) && !(await s.isTaken(wanted))) return wanted;
    for (;;) {
      const id = randomUUID();
      if (!(await s.isTaken(id))) return id;
    }
  };

  const storeNew = async (draft: Draft, notice: string | null = null) => {
    const s = await store();
    const fresh = { ...draft, id: await freeId(s, draft.id) };
    const saved = await s.save(fresh, { mustBeNew: true });
    return opened(await s.load(fresh.id), notice ?? saved.notice);
  };

  const writable = async (s: DraftStore, id: string): Promise<LoadedDraft> => {
    const loaded = await s.load(id);
    if (loaded.readOnly) {
      throw new AppError('READ_ONLY', '该草稿由更新版本的年报助手保存，只能查看，不能在此版本中修改。');
    }
    return loaded;
  };

  const list = async () => {
    const s = await store();
    const out: DraftSummary[] = [];
    for (const id of await s.ids()) {
      try {
        out.push(counter.summary(await s.load(id)));
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        if (err.code === 'CORRUPT') {
          // Damaged beyond recovery: listed as 损坏 every time (with the recovery hint), never dropped.
          out.push(damagedSummary(id, err.message, await s.fileTime(id)));
          continue;
        }
        if (err.code === 'UNSUPPORTED') {
          // Too new and not readable here: listed read-only every time (an upgrade opens it), never dropped.
          out.push(unsupportedSummary(id, err.message, await s.fileTime(id)));
          continue;
        }
        // Too new to read, or unreadable for now: the file stays where it is; the notice says why.
        if (!skipped.has(id)) skipped.set(id, `有一份草稿（编号 ${id}）无法显示：${err.message}`);
      }
    }
    return out.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
  };

  const handlers: DraftHandlers = {
    'drafts:list': list,
    'drafts:create': async ({ agency, year, formatId, carryFromId }) => {
      let draft: Draft;
      if (carryFromId) {
        const prev = (await (await store()).load(carryFromId)).draft;
        draft = carryOver(prev, { year, agency, ...(formatId ? { formatId } : {}) });
      } else {
        draft = createDraft({ agency, year, ...(formatId ? { formatId } : {}) });
      }
      return storeNew(draft);
    },
    'drafts:createFrom': ({ draft }) => storeNew(draft),
    'drafts:open': async ({ id }) => {
      const s = await store();
      const loaded = await s.load(id);
      return opened(loaded, s.takeNotice(id) ?? loaded.notice);
    },
    'drafts:save': async ({ draft, baseRevision }) => (await store()).save(draft, { baseRevision }),
    'drafts:duplicate': async ({ id }) => {
      const { draft } = await writable(await store(), id);
      const stampNow = now().toISOString();
      // The copy gets a list name, not a changed 机关名称 (which is printed in the title and the 落款).
      const title = draft.title ? `${draft.title}（副本）` : '副本';
      return storeNew(
        { ...draft, title, createdAt: stampNow, updatedAt: stampNow },
        `已创建副本，在列表中标为“${title}”，可用“重命名”修改；机关名称不变。`,
      );
    },
    'drafts:rename': async ({ id, agency, title }) => {
      const s = await store();
      const { draft } = await writable(s, id);
      const patch = agencyPatch(draft, agency);
      const { title: oldTitle, ...rest } = draft;
      const kept = title === undefined ? oldTitle : title;
      const next: Draft = {
        ...rest,
        ...(kept ? { title: kept } : {}),
        agency,
        signature: { ...draft.signature, ...patch.signature },
      };
      await s.save({ ...next, updatedAt: now().toISOString() });
      return opened(await s.load(id));
    },
    'drafts:delete': async ({ id }) => {
      await (await store()).trash(id);
      return { id };
    },
    'drafts:trash': async () => {
      const items: TrashedDraftSummary[] = [];
      for (const t of await (await store()).listTrash()) {
        if (!t.draft || !t.savedAt) {
          // Unreadable (损坏) or too new: listed with why, so that it can be restored or removed with 清空回收站.
          const why = t.problem ?? '文件无法读取。';
          const summary = t.tooNew
            ? unsupportedSummary(t.id, why, t.deletedAt)
            : damagedSummary(t.id, why, t.deletedAt);
          items.push({ ...summary, deletedAt: t.deletedAt });
          continue;
        }
        const { draft } = t;
        const counts = counter.count(draft, `${t.id}@${t.savedAt}`);
        items.push({
          id: t.id,
          agency: draft.agency,
          ...(draft.title ? { title: draft.title } : {}),
          year: draft.year,
          formatId: draft.formatId,
          savedAt: t.savedAt,
          readOnly: false,
          deletedAt: t.deletedAt,
          ...counts,
        });
      }
      return items;
    },
    'drafts:untrash': async ({ id }) => {
      const s = await store();
      await s.untrash(id);
      // A damaged or too-new draft is back in 我的年报 (listed as such); the answer says why it cannot be opened.
      return opened(await s.load(id));
    },
    'drafts:emptyTrash': async () => ({ removed: await (await store()).emptyTrash() }),
    'drafts:history': async ({ id }) => {
      const s = await store();
      await s.load(id); // recovers a damaged current file first, and knows which generation is current
      return (await s.history(id)).map((g) => ({
        generationId: g.generationId,
        savedAt: g.savedAt,
        kind: g.kind,
        current: g.current,
        ...counter.count(g.draft, `${id}/${g.generationId}`),
      }));
    },
    'drafts:openGeneration': async ({ id, generationId }) =>
      opened(await (await store()).loadGeneration(id, generationId)),
    'drafts:restoreGeneration': async ({ id, generationId }) =>
      opened(await (await store()).restoreGeneration(id, generationId)),
    'drafts:exportFile': async (req) => exportDraftFile(await store(), req, options.exportDir()),
    'drafts:importFile': async ({ fileName, contentBase64 }) => {
      const { draft, upgraded } = decodeImportedFile(fileName, contentBase64 ?? '');
      return storeNew(draft, upgraded ? '该草稿文件来自旧版本，已升级为当前格式。' : null);
    },
    'drafts:startupNotices': async () => {
      const s = await store();
      const notices: string[] = [];
      if (s.uncleanSince !== null && !uncleanReported) {
        uncleanReported = true;
        const drafts = await list();
        const newest = drafts[0]?.savedAt;
        notices.push(
          newest
            ? `上次未正常退出，已从自动保存恢复（最后一次保存于 ${clockLabel(newest, now())}）。`
            : '上次未正常退出，已从自动保存恢复。',
        );
      }
      notices.push(...s.takeRecoveryNotices(), ...(options.extraNotices?.() ?? []));
      for (const [id, notice] of skipped) {
        if (!reportedSkips.has(id)) notices.push(notice);
        reportedSkips.add(id);
      }
      return notices;
    },
  };

  return {
    handlers: withChineseErrors(handlers),
    store,
    async close() {
      if (!opening) return;
      const s = await opening.catch(() => null);
      opening = null;
      await s?.close();
    },
  };
}

/** What each channel was doing, for disk errors that reach the clerk (“读取草稿列表失败：没有访问权限……”). */
const ACTIONS: Partial<Record<DraftChannel, string>> = {
  'drafts:list': '读取草稿列表',
  'drafts:open': '打开草稿',
  'drafts:save': '保存草稿',
  'drafts:history': '读取历史版本',
  'drafts:trash': '读取回收站',
  'drafts:startupNotices': '打开数据目录',
};

/** A file-system error (EACCES, EIO …) thrown anywhere below becomes a Chinese AppError, never “内部错误”. */
function withChineseErrors(handlers: DraftHandlers): DraftHandlers {
  return translateErrors(handlers, (err, name) => {
    const code = (err as NodeJS.ErrnoException | null)?.code;
    if (err instanceof AppError || typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return err;
    return toAppError(err, ACTIONS[name as DraftChannel] ?? '读写草稿', '');
  });
}
