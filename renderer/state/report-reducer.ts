// The pure report reducer: every edit of the draft (cells, texts, metadata, checklist) with undo/redo history.
import { getFormat, type ReportFormat } from '../../shared/formats';
import { parseSignatureDate } from '../../shared/draft/meta';
import type { Draft } from '../../shared/draft/schema';
import { clearOverride, fillBlanks } from '../../shared/engine';
import { applyCellChanges, describeProblems } from './cell-changes';
import { HISTORY_LIMIT, type MetaPatch, type ReportAction, type ReportState } from './report-state';

const DATE = /^(\d{4}-\d{2}-\d{2})?$/;

const stamp = (now: string | undefined): string => now ?? new Date().toISOString();

/** A draft's content for comparison: `updatedAt` aside, a blank cell the same whether absent or null. */
function content(d: Draft): string {
  const cells = Object.fromEntries(Object.entries(d.cells).filter(([, v]) => v !== null));
  return JSON.stringify({ ...d, cells, updatedAt: '' });
}

function sameContent(a: Draft, b: Draft): boolean {
  return a === b || content(a) === content(b);
}

function refuse(state: ReportState, message: string): ReportState {
  return { ...state, error: message, coalesce: null };
}

/**
 * Records `next` as the new draft. With `coalesce` equal to the previous edit's, the edit merges into the
 * previous undo step; a merged step that brings the draft back to where it started disappears.
 */
function commit(state: ReportState, next: Draft, coalesce: string | null = null): ReportState {
  if (next === state.draft) return state.error === null ? state : { ...state, error: null };
  const base = { dirty: true, revision: state.revision + 1, error: null, future: [] as Draft[] };
  const before = state.past[state.past.length - 1];
  if (coalesce !== null && coalesce === state.coalesce && before) {
    if (sameContent(before, next)) {
      return { ...state, ...base, draft: before, past: state.past.slice(0, -1), coalesce: null };
    }
    return { ...state, ...base, draft: next, coalesce };
  }
  const past = [...state.past, state.draft];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { ...state, ...base, draft: next, past, coalesce };
}

function applyMeta(draft: Draft, patch: MetaPatch, now: string): Draft | string {
  const date = patch.signature?.date;
  if (date !== undefined && !DATE.test(date)) return '成文日期应写成“2025-01-20”这样的格式';
  if (date) {
    const checked = parseSignatureDate(date);
    if (!checked.ok) return checked.reason;
  }
  const next: Draft = {
    ...draft,
    ...(patch.agency !== undefined ? { agency: patch.agency } : {}),
    ...(patch.preamble !== undefined ? { preamble: patch.preamble } : {}),
    contact: patch.contact ? { ...draft.contact, ...patch.contact } : draft.contact,
    signature: patch.signature ? { ...draft.signature, ...patch.signature } : draft.signature,
  };
  if (sameContent(next, draft)) return draft;
  return { ...next, updatedAt: now };
}

/** Typing in one metadata field merges into one undo step: "meta:agency", "meta:contact.phone" … */
function metaCoalesceKey(patch: MetaPatch): string {
  const fields = [
    ...(patch.agency !== undefined ? ['agency'] : []),
    ...(patch.preamble !== undefined ? ['preamble'] : []),
    ...Object.keys(patch.contact ?? {}).map((k) => `contact.${k}`),
    ...Object.keys(patch.signature ?? {}).map((k) => `signature.${k}`),
  ];
  return `meta:${fields.sort().join(',')}`;
}

function editCells(state: ReportState, format: ReportFormat, action: ReportAction): ReportState {
  if (action.type === 'setCell') {
    const change =
      action.reason === undefined
        ? { key: action.key, value: action.value }
        : { key: action.key, value: action.value, reason: action.reason };
    const result = applyCellChanges(format, state.draft, [change], stamp(action.now));
    if (!result.ok) return refuse(state, describeProblems(format, result.problems));
    const key = action.session === undefined ? null : `cell:${action.key}:${String(action.session)}`;
    return commit(state, result.draft, key);
  }
  if (action.type === 'applyCells') {
    const result = applyCellChanges(format, state.draft, action.changes, stamp(action.now));
    if (!result.ok) return refuse(state, describeProblems(format, result.problems));
    return commit(state, result.draft);
  }
  return state;
}

export function reportReducer(state: ReportState, action: ReportAction): ReportState {
  const draft = state.draft;
  switch (action.type) {
    case 'load':
      return {
        draft: action.draft,
        past: [],
        future: [],
        dirty: action.dirty ?? false,
        revision: state.revision + 1,
        error: null,
        coalesce: null,
      };
    case 'setCell':
    case 'applyCells':
      return editCells(state, getFormat(draft.formatId), action);
    case 'setText': {
      if (draft.texts[action.sectionId] === action.text) return commit(state, draft);
      const next = {
        ...draft,
        texts: { ...draft.texts, [action.sectionId]: action.text },
        updatedAt: stamp(action.now),
      };
      return commit(state, next, `text:${action.sectionId}`);
    }
    case 'setMeta': {
      const next = applyMeta(draft, action.patch, stamp(action.now));
      if (typeof next === 'string') return refuse(state, next);
      return commit(state, next, metaCoalesceKey(action.patch));
    }
    case 'fillBlanks': {
      const value = action.value ?? 0;
      if (!Number.isInteger(value) || value < 0) return refuse(state, '空白只能统一填为非负整数（通常为 0）');
      return commit(state, fillBlanks(getFormat(draft.formatId), draft, value, stamp(action.now)));
    }
    case 'clearOverride':
      return commit(state, clearOverride(draft, action.key, stamp(action.now)));
    case 'toggleChecklist': {
      const item = draft.checklist[action.index];
      if (!item) return refuse(state, '清单中没有这一项');
      const checklist = draft.checklist.map((c, i) => (i === action.index ? { ...c, done: !c.done } : c));
      return commit(state, { ...draft, checklist, updatedAt: stamp(action.now) });
    }
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      if (!previous) return state;
      return {
        ...state,
        draft: previous,
        past: state.past.slice(0, -1),
        future: [...state.future, draft],
        dirty: true,
        revision: state.revision + 1,
        error: null,
        coalesce: null,
      };
    }
    case 'redo': {
      const next = state.future[state.future.length - 1];
      if (!next) return state;
      return {
        ...state,
        draft: next,
        past: [...state.past, draft],
        future: state.future.slice(0, -1),
        dirty: true,
        revision: state.revision + 1,
        error: null,
        coalesce: null,
      };
    }
    case 'markSaved':
      return action.revision === state.revision && state.dirty ? { ...state, dirty: false } : state;
  }
}
