// Where the `electron` package's binary is, without requiring the package (that would try to download it).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export function electronBinary(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const pkgDir = path.dirname(require.resolve('electron/package.json'));
    const pathFile = path.join(pkgDir, 'path.txt');
    const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
    const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
    const binary = override
      ? path.join(override, relative || 'electron')
      : relative
        ? path.join(pkgDir, 'dist', relative)
        : '';
    return binary && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}
