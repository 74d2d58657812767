// Draft channels (list, create, open, save …): owned by the draft store work (main/store, main/services).
import { z } from 'zod';
import { channel } from './channel';
import { draftSchema, formatIdSchema, type Draft } from '../draft/schema';

export interface DraftSummary {
  readonly id: string;
  readonly agency: string;
  readonly year: number;
  readonly formatId: z.infer<typeof formatIdSchema>;
  readonly errors: number;
  readonly warnings: number;
  readonly savedAt: string;
}

export interface OpenedDraft {
  readonly draft: Draft;
  readonly savedAt: string;
  readonly readOnly: boolean;
  /** A notice for the clerk, e.g. 草稿文件损坏，已从 14:32 的备份恢复. */
  readonly notice: string | null;
}

const id = z.object({ id: z.string().min(1).max(200) });

export const draftChannels = {
  'drafts:list': channel<DraftSummary[]>()(z.object({})),
  'drafts:open': channel<OpenedDraft>()(id),
  'drafts:save': channel<{ savedAt: string }>()(z.object({ draft: draftSchema })),
} as const;
