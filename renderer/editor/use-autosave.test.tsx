// Autosave timing: 1 s debounce, 5 s max wait while typing, retry after failure, saves queued, flush on page hide;
// base revisions, and a stale save that stops autosave until the clerk decides; unsaved content kept in localStorage.
import { act, renderHook } from '@testing-library/react';
import { createDraft } from '../../shared/draft/create';
import type { Draft } from '../../shared/draft/schema';
import { useReport } from '../state';
import { useAutosave } from './use-autosave';

const base = createDraft({ agency: '甲街道办事处', year: 2025, now: '2026-01-01T00:00:00Z', id: 'd1' });

function setup(
  save: (
    d: Draft,
    baseRevision: string,
  ) => Promise<{ savedAt: string; revision?: string; notice?: string | null }>,
  readOnly = false,
  onCloseHeld?: (saved: boolean) => void,
  onNotice?: (message: string) => void,
) {
  return renderHook(() => {
    const report = useReport(base);
    const autosave = useAutosave({
      state: report.state,
      dispatch: report.dispatch,
      readOnly,
      savedAt: '2026-01-01T00:00:00Z',
      revision: 'r0',
      save: async (d, baseRevision) => ({ revision: `${baseRevision}+`, ...(await save(d, baseRevision)) }),
      describeError: (e) => (e instanceof Error ? e.message : '未知'),
      ...(onCloseHeld ? { onCloseHeld } : {}),
      ...(onNotice ? { onNotice } : {}),
    });
    return { report, autosave };
  });
}

const type = (h: ReturnType<typeof setup>, text: string) =>
  act(() => h.result.current.report.dispatch({ type: 'setText', sectionId: 's1', text }));
const advance = (ms: number) =>
  act(async () => {
    jest.advanceTimersByTime(ms);
    await Promise.resolve();
  });

beforeEach(() => {
  jest.useFakeTimers();
  localStorage.clear();
});
afterEach(() => jest.useRealTimers());

