// Finds the installed app's folder (the one with nianbao's package.json) to locate dist/renderer at run time.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Walks up from `start` to the folder whose package.json is named "nianbao"; null when there is none. */
export function findAppRoot(start: string): string | null {
  let dir = path.resolve(start);
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        const parsed = JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown };
        if (parsed.name === 'nianbao') return dir;
      } catch {
        // not ours; keep walking
      }
    }
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}
