// Serves the built renderer (dist/renderer) read-only: safe path resolution, MIME types, token-bearing index.html.
import { promises as fs } from 'node:fs';
import path from 'node:path';

export { mimeOf } from '../mime';

/**
 * Maps a request path (`/assets/x.js`) to a file under `root`, or null. Each segment is decoded on its own and
 * refused when it is `.`/`..` or holds a separator, NUL or colon, so no encoded traversal gets through.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  const segments: string[] = [];
  for (const seg of urlPath.split('/')) {
    if (seg === '') continue;
    let decoded: string;
    try {
      decoded = decodeURIComponent(seg);
    } catch {
      return null;
    }
    if (decoded === '.' || decoded === '..' || /[\\/\0:]/.test(decoded)) return null;
    segments.push(decoded);
  }
  const rootAbs = path.resolve(root);
  const target = path.resolve(rootAbs, ...(segments.length ? segments : ['index.html']));
  const rel = path.relative(rootAbs, target);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return target;
}

/** Reads a file under root if it is a regular file whose real path is still inside root (no symlink escapes). */
export async function readStatic(root: string, file: string): Promise<Buffer | null> {
  try {
    const [realRoot, realFile] = await Promise.all([fs.realpath(root), fs.realpath(file)]);
    const rel = path.relative(realRoot, realFile);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
    const stat = await fs.stat(realFile);
    if (!stat.isFile()) return null;
    return await fs.readFile(realFile);
  } catch {
    return null;
  }
}
