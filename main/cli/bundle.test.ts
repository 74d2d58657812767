// The CLI bundle as built by scripts/build-cli.mjs: it runs, and --version loads none of the heavy modules.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDraftFile } from '../../shared/draft/envelope';
import { renderPdfInWorker } from '../export/pdf-worker/host';

const root = path.resolve(__dirname, '..', '..');
let tmp: string;
let out: string;

beforeAll(() => {
  // Inside the repository (.tmp/ is ignored) so that the bundle's external packages resolve from node_modules.
  mkdirSync(path.join(root, '.tmp'), { recursive: true });
  tmp = mkdtempSync(path.join(root, '.tmp', 'cli-bundle-'));
  out = path.join(tmp, 'cli');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-cli.mjs')], {
    cwd: root,
    env: { ...process.env, NIANBAO_BUILD_OUT: out },
    stdio: 'pipe',
  });
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the bundle's main() in a fresh Node process and lists the package files it loaded. */
function runBundle(args: string[]): { stdout: string; loaded: string[] } {
  const script = `
    const { main } = await import(${JSON.stringify(pathToFileURL(path.join(out, 'nianbao.mjs')).href)});
    const code = await main(${JSON.stringify(args)});
    const { createRequire } = await import('node:module');
    const loaded = Object.keys(createRequire(import.meta.url).cache);
    process.stdout.write('\\n@@' + JSON.stringify({ code, loaded }));
  `;
  const text = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: tmp,
    encoding: 'utf8',
    // The compiled-code cache of `export` stays inside the test's folder.
    env: { ...process.env, NIANBAO_CACHE_DIR: path.join(tmp, 'cache') },
  });
  const at = text.lastIndexOf('\n@@');
  const { code, loaded } = JSON.parse(text.slice(at + 3)) as { code: number; loaded: string[] };
  expect(code).toBe(0);
  return { stdout: text.slice(0, at), loaded };
}

/** The chunk files the entry imports statically (what `--version` parses). */
function staticChunks(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(/^import\s[^;]*?from\s+"(\.\/chunks\/[^"]+)"|^import\s+"(\.\/chunks\/[^"]+)"/gm),
  ].map((m) => path.join(out, m[1] ?? m[2] ?? ''));
}

it('prints the version from the bundle', () => {
  expect(runBundle(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
});

it('keeps pdf-lib, docx, pdf.js, mammoth and fontkit out of what --version loads', () => {
  const seen = new Set<string>();
  const queue = [path.join(out, 'nianbao.mjs')];
  let text = '';
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    text += readFileSync(file, 'utf8');
    queue.push(...staticChunks(file));
  }
  // Code of pdf-lib, docx, mammoth; imports of the external fontkit, subset-font, pdf.js.
  const heavy = [
    'PDFDocument',
    'Packer',
    'convertToHtml',
    'from "fontkit"',
    'from "subset-font"',
    'from "pdfjs-dist',
  ];
  for (const marker of heavy) {
    expect(text).not.toContain(marker);
  }
  // …while the bundle as a whole has them, in chunks loaded on use.
  const all = readdirSync(path.join(out, 'chunks'))
    .filter((f) => f.endsWith('.mjs') || f === 'import-worker.cjs')
    .map((f) => readFileSync(path.join(out, 'chunks', f), 'utf8'))
    .join('');
  for (const marker of heavy.slice(0, 3)) expect(all).toContain(marker);
  expect(runBundle(['--version']).loaded.filter((f) => /pdfjs-dist|fontkit|subset-font/.test(f))).toEqual([]);
});

it('exports a PDF from the bundle with the bundled fonts, from another working folder', () => {
  const draft = path.join(root, 'main', 'export', '__fixtures__', 'seed-003.draft.json');
  const pdf = path.join(tmp, 'seed.pdf');
  const { stdout } = runBundle(['export', draft, '--pdf', pdf, '--bundled-fonts']);
  expect(stdout).toMatch(/已导出 PDF：.*，6 页/);
  expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
}, 60_000);

it('keeps the export writers’ compiled code in the cache folder and uses it in the next process', () => {
  const draft = path.join(root, 'main', 'export', '__fixtures__', 'seed-003.draft.json');
  const code = path.join(tmp, 'cache', 'code');
  rmSync(code, { recursive: true, force: true });
  const files = (n: number) =>
    ['pdf', 'docx', 'html'].flatMap((k) => [`--${k}`, path.join(tmp, `c${n}.${k}`)]);
  expect(runBundle(['export', draft, ...files(1), '--bundled-fonts']).stdout).toMatch(/已导出 PDF：.*，6 页/);
  const cached = readdirSync(code);
  expect(cached).toContainEqual(expect.stringMatching(/^render-cjs-main-.*\.bin$/));
  const stamps = cached.map((f) => statSync(path.join(code, f)).mtimeMs);
  // Used, hence not written again; the files are the same.
  expect(runBundle(['export', draft, ...files(2), '--bundled-fonts']).stdout).toMatch(/已导出 PDF：.*，6 页/);
  expect(cached.map((f) => statSync(path.join(code, f)).mtimeMs)).toEqual(stamps);
  expect(readFileSync(path.join(tmp, 'c2.html'))).toEqual(readFileSync(path.join(tmp, 'c1.html')));
  const pdf1 = readFileSync(path.join(tmp, 'c1.pdf'));
  const pdf2 = readFileSync(path.join(tmp, 'c2.pdf'));
  expect(pdf2.subarray(0, pdf2.length - 2048)).toEqual(pdf1.subarray(0, pdf1.length - 2048));
}, 60_000);

it('renders a PDF in the bundled worker, which takes the writers from render.cjs with its own code cache', async () => {
  const parsed = parseDraftFile(
    readFileSync(path.join(root, 'main', 'export', '__fixtures__', 'seed-003.draft.json'), 'utf8'),
  );
  if (!parsed.ok) throw new Error(parsed.message);
  const cache = path.join(tmp, 'worker-cache');
  const script = path.join(out, 'chunks', 'pdf-worker.cjs');
  const first = await renderPdfInWorker(parsed.draft, { searchDirs: [] }, script, cache);
  expect(first.pages).toBe(6);
  const code = path.join(cache, 'code');
  expect(readdirSync(code)).toEqual([expect.stringMatching(/^render-cjs-pdf-worker-.*\.bin$/)]);
  const second = await renderPdfInWorker(parsed.draft, { searchDirs: [] }, script, cache);
  expect(second.pages).toBe(6);
  expect(Buffer.from(second.bytes.subarray(0, 100_000))).toEqual(
    Buffer.from(first.bytes.subarray(0, 100_000)),
  );
}, 60_000);
