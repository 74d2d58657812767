// One figure cell of the grid: a text input with spreadsheet keys, IME-safe live parsing and its message bubble.
import { memo, useRef, useState, type ChangeEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { Level } from '../../../shared/formats/types';
import { CellBubble } from './cell-bubble';
import { BLANK_MESSAGE, type CellKind } from './cell-views';
import type { GridApi } from './grid-api';

export interface GridCellProps {
  readonly cellKey: string;
  readonly r: number;
  readonly c: number;
  /** Accessible name: "<表名> <行标签> <列标签>". */
  readonly label: string;
  readonly kind: CellKind;
  readonly text: string;
  readonly value: number | null;
  readonly level: Level | null;
  readonly message: string;
  readonly hint: string;
  readonly reason: string;
  readonly blank: boolean;
  /** A total over blank cells (shown greyed with 未完; printed as —). */
  readonly incomplete: boolean;
  /** 需核对 evidence from an import ('' for none). */
  readonly review: string;
  /** Readings of the 需核对 cell's row to pick from (input cell → value). */
  readonly readings: readonly Readonly<Record<string, number>>[];
  readonly colSpan: number;
  readonly active: boolean;
  readonly selected: boolean;
  /** Text typed earlier that could not be read, kept so nothing is lost, and why. */
  readonly invalidRaw: string;
  readonly invalidReason: string;
  /** Why a paste refused this cell. */
  readonly pasteError: string;
  readonly api: GridApi;
  readonly readOnly?: boolean;
}

const READ_ONLY_NOTE = '该报告为只读，不能修改';

interface Edit {
  readonly raw: string;
  /** enter: started by typing (arrows leave the cell); edit: F2 / double-click (arrows move the caret). */
  readonly mode: 'enter' | 'edit';
  readonly session: number;
  /** The stored value when the edit began (restored by Esc). */
  readonly original: number | null;
}

let sessions = 0;

const PRINTABLE = /^.$/u;

function GridCellImpl(props: GridCellProps) {
  const { cellKey, r, c, kind, api, active } = props;
  const [edit, setEditState] = useState<Edit | null>(null);
  const [error, setError] = useState('');
  const [note, setNote] = useState('');
  /** The bubble shows only while this input has the focus (every table of a section has an active cell). */
  const [focused, setFocused] = useState(false);
  const editRef = useRef<Edit | null>(null);
  const composing = useRef(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const writable = !props.readOnly && (kind === 'input' || kind === 'override');

  const setEdit = (next: Edit | null) => {
    editRef.current = next;
    setEditState(next);
    api.editing(next !== null);
  };
  const begin = (mode: Edit['mode'], raw: string): Edit => {
    sessions += 1;
    const next: Edit = { raw, mode, session: sessions, original: props.value };
    setEdit(next);
    return next;
  };
  /** Parses the typed text: a valid figure is stored at once; an invalid one restores the value before the edit. */
  const apply = (ed: Edit, raw: string) => {
    const result = api.parse(cellKey, raw);
    if (result.ok) {
      setError('');
      setNote(result.warning ?? '');
      api.commit(cellKey, result.value, ed.session);
    } else {
      setError(result.reason);
      setNote('');
      api.commit(cellKey, ed.original, ed.session);
    }
  };
  const endEdit = () => {
    if (editRef.current) setEdit(null);
    setError('');
  };
  /** Ends the edit before leaving the cell; false (and the reason shown) when the text cannot be read. */
  const finish = (): boolean => {
    const ed = editRef.current;
    if (!ed) return true;
    const result = api.parse(cellKey, ed.raw);
    if (!result.ok) {
      setError(result.reason);
      return false;
    }
    endEdit();
    return true;
  };
  const cancel = (input: HTMLInputElement) => {
    const ed = editRef.current;
    if (ed) api.commit(cellKey, ed.original, ed.session);
    endEdit();
    setNote('');
    api.clearInvalid(cellKey);
    requestAnimationFrame(() => input.select());
  };
  const editInPlace = (input: HTMLInputElement) => {
    if (props.readOnly) return setNote(READ_ONLY_NOTE);
    if (kind === 'linked') return api.override(cellKey, '');
    if (kind === 'computed') return setNote('这是自动计算的合计，不能直接填写');
    const raw = editRef.current?.raw ?? (props.invalidRaw || props.text);
    if (!editRef.current) begin('edit', raw);
    else setEdit({ ...editRef.current, mode: 'edit' });
    // The text shown does not change, so the caret can be placed at once (after the browser's own selection).
    input.setSelectionRange(raw.length, raw.length);
  };

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    if (!writable) return;
    const raw = e.target.value;
    const current = editRef.current;
    const ed = current ? { ...current, raw } : begin('enter', raw);
    if (current) setEdit(ed);
    if (composing.current || (e.nativeEvent as InputEvent).isComposing) return;
    apply(ed, raw);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing || e.keyCode === 229 || composing.current) return;
    const input = e.currentTarget;
    const ctrl = e.ctrlKey || e.metaKey;
    const k = e.key;
    if (ctrl && !e.altKey) {
      const lower = k.toLowerCase();
      if (lower === 'z' || lower === 'y') {
        e.preventDefault();
        endEdit();
        if (lower === 'z' && !e.shiftKey) api.undo();
        else api.redo();
      }
      return;
    }
    const ed = editRef.current;
    const move = (dr: number, dc: number, options: { extend?: boolean; wrap?: boolean } = {}) => {
      if (!finish()) return true;
      return api.move(r, c, dr, dc, options);
    };
    switch (k) {
      case 'Enter':
        e.preventDefault();
        move(e.shiftKey ? -1 : 1, 0);
        return;
      case 'Tab':
        if (!finish() || api.move(r, c, 0, e.shiftKey ? -1 : 1, { wrap: true })) e.preventDefault();
        return;
      case 'ArrowUp':
      case 'ArrowDown':
        e.preventDefault();
        move(k === 'ArrowUp' ? -1 : 1, 0, { extend: e.shiftKey && !ed });
        return;
      case 'ArrowLeft':
      case 'ArrowRight':
        if (ed?.mode === 'edit') return;
        e.preventDefault();
        move(0, k === 'ArrowLeft' ? -1 : 1, { extend: e.shiftKey && !ed });
        return;
      case 'Home':
      case 'End':
        if (ed) return;
        e.preventDefault();
        api.moveTo(r, k === 'Home' ? 0 : Infinity, e.shiftKey);
        return;
      case 'F2':
        e.preventDefault();
        editInPlace(input);
        return;
      case 'Escape':
        if (ed || props.invalidRaw !== '') {
          e.preventDefault();
          cancel(input);
        } else {
          api.collapse();
        }
        return;
      case 'Delete':
        if (ed) return;
        e.preventDefault();
        api.clearRange();
        return;
      default:
        if (writable || e.altKey || !(PRINTABLE.test(k) || k === 'Backspace')) return;
        e.preventDefault();
        if (props.readOnly) setNote(READ_ONLY_NOTE);
        else if (kind === 'linked') api.override(cellKey, PRINTABLE.test(k) ? k : '');
        else setNote('这是自动计算的合计，不能直接填写');
    }
  };

  const onCompositionStart = () => {
    composing.current = true;
    if (writable && !editRef.current) begin('enter', props.invalidRaw || props.text);
  };
  const onCompositionEnd = (e: { currentTarget: HTMLInputElement }) => {
    composing.current = false;
    if (!writable) return;
    const raw = e.currentTarget.value;
    const ed = editRef.current ? { ...editRef.current, raw } : begin('enter', raw);
    setEdit(ed);
    apply(ed, raw);
  };
  const onBlur = () => {
    setFocused(false);
    composing.current = false;
    const ed = editRef.current;
    if (!ed) return;
    const result = api.parse(cellKey, ed.raw);
    if (!result.ok) api.setInvalid(cellKey, ed.raw, result.reason);
    endEdit();
  };
  const onMouseDown = (e: MouseEvent<HTMLInputElement>) => {
    if (editRef.current) return;
    if (e.shiftKey) {
      e.preventDefault();
      api.extendTo(r, c);
    } else {
      api.activate(r, c);
    }
  };
  const onMouseEnter = (e: MouseEvent<HTMLInputElement>) => {
    if (e.buttons === 1 && !editRef.current) api.extendTo(r, c);
  };

  const shown = edit ? edit.raw : props.invalidRaw !== '' ? props.invalidRaw : props.text;
  const problem = error || (edit ? '' : props.invalidReason) || props.pasteError;
  const lines = bubbleLines(props, problem, note);
  const bubbleId = `cell-msg-${cellKey}`;
  const showBubble = active && focused && (lines.length > 0 || kind === 'linked' || kind === 'override');
  const classes = [
    'grid-cell',
    `cell-${kind}`,
    props.level ? `cell-${props.level}` : '',
    problem ? 'cell-invalid' : '',
    props.blank && !edit && props.invalidRaw === '' ? 'cell-blank' : '',
    props.incomplete ? 'cell-incomplete' : '',
    props.review ? 'cell-review' : '',
    props.selected ? 'cell-selected' : '',
    active ? 'cell-active' : '',
  ];
  return (
    <td className={classes.filter(Boolean).join(' ')} colSpan={props.colSpan > 1 ? props.colSpan : undefined}>
      <input
        ref={inputRef}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        data-r={r}
        data-c={c}
        data-key={cellKey}
        aria-label={props.label}
        aria-invalid={problem !== '' || props.level === 'error' ? true : undefined}
        aria-describedby={showBubble ? bubbleId : undefined}
        readOnly={!writable}
        tabIndex={active ? 0 : -1}
        title={[problem, props.review, props.message, props.hint].filter(Boolean).join('\n') || undefined}
        value={shown}
        onChange={onChange}
        onKeyDown={onKeyDown}
        onCompositionStart={onCompositionStart}
        onCompositionEnd={onCompositionEnd}
        onFocus={(e) => {
          setFocused(true);
          api.activate(r, c);
          if (!editRef.current) e.currentTarget.select();
        }}
        onBlur={onBlur}
        onDoubleClick={(e) => editInPlace(e.currentTarget)}
        onMouseDown={onMouseDown}
        onMouseEnter={onMouseEnter}
      />
      {kind === 'linked' ? (
        <span className="cell-link" aria-hidden="true">
          结转
        </span>
      ) : null}
      {props.incomplete ? (
        <span className="cell-partial" aria-hidden="true">
          未完
        </span>
      ) : null}
      {showBubble ? (
        <CellBubble id={bubbleId} anchor={inputRef}>
          {lines.map((l) => (
            <p key={l.text} className={`bubble-${l.tone}`}>
              {l.text}
            </p>
          ))}
          {props.review && !props.readOnly
            ? props.readings.map((reading) => {
                const figures = Object.values(reading).join('｜');
                return (
                  <button
                    key={figures}
                    type="button"
                    className="bubble-action"
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => api.pick(reading)}
                  >
                    按此读入本行：{figures}
                  </button>
                );
              })
            : null}
          {kind === 'linked' && !props.readOnly ? (
            <button
              type="button"
              className="bubble-action"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => api.override(cellKey, '')}
            >
              修改…
            </button>
          ) : null}
          {kind === 'override' && !props.readOnly ? (
            <button
              type="button"
              className="bubble-action"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => api.restore(cellKey)}
            >
              恢复为上年结转值
            </button>
          ) : null}
        </CellBubble>
      ) : null}
    </td>
  );
}

