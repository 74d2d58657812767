// Generations on disk: write one per save (from the validated bytes), prune by the retention policy, find the newest good one.
import type { ReadDraftResult } from '../../shared/draft/envelope';
import { withBusyRetry, writeFileAtomic } from './atomic-write';
import {
  classifyGenerations,
  generationFileName,
  parseGenerationFileName,
  type GenerationKind,
  type GenerationRef,
} from './generations';
import { decodeDraftBytes, layout, stamp, type StoreContext } from './store-context';

export async function listGenerationRefs(ctx: StoreContext, id: string): Promise<GenerationRef[]> {
  const names = await ctx.fs.readdir(layout(ctx.dataDir).historyDir(id));
  const refs: GenerationRef[] = [];
  for (const name of names) {
    const ref = parseGenerationFileName(name);
    if (ref) refs.push(ref);
  }
  return refs.sort((a, b) => b.ms - a.ms || (a.generationId < b.generationId ? 1 : -1));
}

export async function writeGeneration(
  ctx: StoreContext,
  id: string,
  ms: number,
  sha256: string,
  bytes: Uint8Array,
): Promise<string> {
  const paths = layout(ctx.dataDir);
  await ctx.fs.mkdirp(paths.historyDir(id));
  const name = generationFileName(ms, sha256);
  await writeFileAtomic(ctx.fs, `${paths.historyDir(id)}/${name}`, bytes, { retry: ctx.retry });
  return name.slice(0, -'.json'.length);
}

/** Deletes generations the policy no longer keeps; returns the kinds of those kept. */
export async function pruneGenerations(ctx: StoreContext, id: string): Promise<Map<string, GenerationKind>> {
  const refs = await listGenerationRefs(ctx, id);
  const { keep, drop } = classifyGenerations(refs, ctx.now().getTime());
  for (const generationId of drop) {
    await ctx.fs.unlink(layout(ctx.dataDir).generation(id, generationId)).catch(() => undefined);
  }
  return keep;
}

export interface GoodGeneration {
  readonly ref: GenerationRef;
  readonly bytes: Uint8Array;
  readonly result: Extract<ReadDraftResult, { ok: true }>;
}

export async function readGeneration(
  ctx: StoreContext,
  id: string,
  generationId: string,
): Promise<{ bytes: Uint8Array; result: ReadDraftResult } | null> {
  let bytes: Uint8Array;
  try {
    bytes = await ctx.fs.readFile(layout(ctx.dataDir).generation(id, generationId));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'ENOTREG' || code === 'EISDIR') {
      const message = '历史版本不是普通文件，无法读取。';
      return { bytes: new Uint8Array(0), result: { ok: false, code: 'NOT_JSON', message } };
    }
    throw err;
  }
  return { bytes, result: decodeDraftBytes(bytes, id) };
}

/** Moves a damaged file into quarantine/ unchanged (a rename: byte for byte) and returns its new path. */
export async function quarantineFile(ctx: StoreContext, src: string, label: string): Promise<string> {
  const dir = layout(ctx.dataDir).quarantine;
  await ctx.fs.mkdirp(dir);
  const target = `${dir}/${label}-${stamp(ctx.now())}-${Math.random().toString(36).slice(2, 6)}.corrupt`;
  await withBusyRetry(() => ctx.fs.rename(src, target), ctx.retry);
  return target;
}

/**
 * The newest generation that parses, matches its checksum and validates. Damaged generations met on the
 * way are quarantined so they are not tried again.
 */
export async function newestGoodGeneration(ctx: StoreContext, id: string): Promise<GoodGeneration | null> {
  for (const ref of await listGenerationRefs(ctx, id)) {
    const read = await readGeneration(ctx, id, ref.generationId);
    if (!read) continue;
    if (read.result.ok) return { ref, bytes: read.bytes, result: read.result };
    if (read.result.code === 'TOO_NEW') continue;
    await quarantineFile(
      ctx,
      layout(ctx.dataDir).generation(id, ref.generationId),
      `${id}-history-${ref.generationId}`,
    );
  }
  return null;
}
