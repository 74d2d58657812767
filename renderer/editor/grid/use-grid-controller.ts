// The grid's state and commands: selection, focus moves, typed values, clearing, undo/redo, copy, paste, overrides.
import { useLayoutEffect, useMemo, useRef, useState, type ClipboardEvent, type RefObject } from 'react';
import { cellsOf, type CellKey, type ReportFormat, type TableDef } from '../../../shared/formats';
import type { Draft } from '../../../shared/draft/schema';
import type { Evaluation } from '../../../shared/engine';
import { parseCell, type ParseResult } from '../../../shared/engine/parse-cell';
import type { ReportDispatch } from '../../state/report-state';
import { copyBlock, planPaste, toTsv, type Rect } from './clipboard';
import type { GridApi } from './grid-api';
import { gridLayout, parseColumnOf } from './grid-layout';

export interface Pos {
  readonly r: number;
  readonly c: number;
}

export interface Selection {
  readonly anchor: Pos;
  readonly active: Pos;
}

export interface PasteReport {
  /** Summary sentence (refused or accepted with notes). */
  readonly message: string;
  readonly refused: boolean;
  /** Reason per cell. */
  readonly cells: Readonly<Record<CellKey, string>>;
}

export interface GridInputs {
  readonly format: ReportFormat;
  readonly table: TableDef;
  readonly draft: Draft;
  readonly evaluation: Evaluation;
  readonly dispatch: ReportDispatch;
}

export function rectOf(sel: Selection): Rect {
  return {
    top: Math.min(sel.anchor.r, sel.active.r),
    bottom: Math.max(sel.anchor.r, sel.active.r),
    left: Math.min(sel.anchor.c, sel.active.c),
    right: Math.max(sel.anchor.c, sel.active.c),
  };
}

const ORIGIN: Selection = { anchor: { r: 0, c: 0 }, active: { r: 0, c: 0 } };

