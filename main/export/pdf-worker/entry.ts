// The PDF worker thread: renders one draft's PDF and posts the bytes back (their buffer transferred, not copied).
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../shared/ipc/result';
import type { Draft } from '../../../shared/draft/schema';
import type { FontSetOptions } from '../pdf/fonts';
import { documentOf, render } from '../render';

export interface PdfJob {
  readonly draft: Draft;
  readonly fonts: FontSetOptions;
}

export type PdfReply =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly pages: number; readonly warnings: string[] }
  | { readonly ok: false; readonly message: string; readonly code?: string };

parentPort?.once('message', (job: PdfJob) => {
  render(documentOf(job.draft), 'pdf', job.fonts).then(
    (out) => {
      const reply: PdfReply = { ok: true, bytes: out.bytes, pages: out.pages, warnings: [...out.warnings] };
      parentPort?.postMessage(reply, [out.bytes.buffer as ArrayBuffer]);
    },
    (err: unknown) => {
      const code = err instanceof AppError ? err.code : undefined;
      const message = err instanceof Error ? err.message : String(err);
      const reply: PdfReply = code ? { ok: false, message, code } : { ok: false, message };
      parentPort?.postMessage(reply);
    },
  );
});
