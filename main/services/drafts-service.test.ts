// The drafts:* channels end to end on a temp data dir: create/carry, list counts, 回收站, history, export/import, notices.
import fs from 'node:fs';
import path from 'node:path';
import { payloadHash, serializeDraft, wrapDraft } from '../../shared/draft/envelope';
import type { Draft } from '../../shared/draft/schema';
import { countIssues, evaluate } from '../../shared/engine';
import { getFormat } from '../../shared/formats';
import { fullDraft2021 } from '../store/sample-drafts';
import { noWait, removeDir, tempDataDir } from '../store/test-support';
import { createDraftsService, type DraftsService } from './drafts-service';
import { closeServices, createServices } from './index';

// Real disk writes with fsync: generous under a busy CI machine.
jest.setTimeout(30_000);

let dir: string;
let svc: DraftsService;
let exportDir: string;

beforeEach(() => {
  dir = tempDataDir('svc');
  exportDir = path.join(dir, 'out');
  svc = createDraftsService({ dataDir: dir, exportDir: () => exportDir, retry: noWait });
});
afterEach(async () => {
  await svc.close();
  removeDir(dir);
});

const h = () => svc.handlers;
const pick = ({ errors, warnings }: { errors: number; warnings: number }) => ({ errors, warnings });
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('create, list, open, save', () => {
  it('creates a draft with the format of its year and lists it with engine counts', async () => {
    const created = await h()['drafts:create']({ agency: 'XX区政府办', year: 2024 });
    expect(created.draft).toMatchObject({ agency: 'XX区政府办', year: 2024, formatId: 'gov-2021' });
    const list = await h()['drafts:list']({});
    const expected = countIssues(evaluate(getFormat('gov-2021'), created.draft).issues);
    expect(list).toEqual([
      expect.objectContaining({
        id: created.draft.id,
        agency: 'XX区政府办',
        errors: expected.errors,
        warnings: expected.warnings,
        readOnly: false,
        savedAt: created.savedAt,
      }),
    ]);
    expect(expected.errors + expected.warnings).toBeGreaterThan(0); // blanks are issues, so the counts mean something
  });

  it('carries over from last year’s saved draft', async () => {
    const prev = await h()['drafts:createFrom']({ draft: fullDraft2021({ id: 'p2024' }) });
    const next = await h()['drafts:create']({ agency: prev.draft.agency, year: 2025, carryFromId: 'p2024' });
    expect(next.draft.previous).toMatchObject({ draftId: 'p2024', year: 2024 });
    expect(next.draft.cells).toEqual({});
    const renamed = await h()['drafts:create']({ agency: '新名称', year: 2025, carryFromId: 'p2024' });
    expect(renamed.draft.agency).toBe('新名称');
    expect(renamed.draft.signature.agency).toBe('新名称');
  });

  it('saves, refuses a stale trashed draft, and gives imported drafts a fresh id when theirs is taken', async () => {
    const a = await h()['drafts:createFrom']({ draft: fullDraft2021({ id: 'same' }) });
    const b = await h()['drafts:createFrom']({ draft: fullDraft2021({ id: 'same' }) });
    expect(a.draft.id).toBe('same');
    expect(b.draft.id).not.toBe('same');
    const { savedAt } = await h()['drafts:save']({ draft: { ...a.draft, preamble: '改过' } });
    expect((await h()['drafts:open']({ id: 'same' })).draft.preamble).toBe('改过');
    expect(savedAt).toBeTruthy();
  });
});

describe('duplicate, rename, 回收站', () => {
  it('duplicates under a new id with a list name, leaving the 机关名称 alone', async () => {
    const a = await h()['drafts:createFrom']({ draft: fullDraft2021({ id: 'a' }) });
    const copy = await h()['drafts:duplicate']({ id: 'a' });
    expect(copy.draft.id).not.toBe('a');
    expect(copy.draft.agency).toBe(a.draft.agency);
    expect(copy.draft.signature.agency).toBe(a.draft.signature.agency);
    expect(copy.draft.title).toBe('副本');
    expect(copy.notice).toContain('机关名称不变');
    const listed = await h()['drafts:list']({});
    expect(listed.find((d) => d.id === copy.draft.id)?.title).toBe('副本');
    expect(listed.find((d) => d.id === 'a')?.title).toBeUndefined();
    const again = await h()['drafts:duplicate']({ id: copy.draft.id });
    expect(again.draft.title).toBe('副本（副本）');
  });

  it('renames agency (the 落款 follows while it matched) and the list name', async () => {
    const a = await h()['drafts:createFrom']({ draft: fullDraft2021({ id: 'a' }) });
    const copy = await h()['drafts:duplicate']({ id: 'a' });
    const renamed = await h()['drafts:rename']({ id: copy.draft.id, agency: '乙机关', title: '改稿' });
    expect(renamed.draft).toMatchObject({ agency: '乙机关', title: '改稿' });
    expect(renamed.draft.signature.agency).toBe(
      a.draft.signature.agency === a.draft.agency ? '乙机关' : a.draft.signature.agency,
    );
    const untitled = await h()['drafts:rename']({ id: copy.draft.id, agency: '乙机关', title: '' });
    expect(untitled.draft.title).toBeUndefined();
    expect((await h()['drafts:list']({})).map((d) => d.agency).sort()).toEqual(
      [a.draft.agency, '乙机关'].sort(),
    );
  });

  it('deletes to 回收站, restores, and empties it', async () => {
    await h()['drafts:createFrom']({ draft: fullDraft2021({ id: 'a' }) });
    await h()['drafts:delete']({ id: 'a' });
    expect(await h()['drafts:list']({})).toEqual([]);
    const trash = await h()['drafts:trash']({});
    expect(trash).toEqual([expect.objectContaining({ id: 'a', deletedAt: expect.any(String) })]);
    const back = await h()['drafts:untrash']({ id: 'a' });
    expect(back.draft.id).toBe('a');
    await h()['drafts:delete']({ id: 'a' });
    expect(await h()['drafts:emptyTrash']({})).toEqual({ removed: 1 });
    expect(await h()['drafts:trash']({})).toEqual([]);
  });
});

