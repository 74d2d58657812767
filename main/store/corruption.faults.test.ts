// G2/G3: truncation at every byte offset and random byte flips are always detected, quarantined byte for byte and recovered.
import fs from 'node:fs';
import path from 'node:path';
import { createDraft } from '../../shared/draft/create';
import { payloadHash, wrapDraft } from '../../shared/draft/envelope';
import type { Draft } from '../../shared/draft/schema';
import type { DraftStore } from './draft-store';
import { fullDraft2021, prng } from './sample-drafts';
import { filesIn, openStore, removeDir, tempDataDir, testClock } from './test-support';

let dir: string;
let store: DraftStore;
const clock = testClock();

beforeEach(async () => {
  dir = tempDataDir('corrupt');
  store = await openStore(dir, { now: clock.now });
});
afterEach(async () => {
  await store.close();
  removeDir(dir);
});

const current = (id: string) => path.join(dir, 'drafts', `${id}.json`);
const quarantine = () => path.join(dir, 'quarantine');
const RECOVERED = /^草稿文件损坏，已从 (\d\d:\d\d|\d+月\d+日 \d\d:\d\d) 的备份恢复/;

/** Writes `bad` over the draft file, loads, and checks detection, quarantine and recovery. */
async function damageAndLoad(id: string, good: Buffer, original: Draft, bad: Buffer) {
  fs.writeFileSync(current(id), bad);
  const loaded = await store.load(id);
  expect(loaded.draft).toEqual(original);
  const q = filesIn(quarantine());
  if (loaded.notice) {
    expect(loaded.notice).toMatch(RECOVERED);
    expect(q).toHaveLength(1);
    expect(fs.readFileSync(path.join(quarantine(), q[0]!)).equals(bad)).toBe(true);
    expect(fs.readFileSync(current(id)).equals(good)).toBe(true);
    fs.rmSync(quarantine(), { recursive: true });
  } else {
    expect(q).toHaveLength(0);
  }
  return loaded;
}

it('detects truncation at every byte offset and restores the last good generation', async () => {
  const draft = {
    ...createDraft({ agency: '某县人民政府', year: 2024, id: 'trunc', now: '2025-01-01T00:00:00Z' }),
  };
  await store.save(draft);
  const good = fs.readFileSync(current('trunc'));
  let recovered = 0;
  for (let len = 0; len < good.length; len++) {
    const bad = good.subarray(0, len);
    const loaded = await damageAndLoad('trunc', good, draft, bad);
    if (loaded.notice) recovered++;
    // Only dropping the final newline leaves a complete file; everything shorter must be caught.
    else expect(len).toBe(good.length - 1);
  }
  expect(recovered).toBe(good.length - 1);
}, 120_000);

it('detects random byte flips in a full 2021 draft, never returning altered data', async () => {
  const draft = fullDraft2021({ id: 'flip' });
  await store.save(draft);
  const good = fs.readFileSync(current('flip'));
  const payloadOf = (b: Buffer) => (JSON.parse(b.toString('utf8')) as { payload: unknown }).payload;
  const rand = prng(20261122);
  let caught = 0;
  for (let i = 0; i < 400; i++) {
    const bad = Buffer.from(good);
    const at = Math.floor(rand() * bad.length);
    bad[at] = bad[at]! ^ (1 + Math.floor(rand() * 255));
    const loaded = await damageAndLoad('flip', good, draft, bad);
    if (loaded.notice) caught++;
    // Not flagged only when the payload is untouched (whitespace, savedAt, appVersion).
    else expect(payloadOf(bad)).toEqual(payloadOf(good));
  }
  expect(caught).toBeGreaterThan(300);
}, 120_000);

it('quarantines an empty file and a well-formed file that fails validation', async () => {
  const draft = fullDraft2021({ id: 'v' });
  await store.save(draft);
  const good = fs.readFileSync(current('v'));
  await damageAndLoad('v', good, draft, Buffer.alloc(0));
  const invalidPayload = { ...draft, year: 1800 };
  const env = { ...wrapDraft(draft, 'x'), payload: invalidPayload, sha256: payloadHash(invalidPayload) };
  const loaded = await damageAndLoad('v', good, draft, Buffer.from(JSON.stringify(env)));
  expect(loaded.notice).toMatch(RECOVERED);
});

it('skips damaged generations (quarantining them) and restores the newest good one', async () => {
  const base = fullDraft2021({ id: 'g' });
  for (let i = 1; i <= 4; i++) {
    clock.advance(60_000);
    await store.save({ ...base, preamble: `第${i}版` });
  }
  await store.flush();
  const histDir = path.join(dir, 'history', 'g');
  const gens = filesIn(histDir); // oldest first
  expect(gens).toHaveLength(4);
  fs.writeFileSync(path.join(histDir, gens[3]!), '{');
  fs.truncateSync(path.join(histDir, gens[2]!), 100);
  fs.writeFileSync(current('g'), 'garbage');
  const loaded = await store.load('g');
  expect(loaded.draft.preamble).toBe('第2版');
  expect(loaded.notice).toMatch(RECOVERED);
  expect(filesIn(quarantine())).toHaveLength(3);
  expect(filesIn(histDir)).toEqual(gens.slice(0, 2));
});

it('recovers a missing draft file from history, and refuses honestly when there is no good copy', async () => {
  await store.save(fullDraft2021({ id: 'm' }));
  fs.rmSync(current('m'));
  expect(await store.ids()).toEqual(['m']);
  const loaded = await store.load('m');
  expect(loaded.notice).toMatch(/草稿文件丢失，已从 .* 的备份恢复/);

  await store.save(fullDraft2021({ id: 'lost' }));
  await store.flush();
  fs.rmSync(path.join(dir, 'history', 'lost'), { recursive: true });
  const bad = Buffer.from('{"format":"nianbao-draft"');
  fs.writeFileSync(current('lost'), bad);
  await expect(store.load('lost')).rejects.toMatchObject({ code: 'CORRUPT', message: /没有可用的备份/ });
  // Nothing to restore: the damaged file stays in place (listed as 损坏), byte for byte, and is not replaced.
  expect(filesIn(quarantine())).toEqual([]);
  expect(fs.readFileSync(current('lost')).equals(bad)).toBe(true);
  expect(await store.ids()).toContain('lost');
  await expect(store.save(fullDraft2021({ id: 'lost' }))).rejects.toMatchObject({ code: 'CORRUPT' });
  expect(fs.readFileSync(current('lost')).equals(bad)).toBe(true);
  expect(store.takeRecoveryNotices()).toEqual([expect.stringMatching(/草稿文件丢失/)]);
});
