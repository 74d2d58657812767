// DraftStore behaviour: round trip, generations and history, read-only newer files, 回收站, unclean-exit detection.
import fs from 'node:fs';
import path from 'node:path';
import { parseDraftFile, payloadHash, serializeDraft, wrapDraft } from '../../shared/draft/envelope';
import { DRAFT_SCHEMA_VERSION } from '../../shared/draft/schema';
import type { DraftStore } from './draft-store';
import { fullDraft2021 } from './sample-drafts';
import { filesIn, openStore, removeDir, tempDataDir, testClock } from './test-support';

// Real disk writes with fsync: generous under a busy CI machine.
jest.setTimeout(30_000);

let dir: string;
let store: DraftStore | null = null;
const clock = testClock();

beforeEach(() => {
  dir = tempDataDir();
});
afterEach(async () => {
  await store?.close();
  store = null;
  removeDir(dir);
});

const open = async () => (store = await openStore(dir, { now: clock.now }));

describe('save and load', () => {
  it('writes the draft-file envelope, one file per draft, and reads it back', async () => {
    const s = await open();
    const draft = fullDraft2021({ id: 'a1' });
    const { savedAt } = await s.save(draft);
    const text = fs.readFileSync(path.join(dir, 'drafts', 'a1.json'), 'utf8');
    expect(text).toBe(serializeDraft(draft, '0.1.0-test', savedAt));
    const parsed = parseDraftFile(text);
    expect(parsed.ok && parsed.draft).toEqual(draft);
    const loaded = await s.load('a1');
    expect(loaded).toMatchObject({ draft, savedAt, readOnly: false, notice: null });
    expect(await s.ids()).toEqual(['a1']);
  });

  it('refuses invalid drafts and unsafe ids without touching the disk', async () => {
    const s = await open();
    const bad = { ...fullDraft2021({ id: 'a1' }), year: 1800 };
    await expect(s.save(bad)).rejects.toMatchObject({ code: 'BAD_REQUEST', message: /格式不对/ });
    await expect(s.save({ ...fullDraft2021(), id: '../evil' })).rejects.toMatchObject({ message: /编号/ });
    await expect(s.load('../evil')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(filesIn(path.join(dir, 'drafts'))).toEqual([]);
  });

  it('does not write again when nothing changed, and keeps savedAt increasing', async () => {
    const s = await open();
    const draft = fullDraft2021({ id: 'a1' });
    const first = await s.save(draft);
    expect((await s.save(draft)).savedAt).toBe(first.savedAt);
    const second = await s.save({ ...draft, preamble: 'x' }); // same clock instant
    expect(Date.parse(second.savedAt)).toBeGreaterThan(Date.parse(first.savedAt));
  });

  it('serialises concurrent saves of one draft: the last call wins', async () => {
    const s = await open();
    const base = fullDraft2021({ id: 'a1' });
    await Promise.all(Array.from({ length: 10 }, (_, i) => s.save({ ...base, preamble: `v${i}` })));
    expect((await s.load('a1')).draft.preamble).toBe('v9');
  });
});

describe('generations and history', () => {
  it('writes a generation per save from the validated bytes and prunes by the policy', async () => {
    const s = await open();
    const base = fullDraft2021({ id: 'h1' });
    // Two hours ago: kept only as the one version of its hour once newer ones exist.
    for (let i = 0; i < 3; i++) {
      clock.advance(2_000);
      await s.save({ ...base, preamble: `早前${i}` });
    }
    clock.advance(2 * 3_600_000);
    for (let i = 0; i < 12; i++) {
      clock.advance(2_000);
      await s.save({ ...base, preamble: `第${i}版` });
    }
    await s.flush();
    const gens = filesIn(path.join(dir, 'history', 'h1'));
    expect(gens.length).toBe(13); // every save of the last hour, one of the earlier hour
    const current = fs.readFileSync(path.join(dir, 'drafts', 'h1.json'));
    const newest = fs.readFileSync(path.join(dir, 'history', 'h1', gens[gens.length - 1]!));
    expect(newest.equals(current)).toBe(true);
    const history = await s.history('h1');
    expect(history.map((h) => h.draft.preamble).slice(0, 5)).toEqual([
      '第11版',
      '第10版',
      '第9版',
      '第8版',
      '第7版',
    ]);
    expect(history[0]).toMatchObject({ kind: 'rotating', current: true });
    expect(history[1]?.current).toBe(false);
  });

  it('keeps the last version of a day more than a week ago as a daily generation', async () => {
    const s = await open();
    const base = fullDraft2021({ id: 'd1' });
    await s.save({ ...base, preamble: '昨天' });
    clock.advance(8 * 24 * 3_600_000);
    for (let i = 0; i < 8; i++) {
      clock.advance(1_000);
      await s.save({ ...base, preamble: `今天${i}` });
    }
    const history = await s.history('d1');
    expect(history.find((h) => h.draft.preamble === '昨天')?.kind).toBe('daily');
  });

  it('opens a generation read-only and restores it as a new version, keeping the replaced one', async () => {
    const s = await open();
    const base = fullDraft2021({ id: 'r1' });
    await s.save({ ...base, preamble: '旧' });
    clock.advance(60_000);
    await s.save({ ...base, preamble: '新' });
    const old = (await s.history('r1')).find((h) => h.draft.preamble === '旧')!;
    const preview = await s.loadGeneration('r1', old.generationId);
    expect(preview).toMatchObject({ readOnly: true });
    expect(preview.notice).toMatch(/历史版本/);
    clock.advance(60_000);
    const restored = await s.restoreGeneration('r1', old.generationId);
    expect(restored.notice).toMatch(/已恢复到/);
    expect((await s.load('r1')).draft.preamble).toBe('旧');
    expect((await s.history('r1')).map((h) => h.draft.preamble)).toEqual(['旧', '新', '旧']);
    await expect(s.loadGeneration('r1', '0000000000000-00000000')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('files written by a newer app version', () => {
  it('open read-only and are never overwritten', async () => {
    const draft = fullDraft2021({ id: 'n1' });
    const newer = DRAFT_SCHEMA_VERSION + 1;
    const env = { ...wrapDraft(draft, '9.0.0', '2026-01-01T00:00:00.000Z'), schemaVersion: newer };
    const text = JSON.stringify({ ...env, sha256: payloadHash(draft, newer) }, null, 2) + '\n';
    fs.mkdirSync(path.join(dir, 'drafts'), { recursive: true });
    const file = path.join(dir, 'drafts', 'n1.json');
    fs.writeFileSync(file, text);
    const s = await open();
    const loaded = await s.load('n1');
    expect(loaded.readOnly).toBe(true);
    await expect(s.save({ ...draft, preamble: '改' })).rejects.toMatchObject({ code: 'READ_ONLY' });
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });
});

describe('回收站', () => {
  it('moves to trash, lists, restores, and empties for good', async () => {
    const s = await open();
    await s.save(fullDraft2021({ id: 't1' }));
    await s.save(fullDraft2021({ id: 't2' }));
    await s.trash('t1');
    expect(await s.ids()).toEqual(['t2']);
    await expect(s.load('t1')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(s.save(fullDraft2021({ id: 't1' }))).rejects.toMatchObject({ code: 'CONFLICT' });
    const trash = await s.listTrash();
    expect(trash.map((t) => t.id)).toEqual(['t1']);
    expect(trash[0]?.draft?.agency).toBe('XX市XX区人民政府办公室');
    await s.untrash('t1');
    expect(await s.ids()).toEqual(['t1', 't2']);
    await s.trash('t2');
    expect(await s.emptyTrash()).toBe(1);
    expect(await s.listTrash()).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'history', 't2'))).toBe(false);
    expect(await s.isTaken('t2')).toBe(false);
  });
});

describe('sessions', () => {
  it('detects an unclean exit at the next start and not after a clean close', async () => {
    const s1 = await open();
    expect(s1.uncleanSince).toBeNull();
    await s1.close();
    const s2 = await open();
    expect(s2.uncleanSince).toBeNull();
    // Simulate a crash: the lock goes with the process, the session marker stays.
    (s2 as unknown as { lock: { release(): void } }).lock.release();
    store = null;
    const s3 = await open();
    expect(s3.uncleanSince).not.toBeNull();
  });

  it('removes temp files left by a killed writer when it opens', async () => {
    fs.mkdirSync(path.join(dir, 'drafts'), { recursive: true });
    const leftover = path.join(dir, 'drafts', 'x.json.4242-1-abc.tmp');
    fs.writeFileSync(leftover, '{"trunc');
    await open();
    expect(fs.existsSync(leftover)).toBe(false);
  });

  it('refuses a second writer on the same data dir in this process too', async () => {
    await open();
    await expect(openStore(dir)).rejects.toMatchObject({ code: 'LOCKED' });
  });
});

describe('native envelope hash', () => {
  it('equals the shared envelope for drafts of every size', async () => {
    const { envelopeOf } = await import('./envelope-hash');
    const { wrapDraft } = await import('../../shared/draft/envelope');
    const { draftOfSize } = await import('./sample-drafts');
    for (const d of [fullDraft2021({ id: 'z' }), draftOfSize(300_000, { id: 'y' })]) {
      expect(JSON.stringify(envelopeOf(d, '1', 't'))).toBe(JSON.stringify(wrapDraft(d, '1', 't')));
    }
  });
});
