// Builds the renderer once per e2e run: into a private folder served by the browser-mode fixtures (`serve --root`,
// so other builds cannot swap files under the running server), and into dist/renderer for the Electron suite when an
// Electron binary exists. The private folder is removed after the run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron/electron-binary';

export default function globalSetup(): () => void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const build = (extra: readonly string[]) => {
    const args = [vite, 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn', ...extra];
    const res = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
    if (res.status !== 0) throw new Error('界面构建失败（vite build）');
  };
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'nianbao-e2e-renderer-'));
  build(['--outDir', outDir, '--emptyOutDir']);
  process.env.NIANBAO_E2E_ROOT = outDir;
  if (electronBinary()) build([]);
  return () => rmSync(outDir, { recursive: true, force: true });
}
