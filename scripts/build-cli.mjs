#!/usr/bin/env node
// Bundles the `nianbao` command line (dist/cli/nianbao.cjs) so bin/nianbao.mjs starts without compiling TypeScript.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
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

/**
 * fontkit builds lookup tables at import time that the PDF writer never uses: Unicode tries for text shaping
 * (inflated from base64, ~50 ms) and the Brotli dictionary for WOFF2 (~50 ms). In the CLI bundle these modules are
 * replaced by lazy wrappers with the same interface, which build the real thing on first use (never, for our fonts).
 */
const lazyFontData = {
  name: 'lazy-font-data',
  setup(b) {
    const wrappers = {
      'unicode-trie': (real) =>
        `const load = () => require(${JSON.stringify(real)});\n` +
        'module.exports = class LazyUnicodeTrie {\n' +
        '  constructor(data) { this._data = data; this._trie = null; }\n' +
        '  get(codePoint) { return (this._trie ??= new (load())(this._data)).get(codePoint); }\n' +
        '};\n',
      'brotli/decompress.js': (real) =>
        `module.exports = (...args) => require(${JSON.stringify(real)})(...args);\n`,
    };
    b.onResolve({ filter: /^(unicode-trie|brotli\/decompress\.js)$/ }, async (args) => {
      if (args.pluginData === 'real') return undefined;
      const real = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        pluginData: 'real',
      });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'lazy-font-data', pluginData: args.path };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-font-data' }, (args) => ({
      contents: wrappers[args.pluginData](args.path),
      loader: 'js',
      resolveDir: path.dirname(args.path),
    }));
    // The wrapper's require of the real file must reach the real module, not the wrapper again.
    b.onResolve({ filter: /\.js$/, namespace: 'lazy-font-data' }, (args) => ({ path: args.path }));
  },
};

/**
 * docx's build spreads objects with Babel's `_objectSpread2` (per-key defineProperty through closures), called for
 * every XML attribute while packing: a third of a cold DOCX export. Its odd-position arguments (the spread sources)
 * go through Object.assign instead; the target is always a fresh object literal, so the result is the same.
 */
const DOCX_SPREAD = `r % 2 ? ownKeys(Object(t), !0).forEach(function(r) {
\t\t\t_defineProperty(e, r, t[r]);
\t\t}) :`;
const fastDocxSpread = {
  name: 'fast-docx-spread',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]docx[\\/]dist[\\/]index\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(DOCX_SPREAD)) {
        console.warn('docx 的 _objectSpread2 已变化，未替换（打包结果仍正确，只是较慢）');
        return undefined;
      }
      return { contents: source.replace(DOCX_SPREAD, 'r % 2 ? Object.assign(e, t) :'), loader: 'js' };
    });
  },
};

/** renderer.ts's fallback to the sources (`import('./render')`) left out of a bundle that loads render.cjs. */
const withoutRenderSources = {
  name: 'without-render-sources',
  setup(b) {
    b.onResolve({ filter: /^\.\/render$/ }, (args) =>
      /[\\/]renderer\.ts$/.test(args.importer) ? { path: args.path, external: true } : undefined,
    );
  },
};

export async function buildCli(outDir = out) {
  const { build } = await import('esbuild');
  // Chunk names carry content hashes: without this, every build would leave the previous chunks beside the new ones.
  await rm(path.join(outDir, 'chunks'), { recursive: true, force: true });
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
    // fontkit is bundled here (with lazyFontData); the Electron build keeps it external.
    external: MAIN_EXTERNALS.filter((m) => m !== 'fontkit'),
    plugins: [lazyFontData, fastDocxSpread],
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
  // The writers for `nianbao export` as one CommonJS file (main/export/renderer.ts): loaded through the code cache
  // (main/export/code-cache.ts), which needs a script, not an ES module. Its first line names its content hash.
  const cjs = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: MAIN_EXTERNALS.filter((m) => m !== 'fontkit'),
    define: { 'import.meta.url': '__nianbaoImportMetaUrl' },
    sourcemap: 'linked',
    legalComments: 'linked',
    logLevel: 'warning',
  };
  const renderFile = path.join(outDir, 'chunks', 'render.cjs');
  const rendered = await build({
    ...cjs,
    entryPoints: [path.join(root, 'main/export/render.ts')],
    outfile: renderFile,
    plugins: [lazyFontData, fastDocxSpread],
    banner: {
      js: `// nianbao-bundle ${'0'.repeat(64)}\nconst __nianbaoImportMetaUrl = require('node:url').pathToFileURL(__filename).href;`,
    },
    write: false,
  });
  for (const file of rendered.outputFiles) {
    let text = file.text;
    if (file.path === renderFile) {
      // The id line keeps its length: the source map's lines stay right.
      const rest = text.slice(text.indexOf('\n') + 1);
      text = `// nianbao-bundle ${createHash('sha256').update(rest).digest('hex')}\n${rest}`;
    }
    await mkdir(path.dirname(file.path), { recursive: true });
    await writeFile(file.path, text);
  }
  // The PDF worker (main/export/pdf-worker/host.ts): `nianbao export` with several kinds renders the PDF there,
  // beside the DOCX and HTML. It loads render.cjs like the main thread; the sources' fallback import stays out.
  await build({
    ...cjs,
    entryPoints: [path.join(root, 'main/export/pdf-worker/entry.ts')],
    outfile: path.join(outDir, 'chunks', 'pdf-worker.cjs'),
    plugins: [withoutRenderSources],
    banner: { js: "const __nianbaoImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
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
