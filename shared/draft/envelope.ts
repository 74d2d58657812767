// The draft file format: a versioned JSON envelope with a sha256 of the payload, and its reader with migrations.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { DRAFT_SCHEMA_VERSION, draftSchema, type Draft } from './schema';

export const FILE_MARKER = 'nianbao-draft';

export const envelopeSchema = z.object({
  format: z.literal(FILE_MARKER),
  schemaVersion: z.number().int().min(0),
  appVersion: z.string(),
  savedAt: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  payload: z.unknown(),
});

export type Envelope = z.infer<typeof envelopeSchema>;

/** JSON with object keys sorted, so the checksum does not depend on key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      return Object.fromEntries(
        Object.keys(o)
          .sort()
          .map((k) => [k, o[k]]),
      );
    }
    return v;
  });
}

/** The text the checksum covers: the schema version and the payload, so a flipped version digit is caught too. */
export function hashedText(payload: unknown, schemaVersion: number = DRAFT_SCHEMA_VERSION): string {
  return canonicalJson({ schemaVersion, payload });
}

export function payloadHash(payload: unknown, schemaVersion: number = DRAFT_SCHEMA_VERSION): string {
  return bytesToHex(sha256(utf8ToBytes(hashedText(payload, schemaVersion))));
}

export function wrapDraft(draft: Draft, appVersion: string, savedAt = new Date().toISOString()): Envelope {
  return {
    format: FILE_MARKER,
    schemaVersion: DRAFT_SCHEMA_VERSION,
    appVersion,
    savedAt,
    sha256: payloadHash(draft),
    payload: draft,
  };
}

export function serializeDraft(draft: Draft, appVersion: string, savedAt?: string): string {
  return JSON.stringify(wrapDraft(draft, appVersion, savedAt), null, 2) + '\n';
}

/** Migrations from schema version N to N+1, applied in order to the raw payload. */
export type Migration = (payload: unknown) => unknown;
export const migrations: Readonly<Record<number, Migration>> = {};

export type ReadDraftResult =
  | { ok: true; draft: Draft; envelope: Envelope; readOnly: boolean; migratedFrom: number | null }
  | { ok: false; code: 'NOT_JSON' | 'NOT_DRAFT' | 'CHECKSUM' | 'INVALID' | 'TOO_NEW'; message: string };

/**
 * Reads a draft file's text. A file written by a newer app (higher schema version) that still validates
 * opens read-only; one that does not is refused.
 */
export function parseDraftFile(
  text: string,
  migrationTable: Readonly<Record<number, Migration>> = migrations,
): ReadDraftResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return {
      ok: false,
      code: 'NOT_JSON',
      message: '文件不是有效的草稿文件（无法解析 JSON，可能已损坏或被截断）。',
    };
  }
  const env = envelopeSchema.safeParse(raw);
  if (!env.success) {
    return {
      ok: false,
      code: 'NOT_DRAFT',
      message: '文件不是年报助手的草稿文件（缺少文件标记或版本信息）。',
    };
  }
  const envelope = env.data;
  if (payloadHash(envelope.payload, envelope.schemaVersion) !== envelope.sha256) {
    return { ok: false, code: 'CHECKSUM', message: '草稿文件校验和不符，内容已损坏或被外部修改。' };
  }
  let payload = envelope.payload;
  let migratedFrom: number | null = null;
  const readOnly = envelope.schemaVersion > DRAFT_SCHEMA_VERSION;
  if (envelope.schemaVersion < DRAFT_SCHEMA_VERSION) {
    migratedFrom = envelope.schemaVersion;
    for (let v = envelope.schemaVersion; v < DRAFT_SCHEMA_VERSION; v++) {
      const step = migrationTable[v];
      if (!step) return { ok: false, code: 'INVALID', message: `无法升级第 ${v} 版草稿文件。` };
      payload = step(payload);
    }
  }
  const draft = readOnly ? draftSchema.loose().safeParse(payload) : draftSchema.safeParse(payload);
  if (!draft.success) {
    if (readOnly) {
      return { ok: false, code: 'TOO_NEW', message: '该草稿由更新版本的年报助手保存，请升级后再打开。' };
    }
    const first = draft.error.issues[0];
    const where = first ? first.path.join('.') : '';
    return {
      ok: false,
      code: 'INVALID',
      message: `草稿文件内容不完整或格式不对（${where || '根'}：${first?.message ?? ''}）。`,
    };
  }
  return { ok: true, draft: draft.data as Draft, envelope, readOnly, migratedFrom };
}
