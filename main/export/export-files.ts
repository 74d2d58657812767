// The one export orchestration (CLI and app): refuse existing files, render every kind, then write them all.
import { promises as fs } from 'node:fs';
import type { Draft } from '../../shared/draft/schema';
import type { FontSetOptions } from './pdf/fonts';
import { documentOf, render, type ExportKind } from './render';
import { writeFileSafely } from './safe-write';

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
 * Renders every target first, then writes them: a failure while rendering leaves no partial set of files behind.
 * Without `overwrite` an existing file fails with EXISTS (writeFileSafely); callers ask `existingTargets` first.
 */
export async function exportFiles(
  draft: Draft,
  targets: readonly ExportTarget[],
  options: { readonly overwrite?: boolean; readonly fonts?: FontSetOptions } = {},
): Promise<ExportedTarget[]> {
  const doc = documentOf(draft);
  const rendered = await Promise.all(
    targets.map(async (t) => {
      const started = performance.now();
      const out = await render(doc, t.kind, options.fonts);
      return { ...t, out, ms: Math.round(performance.now() - started) };
    }),
  );
  const written: ExportedTarget[] = [];
  for (const t of rendered) {
    await writeFileSafely(t.file, t.out.bytes, options.overwrite === true);
    written.push({
      kind: t.kind,
      file: t.file,
      bytes: t.out.bytes.length,
      pages: t.out.pages,
      warnings: t.out.warnings,
      ms: t.ms,
    });
  }
  return written;
}
