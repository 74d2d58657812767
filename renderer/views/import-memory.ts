// Which files were imported into which report (by content hash), so importing the same file again is recognised.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const KEY = 'nianbao.imported-files';
const MAX = 200;

export interface ImportedFile {
  readonly name: string;
  readonly draftId: string;
  readonly at: string;
}

/** The content hash of a picked file (its base64 text identifies its bytes). */
export function fileHash(base64: string): string {
  return bytesToHex(sha256(Uint8Array.from(base64, (ch) => ch.charCodeAt(0) & 0xff)));
}

function load(): Record<string, ImportedFile> {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, ImportedFile>) : {};
  } catch {
    return {};
  }
}

/** The earlier import of the same content, if the report it became still exists. */
export function earlierImport(hash: string, existingIds: ReadonlySet<string>): ImportedFile | null {
  const hit = load()[hash];
  return hit && existingIds.has(hit.draftId) ? hit : null;
}

export function rememberImport(hash: string, entry: ImportedFile): void {
  try {
    const all = { ...load(), [hash]: entry };
    const kept = Object.entries(all)
      .sort((a, b) => b[1].at.localeCompare(a[1].at))
      .slice(0, MAX);
    globalThis.localStorage?.setItem(KEY, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // Storage full or unavailable: duplicates are then simply not recognised.
  }
}
