// Nothing lost silently: two tabs on one draft, an unwritable history folder, drafts damaged beyond recovery, a FIFO.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { draftChannels } from '../../shared/ipc/draft-channels';
import { fullDraft2021 } from '../store/sample-drafts';
import { nodeFsOps, type FsOps } from '../store/fs-ops';
import { noWait, removeDir, tempDataDir } from '../store/test-support';
import { createDraftsService, type DraftsService } from './drafts-service';

jest.setTimeout(30_000);

let dir: string;
let svc: DraftsService;
beforeEach(() => {
  dir = tempDataDir('faults-svc');
  svc = createDraftsService({ dataDir: dir, exportDir: () => path.join(dir, 'out'), retry: noWait });
});
afterEach(async () => {
  await svc.close();
  removeDir(dir);
});

const h = () => svc.handlers;
/** A request as the transports pass it: through the channel's zod schema. */
const save = (req: unknown) => h()['drafts:save'](draftChannels['drafts:save'].request.parse(req));

it('two tabs on one draft: the stale save is refused, and nothing is lost', async () => {
  const created = await h()['drafts:createFrom']({ draft: fullDraft2021({ id: 'tab' }) });
  const tabA = await h()['drafts:open']({ id: 'tab' });
  const tabB = await h()['drafts:open']({ id: 'tab' });
  expect(tabA.revision).toBe(created.revision);

  const a1 = await save({
    draft: { ...tabA.draft, preamble: 'A 的第一次修改' },
    baseRevision: tabA.revision,
  });
  const a2 = await save({ draft: { ...tabA.draft, preamble: 'A 的第二次修改' }, baseRevision: a1.revision });
  // B still holds the revision it opened: its save would overwrite A's work, so it is refused.
  const stale = await save({
    draft: { ...tabB.draft, preamble: 'B 的修改' },
    baseRevision: tabB.revision,
  }).catch((e: unknown) => e);
  expect(stale).toMatchObject({
    code: 'STALE',
    message: expect.stringMatching(/另一个窗口或标签页.*未保存/),
  });
  expect((await h()['drafts:open']({ id: 'tab' })).draft.preamble).toBe('A 的第二次修改');

  // B chooses to keep its copy: it saves on top of the version it has now seen; A's version stays in history.
  const current = await h()['drafts:open']({ id: 'tab' });
  expect(current.revision).toBe(a2.revision);
  await save({ draft: { ...tabB.draft, preamble: 'B 的修改' }, baseRevision: current.revision });
  const history = await h()['drafts:history']({ id: 'tab' });
  const texts = await Promise.all(
    history.map(
      async (g) =>
        (await h()['drafts:openGeneration']({ id: 'tab', generationId: g.generationId })).draft.preamble,
    ),
  );
  expect(texts).toEqual(expect.arrayContaining(['B 的修改', 'A 的第二次修改', 'A 的第一次修改']));
  // A, now behind, is refused in turn.
  await expect(save({ draft: tabA.draft, baseRevision: a2.revision })).rejects.toMatchObject({
    code: 'STALE',
  });
});

it('100 quick saves keep every version of the last hour in history', async () => {
  const s = await svc.store();
  const base = fullDraft2021({ id: 'many', textChars: 200 });
  let revision = (await h()['drafts:createFrom']({ draft: base })).revision;
  for (let i = 0; i < 100; i++) {
    revision = (await save({ draft: { ...base, preamble: `第 ${i} 次` }, baseRevision: revision })).revision;
  }
  await s.flush();
  const history = await h()['drafts:history']({ id: 'many' });
  expect(history.length).toBe(101); // the created version and each of the 100 saves
});

