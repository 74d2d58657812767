// Reading the reports to review: files and folders → units (draft + 需核对 cells) and the unreadable ones with a reason.
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/ipc/result';
import { errnoOf, fsReason } from '../fs-errno';
import type { ReviewUnit } from '../../shared/review';
import type { ImportResult } from '../../shared/import';

/** Extensions taken from a folder (a file named explicitly is read whatever its name). */
const REPORT_EXT = /\.(json|txt|docx|html?|xhtml|mht|mhtml|pdf)$/i;

export interface Unreadable {
  readonly file: string;
  readonly reason: string;
}

export interface LoadedUnits {
  readonly units: ReviewUnit[];
  readonly unreadable: Unreadable[];
}

function reasonOf(err: unknown): string {
  if (err instanceof AppError) return err.message;
  const reason = fsReason(errnoOf(err));
  if (reason) return reason;
  return `无法读取（${err instanceof Error ? err.message : String(err)}）`;
}

async function listFolder(dir: string, out: string[], depth: number): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory() && depth < 3) await listFolder(full, out, depth + 1);
    else if (e.isFile() && REPORT_EXT.test(e.name)) out.push(full);
  }
}

/** Expands folders (three levels deep, report files only); a missing path is reported, not skipped. */
export async function expandPaths(
  paths: readonly string[],
): Promise<{ files: string[]; unreadable: Unreadable[] }> {
  const files: string[] = [];
  const unreadable: Unreadable[] = [];
  for (const p of paths) {
    try {
      const st = await fs.stat(p);
      if (st.isDirectory()) {
        const before = files.length;
        await listFolder(p, files, 0);
        if (files.length === before) unreadable.push({ file: p, reason: '文件夹中没有可读取的报告文件' });
      } else files.push(p);
    } catch (err) {
      unreadable.push({ file: p, reason: reasonOf(err) });
    }
  }
  return { files: [...new Set(files)], unreadable };
}

/** The import pipeline as review uses it: the app's budgeted worker (main/import/worker), one reused for all files. */
export type UnitImporter = (fileName: string, bytes: Uint8Array) => Promise<ImportResult>;

/** Reads one file through the import pipeline (draft files as they are, published reports parsed). */
export async function loadUnit(file: string, importer: UnitImporter, display = file): Promise<ReviewUnit> {
  const bytes = new Uint8Array(await fs.readFile(file));
  const { draft, report } = await importer(path.basename(file), bytes);
  return { file: display, draft, unresolved: report.unresolved };
}

/** Every file through one import worker with the app's time and memory budgets; the worker is closed at the end. */
export async function loadUnits(paths: readonly string[]): Promise<LoadedUnits> {
  const { createThreadRunner } = await import('../import/worker/thread-host');
  const runner = createThreadRunner();
  try {
    return await loadUnitsWith(paths, (name, bytes) => runner.run(name, bytes));
  } finally {
    runner.close();
  }
}

export async function loadUnitsWith(paths: readonly string[], importer: UnitImporter): Promise<LoadedUnits> {
  const { files, unreadable } = await expandPaths(paths);
  const units: ReviewUnit[] = [];
  for (const f of files) {
    try {
      units.push(await loadUnit(f, importer));
    } catch (err) {
      unreadable.push({ file: f, reason: reasonOf(err) });
    }
  }
  return { units, unreadable };
}
