// The PDF worker thread: renders one draft's PDF and posts the bytes back (their buffer transferred, not copied).
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/ipc/result';
import type { Draft } from '../../../shared/draft/schema';
import type { FontSetOptions } from '../pdf/fonts';
import { loadRenderer } from '../renderer';

export interface PdfJob {
  readonly draft: Draft;
  readonly fonts: FontSetOptions;
}

/** What the worker is started with. */
export interface PdfWorkerData {
  /** The app's cache folder for compiled code (null: none). */
  readonly cacheDir: string | null;
}

export type PdfReply =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly pages: number; readonly warnings: string[] }
  | { readonly ok: false; readonly message: string; readonly code?: string };

async function run(job: PdfJob): Promise<void> {
  const cacheDir = (workerData as PdfWorkerData | null)?.cacheDir ?? null;
  try {
    const renderer = await loadRenderer('pdf-worker', cacheDir);
    const out = await renderer.render(renderer.documentOf(job.draft), 'pdf', job.fonts);
    renderer.saveCache();
    const reply: PdfReply = { ok: true, bytes: out.bytes, pages: out.pages, warnings: [...out.warnings] };
    parentPort?.postMessage(reply, [out.bytes.buffer as ArrayBuffer]);
  } catch (err) {
    const code = err instanceof AppError ? err.code : undefined;
    const message = err instanceof Error ? err.message : String(err);
    const reply: PdfReply = code ? { ok: false, message, code } : { ok: false, message };
    parentPort?.postMessage(reply);
  }
}

parentPort?.once('message', (job: PdfJob) => void run(job));