it('reports a history folder that cannot be written, once, with the save', async () => {
  // Permissions do not stop root (CI containers): the history folder refuses writes through the file operations.
  let refuse = false;
  const historyDir = path.join(dir, 'history');
  const denied = () => Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
  const fsOps: FsOps = {
    ...nodeFsOps,
    create: (p) => (refuse && p.startsWith(historyDir) ? Promise.reject(denied()) : nodeFsOps.create(p)),
    mkdirp: (p) => (refuse && p.startsWith(historyDir) ? Promise.reject(denied()) : nodeFsOps.mkdirp(p)),
  };
  await svc.close();
  svc = createDraftsService({ dataDir: dir, exportDir: () => dir, retry: noWait, fs: fsOps });
  const created = await h()['drafts:createFrom']({ draft: fullDraft2021({ id: 'h' }) });
  expect(created.notice).toBeNull();
  refuse = true;
  const first = await save({ draft: { ...created.draft, preamble: '一' }, baseRevision: created.revision });
  const second = await save({ draft: { ...created.draft, preamble: '二' }, baseRevision: first.revision });
  // The first save of the session waited for its history entry; later failures come with the next answer.
  expect(first.notice ?? second.notice).toMatch(
    /^草稿已保存，但写入历史版本失败：没有访问权限.*history 文件夹/,
  );
  const third = await save({ draft: { ...created.draft, preamble: '三' }, baseRevision: second.revision });
  expect(third.notice).toBe(second.notice); // every answer says so while it lasts; the editor shows it once
  expect((await h()['drafts:open']({ id: 'h' })).draft.preamble).toBe('三');
  refuse = false;
  const fourth = await save({ draft: { ...created.draft, preamble: '四' }, baseRevision: third.revision });
  await (await svc.store()).flush();
  const fifth = await save({ draft: { ...created.draft, preamble: '五' }, baseRevision: fourth.revision });
  expect(fifth.notice).toBeNull(); // a history entry was written again
  expect((await h()['drafts:history']({ id: 'h' })).length).toBeGreaterThanOrEqual(2);
});

it('keeps listing a draft whose file and every generation are corrupt, as 损坏 with a recovery hint', async () => {
  const created = await h()['drafts:createFrom']({ draft: fullDraft2021({ id: 'dead' }) });
  await save({ draft: { ...created.draft, preamble: '再存一次' }, baseRevision: created.revision });
  await (await svc.store()).flush();
  const genDir = path.join(dir, 'history', 'dead');
  for (const name of fs.readdirSync(genDir))
    fs.writeFileSync(path.join(genDir, name), '{"format":"nianbao-dr');
  fs.writeFileSync(path.join(dir, 'drafts', 'dead.json'), '\u0000\u0001garbage');
  for (let i = 0; i < 3; i++) {
    const [item] = await h()['drafts:list']({});
    expect(item).toMatchObject({
      id: 'dead',
      damaged: expect.stringMatching(/没有可用的备份.*导入草稿文件/),
    });
  }
  await expect(h()['drafts:open']({ id: 'dead' })).rejects.toMatchObject({ code: 'CORRUPT' });
});

it('does not hang on a FIFO in place of a draft', async () => {
  if (process.platform === 'win32') return;
  await h()['drafts:createFrom']({ draft: fullDraft2021({ id: 'good' }) });
  execFileSync('mkfifo', [path.join(dir, 'drafts', 'pipe.json')]);
  const list = await h()['drafts:list']({});
  expect(list.map((d) => [d.id, d.damaged ?? null])).toEqual(
    expect.arrayContaining([
      ['good', null],
      ['pipe', expect.stringMatching(/不是普通文件/)],
    ]),
  );
}, 10_000);

it('tells the clerk in Chinese when the drafts folder cannot be read (not “内部错误”)', async () => {
  const denied = () => Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
  let refuse = false;
  const fsOps: FsOps = {
    ...nodeFsOps,
    readdir: (p) => (refuse && p.endsWith('drafts') ? Promise.reject(denied()) : nodeFsOps.readdir(p)),
  };
  await svc.close();
  svc = createDraftsService({ dataDir: dir, exportDir: () => dir, retry: noWait, fs: fsOps });
  await h()['drafts:list']({});
  refuse = true;
  await expect(h()['drafts:list']({})).rejects.toMatchObject({
    code: 'IO',
    message: expect.stringMatching(/^读取草稿列表失败：没有访问权限（EACCES）/),
  });
});
