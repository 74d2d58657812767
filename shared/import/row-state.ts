// One table row read from its hits: the figures as printed, run-together digits cut, placements of figures whose columns were lost.
import { parseCell } from '../engine/parse-cell';
import type { CellKey, ColumnDef, RowDef, TableDef } from '../formats/types';
import type { Token } from './tokens';
import { splitPieces } from './split';
import { holds, type Equation } from './equations';
import { placedReadings } from './placed-readings';
import { type RowHit } from './rows';
import { figureText } from './tokens';

export type Cellish = { value: number } | { value: null; reason: string };

export interface RowState {
  readonly row: RowDef;
  readonly keys: readonly CellKey[];
  /** Possible value vectors; null entries are cells that could not be read. Empty = nothing certain. */
  candidates: Cellish[][];
  kind: 'read' | 'split' | 'partial' | 'missing' | 'overflow' | 'conflict';
  reason: string;
  source: string;
  /** Figures seen in a row that has fewer than it should (checked against derived values). */
  partial: number[];
  /** Cells printed empty at a certain place in a grid row read cell by cell (candidates for 空白即 0). */
  blanks: number[];
  /** A split with one possible cut only (each digit a cell): read as printed, listed as 逐位. */
  forced?: boolean;
  /** The figures are whole, only their columns are unknown (empty cells left out of a line of text). */
  placed?: boolean;
  /** Only the row's label is printed (text that leaves empty cells out): every cell empty. */
  empty?: boolean;
  /** Figures a laid-out page prints right under one column's header word, so placed there (“821 在“自然人”下”). */
  aligned?: string[];
}

function colOf(table: TableDef, row: RowDef, col: ColumnDef) {
  return { ...col, unit: row.unit ?? col.unit };
}

export function parseFigure(
  text: string,
  table: TableDef,
  row: RowDef,
  col: ColumnDef,
  notes: string[],
): Cellish {
  const r = parseCell(figureText(text), colOf(table, row, col));
  if (!r.ok) return { value: null, reason: r.reason };
  if (r.value === null) return { value: null, reason: '单元格为空' };
  if (r.warning) notes.push(`${table.shortName}“${row.label}”“${col.label}”：${r.warning}`);
  return { value: r.value };
}

export function nonNegative(col: ColumnDef): boolean {
  return col.type !== 'signed-int';
}

/**
 * Digits of several cells run together with empty cells between them (a page flattened to text, each empty cell a
 * no-break space): every cut of the digit runs into the row's cells, the empty cells staying in place. A cut is kept
 * only if the row adds up with the empty cells as 0; the empty cells themselves stay blank (derived later).
 */
function joinedWithBlanks(
  table: TableDef,
  row: RowDef,
  values: readonly Token[],
  n: number,
  rowEqs: readonly Equation[],
  keys: readonly CellKey[],
): Pick<RowState, 'candidates' | 'kind' | 'reason' | 'forced'> | null {
  if (!values.some((v) => v.kind === 'blank') || !values.some((v) => v.kind === 'num' && v.glued))
    return null;
  if (values.some((v) => v.kind === 'mark' || (v.kind === 'num' && !/^\d+$/.test(figureText(v.text)))))
    return null;
  const ways = splitPieces(
    values.map((v) => ({ text: v.kind === 'blank' ? '' : figureText(v.text), splittable: v.glued === true })),
    n,
  );
  if (ways === null) {
    return { candidates: [], kind: 'partial', reason: '数字连在一起，拆分方式过多，无法确定' };
  }
  const cands = ways
    .map((w) =>
      w.map((t, i): Cellish => {
        if (t === '') return { value: null, reason: '单元格为空' };
        return parseFigure(t, table, row, table.columns[i] as ColumnDef, []);
      }),
    )
    .filter((c, wi) => c.every((x, i) => x.value !== null || ways[wi]?.[i] === ''))
    .filter((c) => {
      const get = (k: CellKey) => {
        const i = keys.indexOf(k);
        if (i < 0) return undefined;
        // An empty count is taken as 0 for this check; an empty total says nothing.
        return c[i]?.value ?? (/total$/.test(k) ? undefined : 0);
      };
      return rowEqs.every((eq) => holds(eq, get) !== false);
    });
  if (cands.length === 0) {
    return { candidates: [], kind: 'partial', reason: '数字连在一起，没有满足表内合计关系的拆分' };
  }
  // One cut only (the empty cells fix where each digit goes): as printed, like a row of single figures.
  return {
    candidates: cands,
    kind: 'split',
    reason: '',
    ...(ways.length === 1 && cands.length === 1 ? { forced: true } : {}),
  };
}

