#!/usr/bin/env node
// Bundles the Electron main process (dist/electron/main.cjs), the sandboxed preload (dist/electron/preload.cjs)
// and the import worker (dist/electron/import-worker.cjs).
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// NIANBAO_BUILD_OUT lets tests build into a temporary folder instead of dist/electron.
const out = process.env.NIANBAO_BUILD_OUT
  ? path.resolve(process.env.NIANBAO_BUILD_OUT)
  : path.join(root, 'dist', 'electron');
const production = process.env.NODE_ENV === 'production' || process.argv.includes('--production');

/**
 * Left to node_modules (electron-builder packs production dependencies): electron itself, and packages that load
 * files next to their own code at run time (WebAssembly, workers, data files), which a bundle would cut off.
 */
export const MAIN_EXTERNALS = ['electron', 'subset-font', 'harfbuzzjs', 'pdfjs-dist', 'fontkit', 'canvas'];

/** A sandboxed preload may require only these (Electron docs: sandbox.md). */
const PRELOAD_REQUIRES = new Set(['electron', 'events', 'timers', 'url']);

const common = {
  bundle: true,
  format: 'cjs',
  target: 'es2022',
  sourcemap: production ? false : 'linked',
  minify: false,
  legalComments: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
};

/** The import worker bundle (main/import/worker/entry.ts); the CLI bundle gets one too (scripts/build-cli.mjs). */
export async function buildImportWorker(outfile) {
  await build({
    ...common,
    entryPoints: [path.join(root, 'main/import/worker/entry.ts')],
    outfile,
    platform: 'node',
    target: 'node22',
    external: MAIN_EXTERNALS,
    define: { 'import.meta.url': '__nianbaoImportMetaUrl' },
    banner: { js: "const __nianbaoImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
}

/**
 * Serves the preload's imports of shared/ipc/contract and shared/ipc/shell-channels as the plain lists of channel
 * names they export (no zod in the preload).
 */
async function contractNamesPlugin() {
  const modules = {
    contract: { file: path.join(root, 'shared/ipc/contract.ts'), exportName: 'channelNames' },
    'shell-channels': {
      file: path.join(root, 'shared/ipc/shell-channels.ts'),
      exportName: 'shellChannelNames',
    },
  };
  const contents = {};
  for (const [key, { file, exportName }] of Object.entries(modules)) {
    const names = (await tsImport(pathToFileURL(file).href, import.meta.url))[exportName];
    if (!Array.isArray(names) || names.length === 0) throw new Error(`${file}: ${exportName} 不是名称列表`);
    contents[key] = `export const ${exportName} = Object.freeze(${JSON.stringify(names)});`;
  }
  return {
    name: 'contract-names',
    setup(b) {
      b.onResolve({ filter: /\/ipc\/(contract|shell-channels)$/ }, (args) => ({
        path: args.path.endsWith('shell-channels') ? 'shell-channels' : 'contract',
        namespace: 'contract-names',
      }));
      b.onLoad({ filter: /.*/, namespace: 'contract-names' }, (args) => ({
        contents: contents[args.path],
        loader: 'js',
      }));
    },
  };
}

async function main() {
  await build({
    ...common,
    entryPoints: [path.join(root, 'main/electron/main.ts')],
    outfile: path.join(out, 'main.cjs'),
    platform: 'node',
    target: 'node22',
    external: MAIN_EXTERNALS,
    // ESM dependencies may use import.meta.url; give them this bundle's own URL instead of undefined.
    define: { 'import.meta.url': '__nianbaoImportMetaUrl' },
    banner: { js: "const __nianbaoImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  await build({
    ...common,
    entryPoints: [path.join(root, 'main/electron/preload.ts')],
    outfile: path.join(out, 'preload.cjs'),
    platform: 'browser',
    external: ['electron'],
    plugins: [await contractNamesPlugin()],
  });
  // --- import worker (main/import/worker): run by utilityProcess in Electron, by worker_threads under Node ---
  await buildImportWorker(path.join(out, 'import-worker.cjs'));
  // --- end import worker ---
  const preload = await readFile(path.join(out, 'preload.cjs'), 'utf8');
  const required = [...preload.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
  const bad = required.filter((name) => !PRELOAD_REQUIRES.has(name));
  if (bad.length) {
    console.error(`预加载脚本引用了沙箱中不可用的模块：${[...new Set(bad)].join(', ')}`);
    process.exit(1);
  }
  console.log(`已构建 ${path.relative(root, out)}/main.cjs、preload.cjs 与 import-worker.cjs`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
