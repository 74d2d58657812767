#!/usr/bin/env node
// Bundles the `nianbao` command line (dist/cli/nianbao.cjs) so bin/nianbao.mjs starts without compiling TypeScript.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildImportWorker, MAIN_EXTERNALS } from './build-main.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// NIANBAO_BUILD_OUT lets tests build into a temporary folder instead of dist/cli.
const out = process.env.NIANBAO_BUILD_OUT
  ? path.resolve(process.env.NIANBAO_BUILD_OUT)
  : path.join(root, 'dist', 'cli');

/** The bundle file bin/nianbao.mjs looks for. */
export const CLI_BUNDLE = 'nianbao.mjs';

export async function buildCli(outDir = out) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: { nianbao: path.join(root, 'main/cli/index.ts') },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    absWorkingDir: root,
    bundle: true,
    // Code splitting: heavy modules (pdf-lib, docx, pdf.js, mammoth, the store …) sit behind dynamic import() in
    // the commands and land in their own chunks, so `--version` and `--help` read only the small entry chunk.
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: MAIN_EXTERNALS,
    sourcemap: 'linked',
    minify: false,
    legalComments: 'linked',
    logLevel: 'warning',
    // CommonJS dependencies inside an ES module bundle still call require() and read __filename / __dirname.
    banner: {
      js: [
        "import { createRequire as __nianbaoCreateRequire } from 'node:module';",
        "import { fileURLToPath as __nianbaoFileURLToPath } from 'node:url';",
        'const require = __nianbaoCreateRequire(import.meta.url);',
        'const __filename = __nianbaoFileURLToPath(import.meta.url);',
        "const __dirname = __nianbaoFileURLToPath(new globalThis.URL('.', import.meta.url));",
      ].join('\n'),
    },
  });
  // The import worker next to the chunk that starts it (main/import/worker/thread-host.ts looks beside itself), so
  // `nianbao import`/`review` run the bundled worker instead of compiling its sources.
  await buildImportWorker(path.join(outDir, 'chunks', 'import-worker.cjs'));
  return path.join(outDir, CLI_BUNDLE);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `prepare` runs this on `npm install`; without esbuild (a production-only install) there is nothing to build and
  // bin/nianbao.mjs runs the TypeScript sources.
  if (!existsSync(path.join(root, 'node_modules', 'esbuild'))) {
    console.log('未安装 esbuild，跳过命令行打包（nianbao 将直接运行源代码）');
  } else {
    const file = await buildCli();
    console.log(`已构建 ${path.relative(root, file)}`);
  }
}