/** Candidate value vectors for one row from the figures printed for it. */
export function rowState(
  table: TableDef,
  row: RowDef,
  hits: readonly RowHit[],
  rowEqs: readonly Equation[],
  notes: string[],
): RowState {
  const keys = table.columns.map((c) => `${table.id}.${row.key}.${c.key}`);
  const n = table.columns.length;
  const base = { row, keys, partial: [] as number[], blanks: [] as number[] };
  const blanksOf = (tokens: readonly Token[]) =>
    tokens.flatMap((t, i) => (t.kind === 'blank' && i < n ? [i] : []));
  const first = hits[0];
  if (!first) return { ...base, candidates: [], kind: 'missing', reason: '报告中未找到该行', source: '' };
  const distinct = new Set(hits.map((h) => h.values.map((v) => v.text).join(' ')));
  if (distinct.size > 1) {
    return {
      ...base,
      candidates: [],
      kind: 'conflict',
      reason: '该行出现多次且数字不同',
      source: hits.map((h) => h.source).join(' ／ '),
    };
  }
  const source = first.source;
  const positional = (tokens: typeof first.values): Cellish[] =>
    tokens.map((t, i) => {
      const col = table.columns[i];
      if (!col) return { value: null, reason: '多余的数字' };
      if (t.kind === 'blank') return { value: null, reason: '单元格为空' };
      if (t.kind === 'mark') return { value: null, reason: `单元格印为“${t.text}”，不是数字` };
      return parseFigure(t.text, table, row, col, notes);
    });
  // A label printed with no figure (text that leaves empty cells out): every cell empty, at a certain place.
  if (first.empty && first.values.length === 0) {
    const candidates = [keys.map((): Cellish => ({ value: null, reason: '本行只印了行名，各格都是空白' }))];
    return {
      ...base,
      blanks: keys.map((_, i) => i),
      candidates,
      kind: 'read',
      reason: '',
      source,
      empty: true,
    };
  }
  if (first.values.length === n) {
    const candidates = [positional(first.values)];
    return { ...base, blanks: blanksOf(first.values), candidates, kind: 'read', reason: '', source };
  }
  // Grid rows: stub padding before the label is gone; empty cells after the figures may pad a merged cell.
  const trimmed = [...first.values];
  while (trimmed.length > n && trimmed[trimmed.length - 1]?.kind === 'blank') trimmed.pop();
  if (trimmed.length === n && trimmed.some((v) => v.kind !== 'blank')) {
    const candidates = [positional(trimmed)];
    return { ...base, blanks: blanksOf(trimmed), candidates, kind: 'read', reason: '', source };
  }
  const joined = joinedWithBlanks(table, row, first.values, n, rowEqs, keys);
  if (joined) return { ...base, ...joined, source };
  const filled = first.values.filter((v) => v.kind !== 'blank');
  if (filled.length === n)
    return { ...base, candidates: [positional(filled)], kind: 'read', reason: '', source };
  const nums = filled.filter((v) => v.kind === 'num');
  if (filled.length > n) {
    const texts = new Set(nums.map((v) => figureText(v.text)));
    if (nums.length === filled.length && texts.size === 1) {
      notes.push(
        `${table.shortName}“${row.label}”读到 ${filled.length} 个数字（应有 ${n} 个），各数字相同，已按相同值读入：${source}`,
      );
      return { ...base, candidates: [positional(filled.slice(0, n))], kind: 'read', reason: '', source };
    }
    return {
      ...base,
      candidates: [],
      kind: 'overflow',
      reason: `该行读到 ${filled.length} 个数字，多于 ${n} 列`,
      source,
    };
  }
  const partial = nums
    .map((v) => parseFigure(v.text, table, row, table.columns[0] as ColumnDef, []))
    .flatMap((c) => (c.value === null ? [] : [c.value]));
  const canSplit = nums.length === filled.length && nums.some((v) => v.glued);
  if (canSplit) {
    const ways = splitPieces(
      nums.map((v) => ({ text: figureText(v.text), splittable: v.glued === true })),
      n,
    );
    if (ways === null) {
      return {
        ...base,
        candidates: [],
        kind: 'partial',
        reason: '数字连在一起，拆分方式过多，无法确定',
        source,
        partial,
      };
    }
    const parsed = ways
      .map((w) => w.map((t, i) => parseFigure(t, table, row, table.columns[i] as ColumnDef, [])))
      .filter((c) => c.every((x) => x.value !== null));
    const cands = parsed.filter((c) => {
      const get = (k: CellKey) => {
        const i = keys.indexOf(k);
        const v = i >= 0 ? c[i]?.value : undefined;
        return v === null ? undefined : v;
      };
      return rowEqs.every((eq) => holds(eq, get) !== false);
    });
    // Digits that can be cut into the row's cells one way only (as many digits as cells left to fill): no choice
    // was made, the row reads as printed — still marked in the report's split list as 逐位.
    if (ways.length === 1 && cands.length === 1) {
      return { ...base, candidates: cands, kind: 'split', reason: '', source, partial, forced: true };
    }
    // One cut only, and the report's own total does not add up ("3000000": 3 and a 总计 printed 0): the text admits
    // no other reading, so it is read as printed — the checks then show the published error.
    const only = parsed[0];
    if (ways.length === 1 && only && cands.length === 0) {
      notes.push(
        `${table.shortName}“${row.label}”数字连在一起，只有一种分法（每格一位），但与本行合计关系不符（原报告如此），已按原文读入：${source}`,
      );
      return { ...base, candidates: [only], kind: 'read', reason: '', source };
    }
    if (cands.length > 0) return { ...base, candidates: cands, kind: 'split', reason: '', source, partial };
    return {
      ...base,
      candidates: [],
      kind: 'partial',
      // Too few digits to make a figure for every column ("2、政府公报公开 条 0"): a cell was left empty.
      reason:
        ways.length === 0
          ? `该行只读到 ${nums.map((v) => figureText(v.text)).join('')}，不够 ${n} 个数字，无法确定各数字所在的列`
          : '数字连在一起，没有满足表内合计关系的拆分',
      source,
      partial,
    };
  }
  // A line of text (no empty cell kept in place) with fewer figures than cells: the empty cells were left out.
  const { readings, aligned } =
    nums.length === filled.length && !first.values.some((v) => v.kind === 'blank')
      ? placedReadings(table, row, keys, rowEqs, nums)
      : { readings: [], aligned: [] };
  if (readings.length > 0)
    return {
      ...base,
      candidates: readings,
      kind: 'split',
      reason: '',
      source,
      partial,
      placed: true,
      ...(aligned.length > 0 ? { aligned } : {}),
    };
  return {
    ...base,
    candidates: [],
    kind: 'partial',
    reason: `该行只读到 ${filled.length} 个数字（应有 ${n} 个），无法确定各数字所在的列`,
    source,
    partial,
  };
}

/** More readings of a row than this are not offered to pick from: the clerk types the figures instead. */
const MAX_READINGS = 6;

/** A row's open readings to pick from in the editor (input cells only, each reading whole), or undefined. */
export function openReadings(
  s: RowState,
  computed: ReadonlySet<CellKey>,
): Record<CellKey, number>[] | undefined {
  // A row printed as its label only: where the report prints 0 as a blank, one click reads it as zeros.
  if (s.empty) {
    const zeros: Record<CellKey, number> = {};
    for (const k of s.keys) if (!computed.has(k) && s.row.kind !== 'computed') zeros[k] = 0;
    return Object.keys(zeros).length > 0 ? [zeros] : undefined;
  }
  if (s.kind !== 'partial' || s.candidates.length < 2 || s.candidates.length > MAX_READINGS) return undefined;
  const out = s.candidates.map((c) => {
    const r: Record<CellKey, number> = {};
    s.keys.forEach((k, i) => {
      const v = c[i]?.value;
      if (!computed.has(k) && s.row.kind !== 'computed' && v !== null && v !== undefined) r[k] = v;
    });
    return r;
  });
  return out.every((r) => Object.keys(r).length > 0) ? out : undefined;
}
