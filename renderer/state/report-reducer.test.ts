// Tests of the report reducer: cell edits, all-or-nothing batches, typing coalescing, undo/redo, save revisions.
import { createDraft, carryOver } from '../../shared/draft/create';
import type { Draft } from '../../shared/draft/schema';
import { reportReducer } from './report-reducer';
import { initReportState, type ReportAction, type ReportState } from './report-state';
import { evaluationOf } from './selectors';

const NOW = '2026-01-05T08:00:00.000Z';
const fresh = (): Draft =>
  createDraft({ agency: '某某县人民政府办公室', year: 2025, now: '2026-01-01T00:00:00.000Z', id: 'd1' });
const run = (state: ReportState, ...actions: ReportAction[]): ReportState =>
  actions.reduce(reportReducer, state);

describe('setCell', () => {
  it('stores a value, makes the draft dirty and adds one undo step', () => {
    const s = run(initReportState(fresh()), { type: 'setCell', key: 't3.new.natural', value: 5, now: NOW });
    expect(s.draft.cells['t3.new.natural']).toBe(5);
    expect(s.draft.updatedAt).toBe(NOW);
    expect(s.dirty).toBe(true);
    expect(s.past).toHaveLength(1);
    expect(s.revision).toBe(1);
    expect(evaluationOf(s.draft).values['t3.new.total']).toBe(5);
  });

  it('refuses a computed cell with a Chinese reason and changes nothing', () => {
    const s0 = initReportState(fresh());
    const s = reportReducer(s0, { type: 'setCell', key: 't3.new.total', value: 5 });
    expect(s.draft).toBe(s0.draft);
    expect(s.past).toHaveLength(0);
    expect(s.error).toContain('自动计算');
    expect(s.error).toContain('表三 一、本年新收政府信息公开申请数量 总计');
  });

  it('does not add an undo step when the value is unchanged', () => {
    const s1 = run(initReportState(fresh()), { type: 'setCell', key: 't3.new.natural', value: 5 });
    const s2 = reportReducer(s1, { type: 'setCell', key: 't3.new.natural', value: 5 });
    expect(s2).toBe(s1);
  });

  it('merges one typing session into one undo step and drops it when typed back to the start', () => {
    const key = 't3.new.natural';
    let s = run(
      initReportState(fresh()),
      { type: 'setCell', key, value: 7 },
      { type: 'setCell', key, value: 1, session: 'a' },
      { type: 'setCell', key, value: 12, session: 'a' },
      { type: 'setCell', key, value: 123, session: 'a' },
    );
    expect(s.past).toHaveLength(2);
    expect(s.draft.cells[key]).toBe(123);
    s = reportReducer(s, { type: 'undo' });
    expect(s.draft.cells[key]).toBe(7);
    s = run(
      s,
      { type: 'setCell', key, value: 9, session: 'b' },
      { type: 'setCell', key, value: 7, session: 'b' },
    );
    expect(s.past).toHaveLength(1);
    expect(s.draft.cells[key]).toBe(7);
    // A new session on the same cell is a new undo step.
    s = run(
      s,
      { type: 'setCell', key, value: 8, session: 'c' },
      { type: 'setCell', key, value: 6, session: 'd' },
    );
    expect(s.past).toHaveLength(3);
  });

  it('needs a reason to change a carried cell, and records it as an override', () => {
    const prev = run(initReportState(fresh()), {
      type: 'setCell',
      key: 't3.carry_forward.natural',
      value: 3,
    });
    const draft = carryOver(prev.draft, { year: 2026 });
    const s0 = initReportState(draft);
    expect(evaluationOf(draft).linked['t3.carried.natural']?.value).toBe(3);
    const refused = reportReducer(s0, { type: 'setCell', key: 't3.carried.natural', value: 4 });
    expect(refused.error).toContain('修改须说明原因');
    const s = reportReducer(s0, {
      type: 'setCell',
      key: 't3.carried.natural',
      value: 4,
      reason: '上年漏报一件',
    });
    expect(s.draft.overrides['t3.carried.natural']).toBe('上年漏报一件');
    expect(evaluationOf(s.draft).values['t3.carried.natural']).toBe(4);
    const back = reportReducer(s, { type: 'clearOverride', key: 't3.carried.natural' });
    expect(back.draft.overrides['t3.carried.natural']).toBeUndefined();
    expect(evaluationOf(back.draft).values['t3.carried.natural']).toBe(3);
    expect(back.past).toHaveLength(2);
  });
});

