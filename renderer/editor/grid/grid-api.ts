// The grid's commands as seen by one cell: a stable object, so that cells re-render only when their own data change.
import type { CellKey } from '../../../shared/formats/types';
import type { ParseResult } from '../../../shared/engine/parse-cell';

export interface GridApi {
  /** Reads typed text with the cell's column parser. */
  parse(key: CellKey, raw: string): ParseResult;
  /** Stores a value typed in the cell; one typing session (same `session`) is one undo step. */
  commit(key: CellKey, value: number | null, session: number): void;
  /** Moves from (r, c) by (dr, dc); `wrap` continues on the next/previous row (Tab). False when there is no cell. */
  move(r: number, c: number, dr: number, dc: number, options?: { extend?: boolean; wrap?: boolean }): boolean;
  /** Moves to a cell (Infinity: the last row / column); `extend` keeps the selection's anchor. */
  moveTo(r: number, c: number, extend?: boolean): void;
  /** The cell received focus (click or keyboard): it becomes the active cell and the selection. */
  activate(r: number, c: number): void;
  /** Extends the selection to (r, c) keeping its anchor (Shift+click, drag). */
  extendTo(r: number, c: number): void;
  /** Collapses the selection to the active cell. */
  collapse(): void;
  /** Sets the cells of a reading picked for a 需核对 row as one undo step. */
  pick(values: Readonly<Record<CellKey, number>>): void;
  /** Clears the selected input cells (Delete) as one undo step. */
  clearRange(): void;
  undo(): void;
  redo(): void;
  /** Asks for a new value and a reason for a carried-over cell; `initial` is what was typed. */
  override(key: CellKey, initial: string): void;
  /** Makes an overridden cell follow last year's report again. */
  restore(key: CellKey): void;
  /** Keeps text that could not be read at the cell, with the reason, so nothing typed is lost. */
  setInvalid(key: CellKey, raw: string, reason: string): void;
  clearInvalid(key: CellKey): void;
  /** A cell started or finished editing (copy and paste of part of its text are then left to the input). */
  editing(active: boolean): void;
}