interface Line {
  readonly text: string;
  readonly tone: 'error' | 'warning' | 'info' | 'hint';
}

function bubbleLines(props: GridCellProps, problem: string, note: string): Line[] {
  const lines: Line[] = [];
  if (problem) lines.push({ text: `无法读入：${problem}`, tone: 'error' });
  if (props.review) lines.push({ text: props.review, tone: 'warning' });
  for (const m of props.message.split('\n').filter(Boolean))
    lines.push({ text: m, tone: props.level ?? 'info' });
  if (note) lines.push({ text: note, tone: 'info' });
  if (props.blank && !problem && props.invalidRaw === '' && !props.review) {
    const text = props.kind === 'linked' ? '空白：结转公式中还有未填写的单元格' : BLANK_MESSAGE;
    lines.push({ text, tone: 'hint' });
  }
  for (const h of props.hint.split('\n').filter(Boolean)) lines.push({ text: h, tone: 'hint' });
  if (props.kind === 'linked')
    lines.push({ text: '随上年报告自动结转；如需改动，按 F2 或点“修改”，并说明原因', tone: 'hint' });
  if (props.kind === 'override')
    lines.push({ text: `已改动上年结转值，原因：${props.reason}`, tone: 'hint' });
  if (props.incomplete)
    lines.push({
      text: `合计不完整：还有加项未填写，${props.text} 只是已填各项之和（打印和导出时显示为“—”）`,
      tone: 'warning',
    });
  if (props.kind === 'computed' && !note) lines.push({ text: '自动计算，不能直接填写', tone: 'hint' });
  return lines;
}

export const GridCell = memo(GridCellImpl);