describe('applyCells', () => {
  const changes = [
    { key: 't3.new.natural', value: 1 },
    { key: 't3.new.commercial', value: 2 },
    { key: 't3.carried.natural', value: null },
  ];

  it('applies a batch as one undo step', () => {
    let s = run(initReportState(fresh()), { type: 'applyCells', changes });
    expect(s.past).toHaveLength(1);
    expect(evaluationOf(s.draft).values['t3.new.total']).toBe(3);
    s = reportReducer(s, { type: 'undo' });
    expect(s.draft.cells['t3.new.natural']).toBeUndefined();
    expect(s.draft.cells['t3.new.commercial']).toBeUndefined();
  });

  it('is all-or-nothing and names every refused cell', () => {
    const s0 = initReportState(fresh());
    const s = reportReducer(s0, {
      type: 'applyCells',
      changes: [...changes, { key: 't3.results_total.natural', value: 1 }, { key: 't9.x.y', value: 1 }],
    });
    expect(s.draft).toBe(s0.draft);
    expect(s.past).toHaveLength(0);
    expect(s.error?.split('\n')).toHaveLength(2);
    expect(s.error).toContain('表三 （七）总计 自然人');
    expect(s.error).toContain('没有这个单元格');
  });
});

describe('texts and metadata', () => {
  it('coalesces consecutive typing in one section into one undo step', () => {
    let s = run(
      initReportState(fresh()),
      { type: 'setText', sectionId: 's1', text: '本' },
      { type: 'setText', sectionId: 's1', text: '本年' },
      { type: 'setText', sectionId: 's1', text: '本年度' },
    );
    expect(s.past).toHaveLength(1);
    s = run(
      s,
      { type: 'setText', sectionId: 's5', text: '问题' },
      { type: 'setText', sectionId: 's1', text: '本年度，' },
    );
    expect(s.past).toHaveLength(3);
    s = run(s, { type: 'undo' }, { type: 'undo' });
    expect(s.draft.texts['s1']).toBe('本年度');
    expect(s.draft.texts['s5']).toBe(fresh().texts['s5']);
    s = reportReducer(s, { type: 'undo' });
    expect(s.draft.texts['s1']).toBe(fresh().texts['s1']);
  });

  it('a cell edit between two typing runs splits them', () => {
    const s = run(
      initReportState(fresh()),
      { type: 'setText', sectionId: 's1', text: 'a' },
      { type: 'setCell', key: 't3.new.natural', value: 1 },
      { type: 'setText', sectionId: 's1', text: 'ab' },
    );
    expect(s.past).toHaveLength(3);
  });

  it('patches contact and signature fields and refuses a malformed date', () => {
    let s = run(
      initReportState(fresh()),
      { type: 'setMeta', patch: { contact: { phone: '0591-1234567' } } },
      { type: 'setMeta', patch: { signature: { date: '2026-01-20' } } },
    );
    expect(s.draft.contact).toEqual({ address: '', postcode: '', phone: '0591-1234567', email: '' });
    expect(s.draft.signature.date).toBe('2026-01-20');
    expect(s.draft.signature.agency).toBe('某某县人民政府办公室');
    const bad = reportReducer(s, { type: 'setMeta', patch: { signature: { date: '2026年1月20日' } } });
    expect(bad.draft).toBe(s.draft);
    expect(bad.error).toContain('成文日期');
    const impossible = reportReducer(s, { type: 'setMeta', patch: { signature: { date: '2025-02-30' } } });
    expect(impossible.draft).toBe(s.draft);
    expect(impossible.error).toBe('2025年2月没有30日，请检查成文日期');
    s = reportReducer(s, { type: 'undo' });
    expect(s.draft.signature.date).toBe('');
  });
});

