// What every part of the draft store shares: file operations, folder layout, clock, retry policy and draft-file decoding.
import path from 'node:path';
import { parseDraftFile, type ReadDraftResult } from '../../shared/draft/envelope';
import { AppError } from '../../shared/ipc/result';
import type { RetryPolicy } from './atomic-write';
import type { FsOps } from './fs-ops';

export interface StoreContext {
  readonly fs: FsOps;
  readonly dataDir: string;
  readonly appVersion: string;
  readonly retry: RetryPolicy;
  readonly now: () => Date;
}

/** Draft ids become file names: letters, digits, '-' and '_' only. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

export function isSafeId(id: string): boolean {
  return SAFE_ID.test(id);
}

export function assertSafeId(id: string): void {
  if (!isSafeId(id)) throw new AppError('NOT_FOUND', '找不到该草稿（编号无效）。');
}

export function layout(dataDir: string) {
  return {
    drafts: path.join(dataDir, 'drafts'),
    history: path.join(dataDir, 'history'),
    trash: path.join(dataDir, 'trash'),
    quarantine: path.join(dataDir, 'quarantine'),
    session: path.join(dataDir, 'session.json'),
    current: (id: string) => path.join(dataDir, 'drafts', `${id}.json`),
    historyDir: (id: string) => path.join(dataDir, 'history', id),
    generation: (id: string, generationId: string) =>
      path.join(dataDir, 'history', id, `${generationId}.json`),
    trashed: (id: string) => path.join(dataDir, 'trash', `${id}.json`),
    trashedMeta: (id: string) => path.join(dataDir, 'trash', `${id}.deleted`),
  };
}

export type Layout = ReturnType<typeof layout>;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes and checks a draft file's bytes; `expectedId` makes a file under another draft's name count as damaged. */
export function decodeDraftBytes(bytes: Uint8Array, expectedId?: string): ReadDraftResult {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return {
      ok: false,
      code: 'NOT_JSON',
      message: '文件不是有效的草稿文件（不是 UTF-8 文本，可能已损坏）。',
    };
  }
  const result = parseDraftFile(text);
  if (result.ok && expectedId !== undefined && result.draft.id !== expectedId) {
    return { ok: false, code: 'INVALID', message: '文件内的草稿编号与文件名不符。' };
  }
  return result;
}

/** 14:32 today, otherwise 11月20日 14:32 (local time), for notices. */
export function clockLabel(iso: string, now: Date): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const hhmm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  const sameDay =
    d.getFullYear() === now.getFullYear() && d.getMonth() === now.getMonth() && d.getDate() === now.getDate();
  if (sameDay) return hhmm;
  const date = `${d.getMonth() + 1}月${d.getDate()}日`;
  return d.getFullYear() === now.getFullYear() ? `${date} ${hhmm}` : `${d.getFullYear()}年${date} ${hhmm}`;
}

/** A compact, sortable, file-name-safe timestamp: 20261122T013005123Z. */
export function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}
