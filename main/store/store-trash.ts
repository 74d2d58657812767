// 回收站: deleting moves the draft file to trash/ (history stays); restore moves it back; emptying removes both.
import type { Draft } from '../../shared/draft/schema';
import { AppError } from '../../shared/ipc/result';
import { isTempName, toAppError, withBusyRetry, writeFileAtomic } from './atomic-write';
import { decodeDraftBytes, isSafeId, layout, type StoreContext } from './store-context';

export interface TrashedDraft {
  readonly id: string;
  /** null when the trashed file cannot be read (it is kept anyway). */
  readonly draft: Draft | null;
  readonly savedAt: string | null;
  readonly deletedAt: string;
  /** Why the file cannot be read (Chinese), when `draft` is null. */
  readonly problem: string | null;
  /** The file was written by a newer app version (not damaged). */
  readonly tooNew: boolean;
}

export async function moveToTrash(ctx: StoreContext, id: string): Promise<void> {
  const p = layout(ctx.dataDir);
  if (!(await ctx.fs.stat(p.current(id)))) throw new AppError('NOT_FOUND', '找不到该草稿。');
  if (await ctx.fs.stat(p.trashed(id)))
    throw new AppError('CONFLICT', '回收站里已有同一草稿，请先处理回收站。');
  try {
    await ctx.fs.mkdirp(p.trash);
    await withBusyRetry(() => ctx.fs.rename(p.current(id), p.trashed(id)), ctx.retry);
    await ctx.fs.syncDir(p.trash);
    const deletedAt = new TextEncoder().encode(ctx.now().toISOString());
    await writeFileAtomic(ctx.fs, p.trashedMeta(id), deletedAt, { retry: ctx.retry }).catch(() => undefined);
  } catch (err) {
    throw toAppError(err, '移到回收站', '草稿文件未受影响。');
  }
}

export async function restoreFromTrash(ctx: StoreContext, id: string): Promise<void> {
  const p = layout(ctx.dataDir);
  if (!(await ctx.fs.stat(p.trashed(id)))) throw new AppError('NOT_FOUND', '回收站里没有该草稿。');
  if (await ctx.fs.stat(p.current(id))) throw new AppError('CONFLICT', '已有同一编号的草稿，无法还原。');
  try {
    await ctx.fs.mkdirp(p.drafts);
    await withBusyRetry(() => ctx.fs.rename(p.trashed(id), p.current(id)), ctx.retry);
    await ctx.fs.syncDir(p.drafts);
  } catch (err) {
    throw toAppError(err, '从回收站还原', '回收站中的文件未受影响。');
  }
  await ctx.fs.unlink(p.trashedMeta(id)).catch(() => undefined);
}

export async function listTrash(ctx: StoreContext): Promise<TrashedDraft[]> {
  const p = layout(ctx.dataDir);
  const items: TrashedDraft[] = [];
  for (const name of await ctx.fs.readdir(p.trash)) {
    if (!name.endsWith('.json') || isTempName(name)) continue;
    const id = name.slice(0, -'.json'.length);
    if (!isSafeId(id)) continue;
    let deletedAt = '';
    try {
      deletedAt = new TextDecoder().decode(await ctx.fs.readFile(p.trashedMeta(id))).trim();
    } catch {
      deletedAt = new Date((await ctx.fs.stat(p.trashed(id)))?.mtimeMs ?? 0).toISOString();
    }
    let draft: Draft | null = null;
    let savedAt: string | null = null;
    let problem: string | null = null;
    let tooNew = false;
    try {
      const result = decodeDraftBytes(await ctx.fs.readFile(p.trashed(id)), id);
      if (result.ok) {
        draft = result.draft;
        savedAt = result.envelope.savedAt;
      } else {
        problem = result.message;
        tooNew = result.code === 'TOO_NEW';
      }
    } catch {
      problem = '文件无法读取。'; // listed as unreadable; the file stays
    }
    items.push({ id, draft, savedAt, deletedAt, problem, tooNew });
  }
  return items.sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : -1));
}

/** Removes a trashed draft and its history for good. */
export async function purgeTrash(ctx: StoreContext, id: string): Promise<void> {
  const p = layout(ctx.dataDir);
  try {
    await ctx.fs.unlink(p.trashed(id));
    await ctx.fs.unlink(p.trashedMeta(id)).catch(() => undefined);
    await ctx.fs.rmTree(p.historyDir(id));
  } catch (err) {
    throw toAppError(err, '清空回收站', '');
  }
}