describe('fillBlanks and checklist', () => {
  it('fills every blank input cell in one step, undoable', () => {
    let s = run(
      initReportState(fresh()),
      { type: 'setCell', key: 't3.new.natural', value: 4 },
      { type: 'fillBlanks' },
    );
    const e = evaluationOf(s.draft);
    expect(e.blanks).toHaveLength(0);
    expect(s.draft.cells['t3.new.natural']).toBe(4);
    expect(s.draft.cells['t4.cases.review_upheld']).toBe(0);
    s = reportReducer(s, { type: 'undo' });
    expect(evaluationOf(s.draft).blanks.length).toBeGreaterThan(100);
    expect(reportReducer(s, { type: 'fillBlanks', value: -1 }).error).toContain('非负整数');
  });

  it('toggles a checklist item and refuses an index that does not exist', () => {
    const draft = { ...fresh(), checklist: [{ text: '公开不及时', done: false }] };
    const s = reportReducer(initReportState(draft), { type: 'toggleChecklist', index: 0 });
    expect(s.draft.checklist[0]?.done).toBe(true);
    expect(reportReducer(s, { type: 'toggleChecklist', index: 3 }).error).toBe('清单中没有这一项');
  });
});

describe('undo, redo, load, markSaved', () => {
  it('redoes undone steps and a new edit clears the redo list', () => {
    let s = run(
      initReportState(fresh()),
      { type: 'setCell', key: 't3.new.natural', value: 1 },
      { type: 'setText', sectionId: 's1', text: '正文' },
      { type: 'undo' },
      { type: 'undo' },
    );
    expect(s.future).toHaveLength(2);
    expect(s.draft.cells['t3.new.natural']).toBeUndefined();
    s = reportReducer(s, { type: 'redo' });
    expect(s.draft.cells['t3.new.natural']).toBe(1);
    s = reportReducer(s, { type: 'setCell', key: 't3.new.legal', value: 2 });
    expect(s.future).toHaveLength(0);
    expect(reportReducer(s, { type: 'redo' })).toBe(s);
  });

  it('undo with nothing to undo keeps the state', () => {
    const s = initReportState(fresh());
    expect(reportReducer(s, { type: 'undo' })).toBe(s);
  });

  it('markSaved clears dirty only for the current revision', () => {
    let s = run(initReportState(fresh()), { type: 'setCell', key: 't3.new.natural', value: 1 });
    const saving = s.revision;
    s = reportReducer(s, { type: 'setCell', key: 't3.new.natural', value: 2 });
    s = reportReducer(s, { type: 'markSaved', revision: saving });
    expect(s.dirty).toBe(true);
    s = reportReducer(s, { type: 'markSaved', revision: s.revision });
    expect(s.dirty).toBe(false);
  });

  it('load replaces the draft and forgets the history', () => {
    const s1 = run(initReportState(fresh()), { type: 'setCell', key: 't3.new.natural', value: 1 });
    const other = { ...fresh(), id: 'd2' };
    const s2 = reportReducer(s1, { type: 'load', draft: other });
    expect(s2.draft).toBe(other);
    expect(s2.past).toHaveLength(0);
    expect(s2.dirty).toBe(false);
    expect(s2.revision).toBeGreaterThan(s1.revision);
  });

  it('keeps at most HISTORY_LIMIT undo steps', () => {
    let s = initReportState(fresh());
    for (let i = 1; i <= 205; i++) s = reportReducer(s, { type: 'setCell', key: 't3.new.natural', value: i });
    expect(s.past).toHaveLength(200);
    expect(s.past[0]?.cells['t3.new.natural']).toBe(5);
  });
});
