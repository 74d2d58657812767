// 审核与汇总 channels: review the units' reports (files, folders or 我的年报), open one, sum them, export the 审核表.
import { z } from 'zod';
import { channel } from './channel';
import type { Draft } from '../draft/schema';
import type { ReviewReport } from '../review';
import type { OpenedDraft } from './draft-channels';

const pathSchema = z.string().trim().min(1, '请填写文件或文件夹的路径').max(4096);

/** Where a unit's report comes from: a file on disk (typed, chosen or found in a folder) or a draft in 我的年报. */
export const reviewSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('file'), path: pathSchema }),
  z.object({ kind: z.literal('draft'), id: z.string().min(1).max(200) }),
]);
export type ReviewSource = z.infer<typeof reviewSourceSchema>;

/** What to review: files and folders by path, and drafts of 我的年报 by id (at most 500 of each). */
const selection = {
  paths: z.array(pathSchema).max(500).default([]),
  draftIds: z.array(z.string().min(1).max(200)).max(500).default([]),
};
const chosen = (s: { paths: string[]; draftIds: string[] }) => s.paths.length + s.draftIds.length > 0;
export const reviewSelectionSchema = z.object(selection).refine(chosen, '请选择要审核的报告');

export interface ReviewRow extends ReviewReport {
  readonly source: ReviewSource;
}

export interface ReviewRun {
  readonly rows: readonly ReviewRow[];
  readonly unreadable: readonly { file: string; reason: string }[];
}

export interface ReviewedUnit {
  readonly draft: Draft;
  readonly row: ReviewRow;
}

const sources = z.array(reviewSourceSchema).min(1, '请选择要汇总的报告').max(1000);

export const reviewChannels = {
  'review:run': channel<ReviewRun>()(reviewSelectionSchema),
  /** One unit read-only, with its checks. */
  'review:unit': channel<ReviewedUnit>()(z.object({ source: reviewSourceSchema })),
  /** Sums the units into a new draft saved in 我的年报 (refused for mixed years or formats). */
  'review:rollup': channel<OpenedDraft>()(
    z.object({
      sources,
      agency: z.string().trim().min(1, '请填写汇总报告的机关名称').max(200),
      year: z.number().int().min(2000).max(2100),
    }),
  ),
  /** Writes the 审核表 (default: the export folder); never overwrites unless told. */
  'review:exportSheet': channel<{ path: string }>()(
    z
      .object({
        ...selection,
        kind: z.enum(['xlsx', 'csv']),
        targetPath: pathSchema.optional(),
        overwrite: z.boolean().optional(),
      })
      .refine(chosen, '请选择要审核的报告'),
  ),
} as const;
