// The session marker: written at start, removed on a clean close; found at the next start it means an unclean exit.
import { writeFileAtomic } from './atomic-write';
import { errno } from './fs-ops';
import { layout, type StoreContext } from './store-context';

export interface SessionMarker {
  readonly pid: number;
  readonly startedAt: string;
}

export async function readSessionMarker(ctx: StoreContext): Promise<SessionMarker | null> {
  let bytes: Uint8Array;
  try {
    bytes = await ctx.fs.readFile(layout(ctx.dataDir).session);
  } catch (err) {
    if (errno(err) === 'ENOENT') return null;
    throw err;
  }
  try {
    const raw = JSON.parse(new TextDecoder().decode(bytes)) as Partial<SessionMarker>;
    return {
      pid: typeof raw.pid === 'number' ? raw.pid : 0,
      startedAt: typeof raw.startedAt === 'string' ? raw.startedAt : '',
    };
  } catch {
    // A marker is a marker even if it was cut short.
    return { pid: 0, startedAt: '' };
  }
}

export async function writeSessionMarker(ctx: StoreContext): Promise<void> {
  const marker: SessionMarker = { pid: process.pid, startedAt: ctx.now().toISOString() };
  await writeFileAtomic(
    ctx.fs,
    layout(ctx.dataDir).session,
    new TextEncoder().encode(JSON.stringify(marker)),
    {
      retry: ctx.retry,
    },
  );
}

export async function removeSessionMarker(ctx: StoreContext): Promise<void> {
  try {
    await ctx.fs.unlink(layout(ctx.dataDir).session);
  } catch (err) {
    if (errno(err) !== 'ENOENT') throw err;
  }
}