describe('useAutosave', () => {
  it('saves 1 s after the last edit and reports the time', async () => {
    const save = jest.fn(async (_d: Draft) => ({ savedAt: '2026-01-02T06:32:05Z' }));
    const h = setup(save);
    type(h, '第一段');
    await advance(999);
    expect(save).not.toHaveBeenCalled();
    await advance(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[0]?.texts.s1).toBe('第一段');
    expect(h.result.current.autosave.status).toEqual({ kind: 'saved', at: '2026-01-02T06:32:05Z' });
    expect(h.result.current.report.state.dirty).toBe(false);
  });

  it('is never more than 5 s behind while the clerk keeps typing', async () => {
    const save = jest.fn(async () => ({ savedAt: 'x' }));
    const h = setup(save);
    for (let t = 0; t < 5000; t += 400) {
      type(h, `字${t}`);
      await advance(400);
    }
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('shows a failure and saves on retry without losing the edit', async () => {
    const save = jest
      .fn<Promise<{ savedAt: string }>, [Draft]>()
      .mockRejectedValueOnce(new Error('磁盘已满，未能保存。'))
      .mockResolvedValue({ savedAt: 'later' });
    const h = setup(save);
    type(h, '重要内容');
    await advance(1000);
    expect(h.result.current.autosave.status).toEqual({ kind: 'error', message: '磁盘已满，未能保存。' });
    expect(h.result.current.report.state.dirty).toBe(true);
    await act(async () => {
      await expect(h.result.current.autosave.flush()).resolves.toBe(true);
    });
    expect(save).toHaveBeenLastCalledWith(
      expect.objectContaining({ texts: expect.objectContaining({ s1: '重要内容' }) }),
      'r0',
    );
    expect(h.result.current.autosave.status).toEqual({ kind: 'saved', at: 'later' });
  });

  it('saves edits made during a save afterwards, one save at a time', async () => {
    let release: (v: { savedAt: string }) => void = () => undefined;
    const save = jest.fn(
      (d: Draft) =>
        new Promise<{ savedAt: string }>((resolve) => {
          release = resolve;
          void d;
        }),
    );
    const h = setup(save);
    type(h, 'A');
    await advance(1000);
    expect(save).toHaveBeenCalledTimes(1);
    type(h, 'AB');
    await advance(1000);
    expect(save).toHaveBeenCalledTimes(1);
    await act(async () => release({ savedAt: '1' }));
    expect(h.result.current.report.state.dirty).toBe(true);
    await advance(0);
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]?.[0]?.texts.s1).toBe('AB');
    await act(async () => release({ savedAt: '2' }));
    expect(h.result.current.report.state.dirty).toBe(false);
  });

  it('flushes at once when the page is hidden or closed', async () => {
    const save = jest.fn(async () => ({ savedAt: 'x' }));
    const h = setup(save);
    type(h, '关闭前');
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
      await Promise.resolve();
    });
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('never saves a read-only report', async () => {
    const save = jest.fn(async () => ({ savedAt: 'x' }));
    const h = setup(save, true);
    type(h, '只读');
    await advance(6000);
    expect(save).not.toHaveBeenCalled();
    expect(h.result.current.autosave.status).toEqual({ kind: 'readonly' });
  });

  it('holds a close with unsaved edits back, saves, then reports it', async () => {
    const save = jest.fn(async () => ({ savedAt: 'x' }));
    const held = jest.fn();
    const h = setup(save, false, held);
    const clean = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).toBe(false);
    type(h, '未保存');
    const dirty = new Event('beforeunload', { cancelable: true });
    await act(async () => {
      window.dispatchEvent(dirty);
      await Promise.resolve();
    });
    expect(dirty.defaultPrevented).toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
    await act(async () => Promise.resolve());
    expect(held).toHaveBeenCalledWith(true);
  });

  it('sends the revision each save was based on', async () => {
    const save = jest.fn(async (_d: Draft, _base: string) => ({ savedAt: 'x' }));
    const h = setup(save);
    type(h, '一');
    await advance(1000);
    type(h, '二');
    await advance(1000);
    expect(save.mock.calls.map((c) => c[1])).toEqual(['r0', 'r0+']);
  });

  it('stops saving after a stale refusal until the clerk keeps this copy or reloads', async () => {
    const stale = Object.assign(
      new Error('这份草稿已在另一个窗口或标签页中修改并保存（14:32），本页的修改未保存。'),
      {
        code: 'STALE',
      },
    );
    const save = jest
      .fn<Promise<{ savedAt: string; revision?: string }>, [Draft, string]>()
      .mockRejectedValueOnce(stale)
      .mockResolvedValue({ savedAt: 'mine', revision: 'r2' });
    const h = setup(save);
    type(h, '本页内容');
    await advance(1000);
    expect(h.result.current.autosave.status).toEqual({ kind: 'conflict', message: stale.message });
    type(h, '本页内容继续');
    await advance(6000);
    expect(save).toHaveBeenCalledTimes(1); // no silent retry over the other tab's work
    await act(async () => {
      await expect(h.result.current.autosave.keepMine('r1')).resolves.toBe(true);
    });
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]?.[1]).toBe('r1');
    expect(save.mock.calls[1]?.[0]?.texts.s1).toBe('本页内容继续');
    expect(h.result.current.autosave.status).toEqual({ kind: 'saved', at: 'mine' });
  });

  it('shows a notice repeated by every save (history cannot be written) once', async () => {
    const notice = '草稿已保存，但写入历史版本失败：没有访问权限（EACCES）。';
    const save = jest.fn(async () => ({ savedAt: 'x', notice }));
    const onNotice = jest.fn();
    const h = setup(save, false, undefined, onNotice);
    for (const text of ['一', '二', '三']) {
      type(h, text);
      await advance(1000);
    }
    expect(save).toHaveBeenCalledTimes(3);
    expect(onNotice).toHaveBeenCalledTimes(1);
    expect(onNotice).toHaveBeenCalledWith(notice);
  });

  it('keeps the newest unsaved content in localStorage while the service is away, and forgets it once saved', async () => {
    let answer: (v: { savedAt: string }) => void = () => undefined;
    const save = jest.fn((_d: Draft, _b: string) => new Promise<{ savedAt: string }>((r) => (answer = r)));
    const h = setup(save);
    type(h, '第一段');
    await advance(1000);
    expect(save).toHaveBeenCalledTimes(1); // waiting for the service
    type(h, '第一段第二段');
    const kept = JSON.parse(localStorage.getItem('nianbao:unsaved:d1') ?? '{}') as { body: string };
    expect(JSON.parse(kept.body)).toMatchObject({
      baseRevision: 'r0',
      draft: { texts: { s1: '第一段第二段' } },
    });
    await act(async () => answer({ savedAt: 'a' }));
    // Saved on r0 → r0+: the newer content is kept on the new base until its own save.
    const rebased = JSON.parse(localStorage.getItem('nianbao:unsaved:d1') ?? '{}') as { body: string };
    expect(JSON.parse(rebased.body)).toMatchObject({ baseRevision: 'r0+' });
    await advance(1000);
    await act(async () => answer({ savedAt: 'b' }));
    expect(save.mock.calls[1]?.[1]).toBe('r0+');
    expect(localStorage.getItem('nianbao:unsaved:d1')).toBeNull();
  });

  it('takes up content kept by a closed page and saves it on its old base; stale opens the conflict', async () => {
    const mine = { ...base, texts: { ...base.texts, s1: '关页前输入的内容' } };
    localStorage.setItem(
      'nianbao:unsaved:d1',
      JSON.stringify({ at: Date.now(), body: JSON.stringify({ draft: mine, baseRevision: 'r-old' }) }),
    );
    const stale = Object.assign(new Error('已在别处保存'), { code: 'STALE' });
    const save = jest.fn<Promise<{ savedAt: string }>, [Draft, string]>().mockRejectedValue(stale);
    const h = setup(save);
    await advance(0); // asks which other pages are open first
    expect(h.result.current.report.state.draft.texts.s1).toBe('关页前输入的内容');
    expect(h.result.current.report.state.dirty).toBe(true);
    await advance(1000);
    expect(save.mock.calls[0]?.[1]).toBe('r-old');
    expect(h.result.current.autosave.status).toEqual({ kind: 'conflict', message: '已在别处保存' });
    expect(localStorage.getItem('nianbao:unsaved:d1')).not.toBeNull(); // still kept until the clerk decides
  });
});
