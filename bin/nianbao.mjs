#!/usr/bin/env node
// The `nianbao` command: runs the bundled CLI (dist/cli/nianbao.mjs) when it is up to date, else the TypeScript
// sources through tsx. Rule: NIANBAO_DEV=1 → sources; NIANBAO_DEV=0 → bundle; otherwise the bundle unless it is
// missing or any source file (main/, shared/, package.json) is newer than it — a stale bundle never runs.
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';

const root = path.resolve(path.dirname(realpathSync(fileURLToPath(import.meta.url))), '..');
const bundle = path.join(root, 'dist', 'cli', 'nianbao.mjs');

/** True when some source file is newer than `mtime` (stops at the first one). */
function sourcesNewerThan(mtime) {
  const pkg = path.join(root, 'package.json');
  if (existsSync(pkg) && statSync(pkg).mtimeMs > mtime) return true;
  const stack = [path.join(root, 'main'), path.join(root, 'shared')];
  while (stack.length > 0) {
    const dir = stack.pop();
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== '__fixtures__' && e.name !== 'node_modules') stack.push(p);
      } else if (/\.(ts|tsx|json)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) {
        if (statSync(p).mtimeMs > mtime) return true;
      }
    }
  }
  return false;
}

function useBundle() {
  const dev = process.env.NIANBAO_DEV;
  if (dev === '1') return false;
  if (!existsSync(bundle)) return false;
  if (dev === '0') return true;
  // An installed copy without sources (only dist/) always runs the bundle.
  if (!existsSync(path.join(root, 'main', 'cli', 'index.ts'))) return true;
  return !sourcesNewerThan(statSync(bundle).mtimeMs);
}

// Bundled fonts are found next to the app, wherever the command was started from (also through a symlink).
process.env.NIANBAO_FONTS_DIR ??= path.join(root, 'assets', 'fonts');
// A closed pipe (`nianbao formats | head`) is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

// `nianbao export` is one export, then the process ends: V8's optimising compilers never pay back. TurboFan compiled
// hot JavaScript (docx's XML writer, pdf-lib, the layout) and HarfBuzz's wasm on background threads for ~40 % of the
// CPU of a cold export of seed-003, and the main thread waited for the wasm; the baseline tiers (Ignition/Sparkplug,
// Liftoff) finish sooner. Process-wide (the PDF worker too), set here before any code runs: the app, `nianbao
// serve` and tests running main() in-process keep the defaults.
if (process.argv.slice(2).find((a) => !a.startsWith('-')) === 'export') {
  v8.setFlagsFromString('--no-opt');
  v8.setFlagsFromString('--liftoff-only');
}

let main;
if (useBundle()) {
  module.enableCompileCache?.(); // Node ≥ 22.1: cached V8 code for the bundle
  ({ main } = await import(pathToFileURL(bundle).href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../main/cli/index.ts'));
}
process.exitCode = await main(process.argv.slice(2));