export function useGridController(inputs: GridInputs, tableRef: RefObject<HTMLTableElement | null>) {
  const [selection, setSelectionState] = useState<Selection>(ORIGIN);
  const [invalid, setInvalidState] = useState<Readonly<Record<CellKey, { raw: string; reason: string }>>>({});
  const [paste, setPaste] = useState<PasteReport | null>(null);
  const [override, setOverride] = useState<{ key: CellKey; initial: string } | null>(null);
  const latest = useRef(inputs);
  const selRef = useRef<Selection>(ORIGIN);
  const editingRef = useRef(false);
  /** True while the grid itself moves the focus (the focus event must not reset the selection). */
  const moving = useRef(false);
  useLayoutEffect(() => {
    latest.current = inputs;
  });

  const api = useMemo<GridApi>(() => {
    const rows = () => gridLayout(latest.current.table).rows.length;
    const cols = () => latest.current.table.columns.length;
    const select = (sel: Selection) => {
      selRef.current = sel;
      setSelectionState(sel);
    };
    const focus = (p: Pos) => {
      tableRef.current?.querySelector<HTMLInputElement>(`input[data-r="${p.r}"][data-c="${p.c}"]`)?.focus();
    };
    const go = (p: Pos, extend: boolean) => {
      select({ anchor: extend ? selRef.current.anchor : p, active: p });
      moving.current = true;
      try {
        focus(p);
      } finally {
        moving.current = false;
      }
    };
    const dropInvalid = (key: CellKey) =>
      setInvalidState((m) => {
        if (!(key in m)) return m;
        return Object.fromEntries(Object.entries(m).filter(([k]) => k !== key));
      });
    const parse = (key: CellKey, raw: string): ParseResult => {
      const info = cellsOf(latest.current.format).get(key);
      if (!info) return { ok: false, reason: `没有这个单元格：${key}` };
      return parseCell(raw, parseColumnOf(info.row, info.column));
    };
    return {
      parse,
      commit(key, value, session) {
        latest.current.dispatch({ type: 'setCell', key, value, session });
        dropInvalid(key);
        setPaste(null);
      },
      move(r, c, dr, dc, options = {}) {
        let nr = r + dr;
        let nc = c + dc;
        if (options.wrap) {
          if (nc >= cols()) [nr, nc] = [r + 1, 0];
          if (nc < 0) [nr, nc] = [r - 1, cols() - 1];
          if (nr < 0 || nr >= rows()) return false;
        }
        nr = Math.max(0, Math.min(rows() - 1, nr));
        nc = Math.max(0, Math.min(cols() - 1, nc));
        go({ r: nr, c: nc }, options.extend === true);
        return true;
      },
      moveTo(r, c, extend = false) {
        go({ r: Math.min(r, rows() - 1), c: Math.min(c, cols() - 1) }, extend);
      },
      activate(r, c) {
        if (moving.current) return;
        const { active: a, anchor: b } = selRef.current;
        if (a.r !== r || a.c !== c || b.r !== r || b.c !== c) select({ anchor: { r, c }, active: { r, c } });
      },
      extendTo(r, c) {
        go({ r, c }, true);
      },
      collapse() {
        const a = selRef.current.active;
        select({ anchor: a, active: a });
        setPaste(null);
      },
      pick(values) {
        const changes = Object.entries(values).map(([key, value]) => ({ key, value }));
        if (changes.length > 0) latest.current.dispatch({ type: 'applyCells', changes });
        for (const key of Object.keys(values)) dropInvalid(key);
        setPaste(null);
      },
      clearRange() {
        const { table, evaluation, dispatch } = latest.current;
        const layout = gridLayout(table);
        const rect = rectOf(selRef.current);
        const changes = [];
        for (let r = rect.top; r <= rect.bottom; r++) {
          for (let c = rect.left; c <= rect.right; c++) {
            const key = layout.rows[r]?.keys[c];
            if (key === undefined || evaluation.linked[key]) continue;
            if (cellsOf(latest.current.format).get(key)?.computed) continue;
            if ((latest.current.draft.cells[key] ?? null) !== null) changes.push({ key, value: null });
            dropInvalid(key);
          }
        }
        if (changes.length > 0) dispatch({ type: 'applyCells', changes });
      },
      undo() {
        latest.current.dispatch({ type: 'undo' });
      },
      redo() {
        latest.current.dispatch({ type: 'redo' });
      },
      override(key, initial) {
        setOverride({ key, initial });
      },
      restore(key) {
        latest.current.dispatch({ type: 'clearOverride', key });
      },
      setInvalid(key, raw, reason) {
        setInvalidState((m) => ({ ...m, [key]: { raw, reason } }));
      },
      clearInvalid: dropInvalid,
      editing(active) {
        editingRef.current = active;
      },
    };
  }, [tableRef]);

  const onCopy = (e: ClipboardEvent) => {
    if (editingRef.current || !(e.target instanceof HTMLInputElement)) return;
    e.preventDefault();
    const { table, evaluation } = latest.current;
    e.clipboardData.setData(
      'text/plain',
      toTsv(copyBlock(gridLayout(table), evaluation, rectOf(selRef.current))),
    );
  };

  const onPaste = (e: ClipboardEvent) => {
    if (!(e.target instanceof HTMLInputElement) || !e.target.dataset['key']) return;
    const text = e.clipboardData.getData('text/plain');
    if (editingRef.current && !/[\t\r\n]/.test(text.replace(/(\r\n|\r|\n)$/, ''))) return;
    e.preventDefault();
    const { format, table, draft, evaluation, dispatch } = latest.current;
    const rect = rectOf(selRef.current);
    const many = rect.bottom > rect.top || rect.right > rect.left;
    const plan = planPaste({
      format,
      table,
      draft,
      evaluation,
      at: { r: rect.top, c: rect.left },
      text,
      ...(many ? { fill: rect } : {}),
    });
    if (!plan.ok) {
      setPaste({
        message: plan.message,
        refused: true,
        cells: Object.fromEntries(plan.problems.map((p) => [p.key, p.reason])),
      });
      return;
    }
    if (plan.changes.length > 0) dispatch({ type: 'applyCells', changes: plan.changes });
    const sel = {
      anchor: { r: plan.area.bottom, c: plan.area.right },
      active: { r: plan.area.top, c: plan.area.left },
    };
    selRef.current = sel;
    setSelectionState(sel);
    moving.current = true;
    try {
      tableRef.current
        ?.querySelector<HTMLInputElement>(`input[data-r="${plan.area.top}"][data-c="${plan.area.left}"]`)
        ?.focus();
    } finally {
      moving.current = false;
    }
    const changed = plan.changes.length;
    setPaste(
      plan.notes.length > 0
        ? {
            message: `已粘贴，改动 ${changed} 个单元格；以下数值作了换算或更正，请核对`,
            refused: false,
            cells: Object.fromEntries(plan.notes.map((p) => [p.key, p.reason])),
          }
        : changed === 0
          ? { message: '粘贴的数值与表中现有数值相同，未作改动', refused: false, cells: {} }
          : null,
    );
  };

  return {
    api,
    selection,
    invalid,
    paste,
    dismissPaste: () => setPaste(null),
    override,
    closeOverride: () => setOverride(null),
    onCopy,
    onPaste,
  };
}
