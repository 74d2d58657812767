// The draft-file envelope built with Node's native sha256 (5× faster than the pure-JS hash on a 2 MB draft).
// Must produce exactly what shared/draft/envelope.ts wrapDraft() produces; draft-store.test.ts checks the bytes.
import { createHash } from 'node:crypto';
import { FILE_MARKER, hashedText, type Envelope } from '../../shared/draft/envelope';
import { DRAFT_SCHEMA_VERSION, type Draft } from '../../shared/draft/schema';

export function nativePayloadHash(payload: unknown): string {
  return createHash('sha256').update(hashedText(payload), 'utf8').digest('hex');
}

/** Same keys in the same order as wrapDraft(), so JSON.stringify gives the same text as serializeDraft(). */
export function envelopeOf(draft: Draft, appVersion: string, savedAt: string): Envelope {
  return {
    format: FILE_MARKER,
    schemaVersion: DRAFT_SCHEMA_VERSION,
    appVersion,
    savedAt,
    sha256: nativePayloadHash(draft),
    payload: draft,
  };
}
