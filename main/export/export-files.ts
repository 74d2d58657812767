// The one export orchestration (CLI and app): refuse existing files, render every kind, then write them all.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import type { Draft } from '../../shared/draft/schema';
import type { FontSetOptions } from './pdf/fonts';
import { pdfWorkerScript, renderPdfInWorker, spareCore } from './pdf-worker/host';
import { documentOf, render, type ExportKind } from './render';
import type { RenderFunctions } from './renderer';
import { stageFile } from './safe-write';

export interface ExportTarget {
  readonly kind: ExportKind;
  readonly file: string;
}

export interface ExportedTarget extends ExportTarget {
  readonly bytes: number;
  /** PDF pages (0 for DOCX/HTML). */
  readonly pages: number;
  /** One-line Chinese warnings (PDF: characters no font has, printed as 〓). */
  readonly warnings: readonly string[];
  /** How long rendering took. */
  readonly ms: number;
}

/** The targets whose file is already there (a link counts: it is never followed). */
export async function existingTargets(targets: readonly ExportTarget[]): Promise<string[]> {
  const found = await Promise.all(
    targets.map(async (t) => {
      try {
        await fs.lstat(t.file);
        return t.file;
      } catch {
        return null;
      }
    }),
  );
  return found.filter((f): f is string => f !== null);
}

/**
 * Renders every target, then puts them all in place at once: a failure while rendering or writing leaves no partial
 * set of files behind. Without `overwrite` an existing file fails with EXISTS; callers ask `existingTargets` first.
 */
export async function exportFiles(
  draft: Draft,
  targets: readonly ExportTarget[],
  options: {
    readonly overwrite?: boolean;
    readonly fonts?: FontSetOptions;
    /** Render the PDF in a worker thread when other kinds are asked for too and a core is spare (the CLI). */
    readonly pdfWorker?: boolean;
    /**
     * Loads the writers (the CLI's come from its code-cached bundle, see renderer.ts), after the PDF worker has been
     * started; default: the imported ones.
     */
    readonly loadWriters?: () => Promise<RenderFunctions>;
    /** The worker's compiled-code cache folder (see code-cache.ts); default: none. */
    readonly cacheDir?: string | null;
  } = {},
): Promise<ExportedTarget[]> {
  const script = options.pdfWorker === true && targets.length > 1 && spareCore() ? pdfWorkerScript() : null;
  // The worker starts first: it boots and loads its writers while this thread loads its own.
  const pdfInWorker =
    script && targets.some((t) => t.kind === 'pdf')
      ? renderPdfInWorker(draft, options.fonts ?? {}, script, options.cacheDir ?? null)
      : null;
  pdfInWorker?.catch(() => undefined); // a failure is reported with its target below
  const writers = options.loadWriters ? await options.loadWriters() : { render, documentOf };
  const doc = writers.documentOf(draft);
  // Each file is written and synced under a temporary name as soon as it is rendered (its fsync overlaps the
  // rendering of the others); none is put in place before all are rendered and staged.
  const staged = await Promise.allSettled(
    targets.map(async (t) => {
      const started = performance.now();
      const out =
        t.kind === 'pdf' && pdfInWorker
          ? await pdfInWorker
          : await writers.render(doc, t.kind, options.fonts);
      const ms = Math.round(performance.now() - started);
      return { ...t, out, ms, file: await stageFile(t.file, out.bytes) };
    }),
  );
  const failedStage = staged.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  const ready = staged.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  if (failedStage) {
    await Promise.all(ready.map((t) => t.file.discard()));
    throw failedStage.reason;
  }
  // Put in place at once. A failure names the files that were written.
  const results = await Promise.allSettled(ready.map((t) => t.file.commit(options.overwrite === true)));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    const done = targets.filter((_, i) => results[i]?.status === 'fulfilled').map((t) => t.file);
    throw withWritten(failed.reason, done);
  }
  return ready.map((t, i) => ({
    kind: t.kind,
    file: targets[i]?.file ?? '',
    bytes: t.out.bytes.length,
    pages: t.out.pages,
    warnings: t.out.warnings,
    ms: t.ms,
  }));
}

/** The write error, its message extended with the files that were written all the same (kept: they are whole). */
function withWritten(err: unknown, done: readonly string[]): unknown {
  if (done.length === 0 || !(err instanceof AppError)) return err;
  const names = done.map((f) => `“${path.basename(f)}”`).join('、');
  return new AppError(err.code, `${err.message}（已写入：${names}）`);
}
