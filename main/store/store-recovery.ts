// Reading a draft's current file: a damaged one is quarantined byte for byte and the newest good generation restored.
import type { ReadDraftResult } from '../../shared/draft/envelope';
import { AppError } from '../../shared/ipc/result';
import { toAppError, writeFileAtomic } from './atomic-write';
import { errno } from './fs-ops';
import { clockLabel, decodeDraftBytes, layout, type StoreContext } from './store-context';
import { newestGoodGeneration, quarantineFile } from './store-history';

export type GoodRead = Extract<ReadDraftResult, { ok: true }> & {
  /** Set when the file had to be restored from history. */
  readonly notice: string | null;
};

/** Reads drafts/<id>.json; on damage or loss restores the newest good generation, or throws a Chinese AppError. */
export async function readCurrentWithRecovery(ctx: StoreContext, id: string): Promise<GoodRead> {
  const { fs } = ctx;
  const paths = layout(ctx.dataDir);
  const file = paths.current(id);
  let bytes: Uint8Array | null = null;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    if (errno(err) !== 'ENOENT') throw toAppError(err, '读取草稿', '');
  }
  let quarantined: string | null = null;
  if (bytes) {
    const result = decodeDraftBytes(bytes, id);
    if (result.ok) return { ...result, notice: null };
    if (result.code === 'TOO_NEW') throw new AppError('UNSUPPORTED', result.message);
    try {
      quarantined = await quarantineFile(ctx, file, id);
    } catch (err) {
      throw toAppError(err, '隔离损坏的草稿文件', '损坏的文件保持原样未动。');
    }
  } else if (await fs.stat(paths.trashed(id))) {
    throw new AppError('NOT_FOUND', '该草稿已移到回收站。');
  }
  const good = await newestGoodGeneration(ctx, id);
  if (!good) {
    if (!quarantined) throw new AppError('NOT_FOUND', '找不到该草稿。');
    throw new AppError(
      'CORRUPT',
      `草稿文件已损坏，且没有可用的备份。损坏的文件已原样保存在 ${quarantined}，可交技术支持尝试修复。`,
    );
  }
  try {
    await writeFileAtomic(fs, file, good.bytes, { retry: ctx.retry });
  } catch (err) {
    throw toAppError(err, '从备份恢复草稿', '备份文件完好。');
  }
  const when = clockLabel(good.result.envelope.savedAt, ctx.now());
  const notice = quarantined
    ? `草稿文件损坏，已从 ${when} 的备份恢复。损坏的文件已原样移到 quarantine 文件夹。`
    : `草稿文件丢失，已从 ${when} 的备份恢复。`;
  return { ...good.result, notice };
}
