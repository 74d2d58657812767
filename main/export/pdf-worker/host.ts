// Renders a PDF in a worker thread, so it runs beside the DOCX/HTML rendering of the same export.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../../shared/ipc/result';
import type { Draft } from '../../../shared/draft/schema';
import { bundledFontsDir } from '../pdf/font-files';
import type { FontSetOptions } from '../pdf/fonts';
import type { Rendered } from '../render';
import type { PdfJob, PdfReply, PdfWorkerData } from './entry';

/** The bundle's worker file, next to the chunk that starts it (scripts/build-cli.mjs writes it). */
export const PDF_WORKER_BUNDLE = 'pdf-worker.cjs';

/** The bundled pdf-worker.cjs beside this code, else the sources through bootstrap.mjs (tsx); null if neither. */
export function pdfWorkerScript(): string | null {
  const dirs: string[] = [];
  if (typeof __dirname === 'string') dirs.push(__dirname);
  const start = process.argv[1] ? path.dirname(path.resolve(process.argv[1])) : process.cwd();
  for (let dir = start; ; dir = path.dirname(dir)) {
    dirs.push(path.join(dir, 'main', 'export', 'pdf-worker'));
    if (path.dirname(dir) === dir) break;
  }
  for (const dir of dirs) {
    const bundled = path.join(dir, PDF_WORKER_BUNDLE);
    if (fs.existsSync(bundled)) return bundled;
    const sources = path.join(dir, 'bootstrap.mjs');
    if (fs.existsSync(sources) && fs.existsSync(path.join(dir, 'entry.ts'))) return sources;
  }
  return null;
}

/**
 * Whether a worker would run beside this thread: a second core that is not already busy (1-minute load). On a busy
 * machine the worker only adds its own start-up (measured: 1.17 s against 1.09 s at load 3.4 on two cores; with the
 * writers' code cached, 2.0 s against 1.9 s at load 11: the worker's start and second copy of the writers cost
 * ~0.12 s of CPU).
 */
export function spareCore(): boolean {
  const cores = os.availableParallelism();
  return cores >= 2 && (os.loadavg()[0] ?? 0) <= cores - 1;
}

/**
 * Renders the draft's PDF in a fresh worker thread (the fonts folder found here: the worker has no entry script),
 * with the compiled-code cache in `cacheDir` (null: none).
 */
export function renderPdfInWorker(
  draft: Draft,
  fonts: FontSetOptions,
  script: string,
  cacheDir: string | null = null,
): Promise<Rendered> {
  const job: PdfJob = { draft, fonts: { ...fonts, bundledDir: fonts.bundledDir ?? bundledFontsDir() } };
  const workerData: PdfWorkerData = { cacheDir };
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData });
    let settled = false;
    worker.once('message', (reply: PdfReply) => {
      settled = true;
      void worker.terminate();
      if (reply.ok) resolve({ bytes: reply.bytes, pages: reply.pages, warnings: reply.warnings });
      else if (reply.code) reject(new AppError(reply.code as ErrorCode, reply.message));
      else reject(new Error(reply.message));
    });
    worker.once('error', (err) => {
      if (!settled) reject(err);
      settled = true;
    });
    worker.once('exit', () => {
      if (!settled) reject(new Error('PDF 导出进程意外退出'));
      settled = true;
    });
    worker.postMessage(job);
  });
}