describe('history', () => {
  it('lists generations with counts, previews one read-only and restores it', async () => {
    const a = await h()['drafts:createFrom']({ draft: fullDraft2021({ id: 'a' }) });
    await new Promise((r) => setTimeout(r, 5));
    await h()['drafts:save']({ draft: { ...a.draft, cells: {} } });
    const history = await h()['drafts:history']({ id: 'a' });
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ current: true, kind: 'rotating' });
    const counts = (cells: Record<string, number | null>) =>
      countIssues(evaluate(getFormat('gov-2021'), { ...a.draft, cells }).issues);
    expect(history[0]).toMatchObject({ errors: counts({}).errors, warnings: counts({}).warnings });
    expect(history[1]).toMatchObject(pick(counts(a.draft.cells)));
    const preview = await h()['drafts:openGeneration']({ id: 'a', generationId: history[1]!.generationId });
    expect(preview.readOnly).toBe(true);
    const restored = await h()['drafts:restoreGeneration']({
      id: 'a',
      generationId: history[1]!.generationId,
    });
    expect(restored.draft.cells).toEqual(a.draft.cells);
    expect(await h()['drafts:history']({ id: 'a' })).toHaveLength(3);
  });
});

describe('draft files', () => {
  it('exports to the default name, never overwrites without consent, and re-imports the same draft', async () => {
    const a = await h()['drafts:createFrom']({ draft: fullDraft2021({ id: 'a' }) });
    const { path: out } = await h()['drafts:exportFile']({ id: 'a' });
    expect(out).toBe(
      path.join(exportDir, 'XX市XX区人民政府办公室2024年政府信息公开工作年度报告.nianbao.json'),
    );
    const bytes = fs.readFileSync(out);
    expect(bytes.equals(fs.readFileSync(path.join(dir, 'drafts', 'a.json')))).toBe(true);
    fs.writeFileSync(out, 'user file');
    await expect(h()['drafts:exportFile']({ id: 'a' })).rejects.toMatchObject({ code: 'EXISTS' });
    expect(fs.readFileSync(out, 'utf8')).toBe('user file');
    await h()['drafts:exportFile']({ id: 'a', overwrite: true });
    expect(fs.readFileSync(out).equals(bytes)).toBe(true);
    await expect(h()['drafts:exportFile']({ id: 'a', targetPath: 'relative.json' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    const imported = await h()['drafts:importFile']({
      fileName: 'x.json',
      contentBase64: bytes.toString('base64'),
    });
    expect(imported.draft).toEqual({ ...a.draft, id: imported.draft.id });
    expect(imported.draft.id).not.toBe('a');
  });

  it('refuses damaged, foreign and too-new files with a Chinese message', async () => {
    const newerVersion = (draft: Draft) =>
      JSON.stringify({ ...wrapDraft(draft, '9.0.0'), schemaVersion: 99, sha256: payloadHash(draft, 99) });
    const text = serializeDraft(fullDraft2021({ id: 'z' }), '0.1.0');
    const cases: [string, RegExp][] = [
      [text.slice(0, 200), /无法导入“f.json”：.*损坏|截断/],
      [text.replace('"agency": "XX', '"agency": "YY'), /校验和不符/],
      ['{"hello": 1}', /不是年报助手的草稿文件/],
      [newerVersion(fullDraft2021({ id: 'z' })), /更新版本/],
    ];
    for (const [content, message] of cases) {
      await expect(
        h()['drafts:importFile']({ fileName: 'f.json', contentBase64: b64(content) }),
      ).rejects.toThrow(message);
    }
    await expect(h()['drafts:importFile']({ fileName: 'f.json', contentBase64: '@@@' })).rejects.toThrow(
      /传输不完整/,
    );
    expect(await h()['drafts:list']({})).toEqual([]);
  });
});

describe('start-up notices', () => {
  it('reports an unclean exit once, and a recovered file', async () => {
    await h()['drafts:createFrom']({ draft: fullDraft2021({ id: 'a' }) });
    const store = await svc.store();
    (store as unknown as { lock: { release(): void } }).lock.release(); // the process "dies"
    fs.writeFileSync(path.join(dir, 'drafts', 'a.json'), '{"broken');
    svc = createDraftsService({ dataDir: dir, exportDir: () => exportDir, retry: noWait });
    const notices = await h()['drafts:startupNotices']({});
    expect(notices[0]).toMatch(/^上次未正常退出，已从自动保存恢复（最后一次保存于 \d\d:\d\d）。$/);
    expect(notices[1]).toMatch(/草稿文件损坏，已从 \d\d:\d\d 的备份恢复/);
    expect(await h()['drafts:startupNotices']({})).toEqual([]);
    // The list at start-up recovered it; opening the draft still shows the notice, once.
    expect((await h()['drafts:open']({ id: 'a' })).notice).toMatch(
      /^草稿文件损坏，已从 \d\d:\d\d 的备份恢复/,
    );
    expect((await h()['drafts:open']({ id: 'a' })).notice).toBeNull();
  });
});

describe('drafts the list cannot read', () => {
  it('lists a draft with no good copy as 损坏 every time, with how to recover, and leaves it on disk', async () => {
    await h()['drafts:createFrom']({ draft: fullDraft2021({ id: 'ok' }) });
    fs.writeFileSync(path.join(dir, 'drafts', 'bad.json'), 'not json');
    for (let i = 0; i < 2; i++) {
      const list = await h()['drafts:list']({});
      expect(list.map((d) => d.id).sort()).toEqual(['bad', 'ok']);
      expect(list.find((d) => d.id === 'bad')?.damaged).toMatch(
        /草稿文件已损坏.*没有可用的备份.*导入草稿文件/,
      );
      expect(list.find((d) => d.id === 'ok')?.damaged).toBeUndefined();
    }
    expect(fs.readFileSync(path.join(dir, 'drafts', 'bad.json'), 'utf8')).toBe('not json');
    await h()['drafts:delete']({ id: 'bad' }); // the clerk can still move it to 回收站
    expect((await h()['drafts:list']({})).map((d) => d.id)).toEqual(['ok']);
    // …where it is listed with its 损坏 reason, and from where it can be restored (still 损坏) or removed.
    const trash = await h()['drafts:trash']({});
    expect(trash).toEqual([
      expect.objectContaining({ id: 'bad', damaged: expect.stringMatching(/不是有效/) }),
    ]);
    await expect(h()['drafts:untrash']({ id: 'bad' })).rejects.toMatchObject({ code: 'CORRUPT' });
    expect((await h()['drafts:list']({})).map((d) => d.id).sort()).toEqual(['bad', 'ok']);
    await h()['drafts:delete']({ id: 'bad' });
    expect(await h()['drafts:emptyTrash']({})).toEqual({ removed: 1 });
    expect(await h()['drafts:trash']({})).toEqual([]);
  });

  it('keeps listing a draft too new to read and failing validation, read-only with why', async () => {
    const draft = { ...fullDraft2021({ id: 'nv' }), cells: 'not cells' } as unknown as Draft;
    const newer = 99;
    const env = { ...wrapDraft(draft, '9.0.0'), schemaVersion: newer, sha256: payloadHash(draft, newer) };
    fs.mkdirSync(path.join(dir, 'drafts'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'drafts', 'nv.json'), JSON.stringify(env));
    for (let i = 0; i < 2; i++) {
      const list = await h()['drafts:list']({});
      expect(list).toEqual([
        expect.objectContaining({ id: 'nv', readOnly: true, unsupported: expect.stringMatching(/更新版本/) }),
      ]);
      expect(list[0]?.damaged).toBeUndefined();
    }
    expect(await h()['drafts:startupNotices']({})).toEqual([]);
  });
});

describe('createServices', () => {
  it('serves settings from the store and releases the data dir on close', async () => {
    const services = createServices({ dataDir: dir, shell: 'browser', documentsDir: '/docs' });
    expect((await services['settings:get']({})).exportDir).toBe(path.join('/docs', '年报导出'));
    expect(await services['settings:set']({ defaultAgency: '甲' })).toMatchObject({ defaultAgency: '甲' });
    await services['drafts:list']({});
    expect(fs.existsSync(path.join(dir, 'nianbao.lock'))).toBe(true);
    await closeServices(services);
    expect(fs.existsSync(path.join(dir, 'nianbao.lock'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'session.json'))).toBe(false);
  });

  it('counts issues of 我的年报 with the 公开期限 of the settings', async () => {
    const services = createServices({ dataDir: dir, shell: 'browser', documentsDir: '/docs' });
    try {
      const late = fullDraft2021({ id: 'late' });
      await services['drafts:createFrom']({
        draft: { ...late, signature: { ...late.signature, date: '2025-03-10' } },
      });
      const before = (await services['drafts:list']({}))[0];
      await services['settings:set']({ deadline: '03-31' });
      const after = (await services['drafts:list']({}))[0];
      expect(before && after).toBeTruthy();
      expect(after!.warnings).toBe(before!.warnings - 1); // R0-3 no longer fires
    } finally {
      await closeServices(services);
    }
  });
});
