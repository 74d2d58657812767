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

/** The hint shown with a draft that cannot be read and has no good backup (listed as 损坏, never dropped). */
export function damagedHint(id: string, why: string): string {
  return (
    `草稿文件已损坏：${why}，且没有可用的备份。文件保持原样在数据目录的 drafts/${id}.json；` +
    '如有导出的草稿文件，可用“导入草稿文件”恢复，或把该文件交技术支持尝试修复。'
  );
}

/** Reads drafts/<id>.json; on damage or loss restores the newest good generation, or throws a Chinese AppError. */
export async function readCurrentWithRecovery(ctx: StoreContext, id: string): Promise<GoodRead> {
  const { fs } = ctx;
  const paths = layout(ctx.dataDir);
  const file = paths.current(id);
  let bytes: Uint8Array | null = null;
  let damage: string | null = null;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    const code = errno(err);
    if (code === 'ENOTREG' || code === 'EISDIR') damage = '不是普通文件';
    else if (code !== 'ENOENT') throw toAppError(err, '读取草稿', '');
  }
  if (bytes) {
    const result = decodeDraftBytes(bytes, id);
    if (result.ok) return { ...result, notice: null };
    if (result.code === 'TOO_NEW') throw new AppError('UNSUPPORTED', result.message);
    damage = result.message.replace(/[。.]$/, '');
  } else if (damage === null && (await fs.stat(paths.trashed(id)))) {
    throw new AppError('NOT_FOUND', '该草稿已移到回收站。');
  }
  const good = await newestGoodGeneration(ctx, id);
  if (!good) {
    if (damage === null) throw new AppError('NOT_FOUND', '找不到该草稿。');
    // Nothing to restore: the damaged file stays where it is, so the draft stays listed (as 损坏) and no later
    // save can replace it unnoticed.
    throw new AppError('CORRUPT', damagedHint(id, damage));
  }
  if (damage !== null) {
    try {
      await quarantineFile(ctx, file, id);
    } catch (err) {
      throw toAppError(err, '隔离损坏的草稿文件', '损坏的文件保持原样未动。');
    }
  }
  try {
    await writeFileAtomic(fs, file, good.bytes, { retry: ctx.retry });
  } catch (err) {
    throw toAppError(err, '从备份恢复草稿', '备份文件完好。');
  }
  const when = clockLabel(good.result.envelope.savedAt, ctx.now());
  const notice =
    damage !== null
      ? `草稿文件损坏，已从 ${when} 的备份恢复。损坏的文件已原样移到 quarantine 文件夹。`
      : `草稿文件丢失，已从 ${when} 的备份恢复。`;
  return { ...good.result, notice };
}
