// The draft file envelope: round trip, checksum, newer-version read-only, refusals with Chinese messages, migrations.
import { seed003Draft } from '../test-support/seed-003';
import { DRAFT_SCHEMA_VERSION } from './schema';
import { canonicalJson, parseDraftFile, payloadHash, serializeDraft } from './envelope';

describe('draft file envelope', () => {
  const draft = seed003Draft();
  const text = serializeDraft(draft, '0.1.0', '2025-01-20T08:00:00.000Z');

  it('round-trips a draft', () => {
    const res = parseDraftFile(text);
    expect(res.ok && res.draft).toEqual(draft);
    expect(res.ok && res.readOnly).toBe(false);
    const env = JSON.parse(text);
    expect(env.format).toBe('nianbao-draft');
    expect(env.schemaVersion).toBe(DRAFT_SCHEMA_VERSION);
    expect(env.appVersion).toBe('0.1.0');
  });

  it('hashes independently of key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{"a":[{"c":2,"d":1}],"b":1}');
    expect(payloadHash({ a: 1, b: 2 })).toBe(payloadHash({ b: 2, a: 1 }));
  });

  it.each([
    ['not JSON', text.slice(0, 100), 'NOT_JSON'],
    ['no marker', JSON.stringify({ hello: 1 }), 'NOT_DRAFT'],
    [
      'changed payload',
      text.replace('"t2_5.license.decisions": 264', '"t2_5.license.decisions": 265'),
      'CHECKSUM',
    ],
  ])('refuses %s', (_name, bad, code) => {
    const res = parseDraftFile(bad);
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.code).toBe(code);
      expect(res.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('refuses a payload that does not validate', () => {
    const payload = { ...draft, year: 'x' };
    const bad = JSON.stringify({ ...JSON.parse(text), payload, sha256: payloadHash(payload) });
    const res = parseDraftFile(bad);
    expect(res.ok || res.code).toBe('INVALID');
  });

  it('detects a changed schema version like a changed figure', () => {
    const env = JSON.parse(text);
    expect(parseDraftFile(JSON.stringify({ ...env, schemaVersion: env.schemaVersion + 1 })).ok).toBe(false);
  });

  it('opens a file from a newer app read-only', () => {
    const payload = { ...draft, futureField: 1 };
    const newer = JSON.stringify({
      ...JSON.parse(text),
      schemaVersion: DRAFT_SCHEMA_VERSION + 1,
      payload,
      sha256: payloadHash(payload, DRAFT_SCHEMA_VERSION + 1),
    });
    const res = parseDraftFile(newer);
    expect(res.ok && res.readOnly).toBe(true);
  });

  it('runs migrations from older schema versions', () => {
    const old = { ...draft } as Record<string, unknown>;
    delete old.checklist;
    const file = JSON.stringify({
      ...JSON.parse(text),
      schemaVersion: 0,
      payload: old,
      sha256: payloadHash(old, 0),
    });
    expect(parseDraftFile(file).ok).toBe(false);
    const res = parseDraftFile(file, { 0: (p) => ({ ...(p as object), checklist: [] }) });
    expect(res.ok && res.migratedFrom).toBe(0);
  });
});
