// Browser mode: files this server has just exported, offered back to the page as downloads (GET /download?path=…).
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** How long after an export its file can still be downloaded from the page. */
export const DOWNLOAD_TTL_MS = 12 * 60 * 60 * 1000;
export const DOWNLOAD_PATH = '/download';

/** Channels whose results name files the server wrote. */
const WRITING_CHANNELS: ReadonlySet<string> = new Set(['export:run', 'drafts:exportFile']);

/** Paths in a writing channel's response (`{path}` or a list of `{kind, path}`). */
export function writtenPathsIn(channel: string, value: unknown): string[] {
  if (!WRITING_CHANNELS.has(channel)) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((item) =>
    item && typeof item === 'object' && typeof (item as { path?: unknown }).path === 'string'
      ? [(item as { path: string }).path]
      : [],
  );
}

export interface DownloadFile {
  readonly name: string;
  readonly bytes: Buffer;
}

/** Remembers what was exported in this session; only those files can be downloaded, and only while recent. */
export class Downloads {
  private readonly files = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  remember(file: string): void {
    if (path.isAbsolute(file)) this.files.set(path.resolve(file), this.now());
  }

  /** The file's name and bytes, or null when it was not exported here recently or is no longer a regular file. */
  async read(file: string): Promise<DownloadFile | null> {
    if (!path.isAbsolute(file)) return null;
    const key = path.resolve(file);
    const at = this.files.get(key);
    if (at === undefined || this.now() - at > DOWNLOAD_TTL_MS) return null;
    try {
      const stat = await fs.lstat(key);
      if (!stat.isFile()) return null;
      return { name: path.basename(key), bytes: await fs.readFile(key) };
    } catch {
      return null;
    }
  }
}

/** `attachment` with an ASCII fallback name and the real (Chinese) name per RFC 6266 / 5987. */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
