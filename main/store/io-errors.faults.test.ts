// G7: EPERM/EBUSY/ENOSPC injected at write, fsync and rename leave the old file intact and surface a clear error.
import fs from 'node:fs';
import path from 'node:path';
import { createDraftsService } from '../services/drafts-service';
import type { DraftStore } from './draft-store';
import { nodeFsOps, type FsOps } from './fs-ops';
import { fullDraft2021 } from './sample-drafts';
import { filesIn, openStore, removeDir, tempDataDir } from './test-support';

// Real disk writes with fsync: generous under a busy CI machine.
jest.setTimeout(30_000);

type Op = 'create' | 'write' | 'sync' | 'rename';

/** Real file operations, except that `op` fails with `code` on the next `times` calls. */
function faultyFs() {
  const fault = { op: null as Op | null, code: '', times: 0, hits: 0 };
  const maybeFail = (op: Op) => {
    if (fault.op === op && fault.times > 0) {
      fault.times--;
      fault.hits++;
      throw Object.assign(new Error(`${fault.code}: injected at ${op}`), { code: fault.code });
    }
  };
  const ops: FsOps = {
    ...nodeFsOps,
    async create(p) {
      maybeFail('create');
      const file = await nodeFsOps.create(p);
      return {
        write: async (data) => {
          maybeFail('write');
          await file.write(data.subarray(0, Math.floor(data.length / 2))); // a short write before the failure
          await file.write(data.subarray(Math.floor(data.length / 2)));
        },
        sync: async () => {
          maybeFail('sync');
          await file.sync();
        },
        close: () => file.close(),
      };
    },
    async rename(from, to) {
      maybeFail('rename');
      await nodeFsOps.rename(from, to);
    },
  };
  return {
    ops,
    arm(op: Op, code: string, times = Number.POSITIVE_INFINITY) {
      Object.assign(fault, { op, code, times, hits: 0 });
    },
    disarm() {
      fault.op = null;
    },
    get hits() {
      return fault.hits;
    },
  };
}

let dir: string;
let store: DraftStore;
let fsx: ReturnType<typeof faultyFs>;
const sleeps: number[] = [];
const retry = { delaysMs: [20, 40, 80, 160], sleep: async (ms: number) => void sleeps.push(ms) };

beforeEach(async () => {
  dir = tempDataDir('io');
  fsx = faultyFs();
  sleeps.length = 0;
  store = await openStore(dir, { fs: fsx.ops, retry });
});
afterEach(async () => {
  await store.close();
  removeDir(dir);
});

const file = () => path.join(dir, 'drafts', 'e.json');
const expected: Record<string, string> = {
  EPERM: 'FILE_BUSY',
  EBUSY: 'FILE_BUSY',
  ENOSPC: 'DISK_FULL',
  EIO: 'IO',
};

describe.each(['write', 'sync', 'rename'] as const)('a failure at %s', (op) => {
  it.each(Object.keys(expected))(
    '%s: old file intact, no temp file, clear error, save can be retried',
    async (code) => {
      const v1 = fullDraft2021({ id: 'e' });
      await store.save(v1);
      await store.flush(); // its history entry too, before the fault is armed
      const before = fs.readFileSync(file());
      fsx.arm(op, code);
      const v2 = { ...v1, preamble: '第二版' };
      const err = await store.save(v2).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: expected[code] });
      expect((err as Error).message).toMatch(/之前保存的版本完好无损，本次修改尚未保存/);
      if (code === 'ENOSPC') expect((err as Error).message).toMatch(/磁盘空间不足/);
      if (code === 'EPERM' || code === 'EBUSY') {
        expect((err as Error).message).toMatch(/被其他程序占用/);
        // Only the rename (and opening the temp file) is retried with backoff.
        expect(sleeps).toEqual(op === 'rename' ? [20, 40, 80, 160] : []);
      }
      expect(fs.readFileSync(file()).equals(before)).toBe(true);
      expect(filesIn(path.join(dir, 'drafts'))).toEqual(['e.json']);
      expect((await store.load('e')).draft.preamble).toBe(v1.preamble);
      fsx.disarm();
      await store.save(v2); // the draft was still unsaved: saving again works
      expect((await store.load('e')).draft.preamble).toBe('第二版');
    },
  );
});

it('retries a briefly busy rename (antivirus) and succeeds', async () => {
  const v1 = fullDraft2021({ id: 'e' });
  fsx.arm('rename', 'EPERM', 2);
  await store.save(v1);
  await store.flush();
  expect(fsx.hits).toBe(2);
  expect(sleeps).toEqual([20, 40]);
  expect((await store.load('e')).draft).toEqual(v1);
});

it('a failing history write does not fail a committed save', async () => {
  const v1 = fullDraft2021({ id: 'e' });
  await store.save(v1);
  let calls = 0;
  const realCreate = fsx.ops.create;
  fsx.ops.create = async (p) => {
    if (p.includes(`${path.sep}history${path.sep}`) && calls++ === 0) {
      throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
    }
    return realCreate(p);
  };
  await store.save({ ...v1, preamble: '第二版' });
  await store.flush();
  expect(store.generationFailures).toBe(1);
  expect((await store.load('e')).draft.preamble).toBe('第二版');
});

it('an export that hits a full disk reports it and leaves no partial file', async () => {
  await store.close();
  const svc = createDraftsService({
    dataDir: dir,
    exportDir: () => path.join(dir, 'out'),
    fs: fsx.ops,
    retry,
  });
  await svc.handlers['drafts:createFrom']({ draft: fullDraft2021({ id: 'x' }) });
  fsx.arm('write', 'ENOSPC');
  await expect(svc.handlers['drafts:exportFile']({ id: 'x' })).rejects.toMatchObject({
    code: 'DISK_FULL',
    message: /导出草稿文件失败：磁盘空间不足/,
  });
  expect(filesIn(path.join(dir, 'out'))).toEqual([]);
  await svc.close();
  store = await openStore(dir);
});
