// Draft channels (list, create, open, save, history, 回收站, draft files): served by main/services/drafts-service.
import { z } from 'zod';
import { channel } from './channel';
import { ONE_SOURCE, oneSource, pickedPath } from './import-channels';
import { draftSchema, formatIdSchema, type Draft } from '../draft/schema';
import { cellValueProblem } from '../engine/cell-value';
import { cellLabel, cellsOf, getFormat } from '../formats';

// Every zod message that reaches the clerk (a refused request) in Chinese.
z.config(z.locales.zhCN());

export interface DraftSummary {
  readonly id: string;
  readonly agency: string;
  /** The draft's own name in 我的年报 (a copy's 副本), when it has one; never printed. */
  readonly title?: string;
  readonly year: number;
  readonly formatId: z.infer<typeof formatIdSchema>;
  /** Issue counts from the engine for the saved content. */
  readonly errors: number;
  readonly warnings: number;
  readonly savedAt: string;
  /** Written by a newer app version: can be viewed and exported, not saved. */
  readonly readOnly: boolean;
  /**
   * Set when the draft cannot be read and has no good backup: why, and how to recover (Chinese). The card shows
   * 损坏; agency, year and counts are then placeholders.
   */
  readonly damaged?: string;
  /** Set when a newer app version saved it in a form this version cannot read: why (Chinese); shown read-only. */
  readonly unsupported?: string;
}

export interface TrashedDraftSummary extends DraftSummary {
  readonly deletedAt: string;
}

export interface OpenedDraft {
  readonly draft: Draft;
  readonly savedAt: string;
  readonly readOnly: boolean;
  /** A notice for the clerk, e.g. 草稿文件损坏，已从 14:32 的备份恢复. */
  readonly notice: string | null;
  /** The saved version's revision (sha256 of its content): sent back as `baseRevision` with the next save. */
  readonly revision: string;
}

export interface SavedDraft {
  readonly savedAt: string;
  /** The new revision: the base of the next save. */
  readonly revision: string;
  /** Saved, but something the clerk must know (e.g. the history folder cannot be written); repeated while it lasts. */
  readonly notice: string | null;
}

export interface GenerationSummary {
  readonly generationId: string;
  readonly savedAt: string;
  /** rotating: recent saves; daily: the last version of an earlier day (kept 30 days). */
  readonly kind: 'rotating' | 'daily';
  readonly errors: number;
  readonly warnings: number;
  /** Same content as the draft as it is saved now. */
  readonly current: boolean;
}

/** Largest draft file accepted for import, as base64 characters (a 2 MB draft is about 2.8 M). */
export const MAX_IMPORT_BASE64 = 7_000_000;

/** A draft from the renderer: each input cell's value must fit its column (int ≥ 0, signed-int, decimal). */
const checkedDraft = draftSchema.superRefine((draft, ctx) => {
  const format = getFormat(draft.formatId);
  const known = cellsOf(format);
  for (const [key, value] of Object.entries(draft.cells)) {
    const info = known.get(key);
    if (value === null || !info) continue;
    const problem = cellValueProblem(info.column, value);
    if (problem) {
      ctx.addIssue({
        code: 'custom',
        path: ['cells', key],
        message: `“${cellLabel(format, key)}”的值 ${String(value)} 无效：${problem}，未保存`,
      });
    }
  }
});

const draftId = z.string().min(1).max(200);
const revision = z.string().regex(/^[0-9a-f]{64}$/, '版本标识无效');
const id = z.object({ id: draftId });
const agency = z.string().trim().min(1, '请填写机关名称').max(200);
const generation = z.object({ id: draftId, generationId: z.string().regex(/^\d{13}-[0-9a-f]{8}$/) });

export const draftChannels = {
  'drafts:list': channel<DraftSummary[]>()(z.object({})),
  'drafts:create': channel<OpenedDraft>()(
    z.object({
      agency,
      year: z.number().int().min(2000).max(2100),
      formatId: formatIdSchema.optional(),
      /** Carry over from this saved draft (last year's report). */
      carryFromId: draftId.optional(),
    }),
  ),
  /** Stores a draft built elsewhere (e.g. by import); it gets a fresh id if its id is taken. */
  'drafts:createFrom': channel<OpenedDraft>()(z.object({ draft: checkedDraft })),
  'drafts:open': channel<OpenedDraft>()(id),
  /**
   * Saves over the current version. With `baseRevision` (what the editor always sends) a save based on an older
   * revision is refused with STALE, never a silent overwrite of another window's work; without it (CLI, scripts)
   * the save is unconditional.
   */
  'drafts:save': channel<SavedDraft>()(z.object({ draft: checkedDraft, baseRevision: revision.optional() })),
  'drafts:duplicate': channel<OpenedDraft>()(id),
  /** 机关名称 (the 落款 follows while it matched) and the list name; an empty title removes it. */
  'drafts:rename': channel<OpenedDraft>()(
    z.object({ id: draftId, agency, title: z.string().trim().max(100).optional() }),
  ),
  /** Moves the draft to 回收站. */
  'drafts:delete': channel<{ id: string }>()(id),
  'drafts:trash': channel<TrashedDraftSummary[]>()(z.object({})),
  'drafts:untrash': channel<OpenedDraft>()(id),
  'drafts:emptyTrash': channel<{ removed: number }>()(z.object({})),
  'drafts:history': channel<GenerationSummary[]>()(id),
  /** A read-only preview of one generation. */
  'drafts:openGeneration': channel<OpenedDraft>()(generation),
  'drafts:restoreGeneration': channel<OpenedDraft>()(generation),
  /** Writes the draft file; default `<exportDir>/<机关><年度>年政府信息公开工作年度报告.nianbao.json`; never overwrites unless told. */
  'drafts:exportFile': channel<{ path: string }>()(
    z.object({
      id: draftId,
      targetPath: z.string().min(1).max(4096).optional(),
      overwrite: z.boolean().optional(),
    }),
  ),
  /** A draft file chosen by the clerk: its content, or in the desktop app the path picked in the open dialog. */
  'drafts:importFile': channel<OpenedDraft>()(
    z
      .object({
        fileName: z.string().max(500),
        contentBase64: z.string().max(MAX_IMPORT_BASE64).optional(),
        path: pickedPath,
      })
      .refine(oneSource, ONE_SOURCE),
  ),
  /** Notices for the start-up banner (unclean exit, recovered files); each is returned once. */
  'drafts:startupNotices': channel<string[]>()(z.object({})),
} as const;
