// Reads one table's figures with certainty: direct reads, identity-checked splits, and blanks derived from totals.
import { cellLabel } from '../formats';
import type { CellKey, ColumnDef, ReportFormat, TableDef } from '../formats/types';
import { blankAsZero } from './blank-zero';
import { boundsHold, holds, tableBounds, tableEquations } from './equations';
import { otherRowOf } from './label-match';
import type { RowHit } from './rows';
import type { BlankZero, DerivedCell, SplitRow, TableConfidence, UnresolvedCell } from './types';
import { openReadings, rowState, type Cellish, type RowState } from './row-state';
import { settleByText, settleJointly } from './settle';
import { deriveBlanks } from './derive';

/** The part the page's layout played in a row's reading, for the reason shown to the clerk. */
const byLayout = (s: RowState) => (s.aligned ? `；按版面位置，${s.aligned.join('，')}` : '');

export interface TableResult {
  readonly cells: Record<CellKey, number>;
  readonly stated: Record<CellKey, number>;
  readonly unresolved: UnresolvedCell[];
  readonly derived: DerivedCell[];
  readonly split: SplitRow[];
  readonly blankZero: BlankZero | null;
  readonly notes: string[];
  readonly confidence: TableConfidence;
}

/** Reads one table from its row hits; never fills a cell that is not certain. */
export function solveTable(
  format: ReportFormat,
  table: TableDef,
  hits: readonly RowHit[],
  /** Figures of the table's section that no row label claimed (the first of them), if any. */
  unplaced?: string,
  /** The report's prose and year: figures it states settle readings the identities leave open (RowDef.statedAs). */
  text?: { readonly prose: string; readonly year: number | null },
): TableResult {
  const notes: string[] = [];
  // Rows of another version of the table (the older national 统计表's 传真申请数): left out, and the identities
  // their figures would belong to do not hold for this report.
  const others = hits.flatMap((h) => {
    const o = otherRowOf(h.row);
    return o ? [{ h, o }] : [];
  });
  const broken = new Set(others.flatMap(({ o }) => o.breaks ?? []));
  for (const { h } of others) {
    notes.push(`${table.shortName}中“${h.row.label}”一行在本格式中没有对应的项，未导入：${h.source}`);
  }
  if (broken.size > 0) {
    notes.push(`${table.shortName}列有本格式没有的行，表内关系 ${[...broken].join('、')} 不用于推算`);
  }
  const eqs = tableEquations(format, table).filter((e) => !broken.has(e.ruleId));
  /** Rows named by an identity that the report's other rows break (信函、传真申请数 when 信函 and 传真 are apart). */
  const brokenRows = new Set(
    format.rules.flatMap((r) =>
      r.kind === 'compare' && broken.has(r.id)
        ? [...r.left, ...r.right].map((t) => t.cell.split('.')[1] ?? '')
        : [],
    ),
  );
  const bounds = tableBounds(format, table);
  const computed = new Set(format.computed.map((c) => c.cell));
  const dataRows = table.rows.filter((r) => r.kind !== 'group');
  const colByKey = new Map<CellKey, ColumnDef>();
  for (const r of dataRows) for (const c of table.columns) colByKey.set(`${table.id}.${r.key}.${c.key}`, c);

  for (const g of table.rows.filter((r) => r.kind === 'group')) {
    for (const h of hits.filter((x) => x.row === g)) {
      notes.push(
        `${table.shortName}“${g.label}”是分组行，本不应有数字，却读到：${h.source}（可能是旧格式写法），其下各行需核对`,
      );
    }
  }
  const states = dataRows.map((row) => {
    const keys = new Set(table.columns.map((c) => `${table.id}.${row.key}.${c.key}`));
    const rowEqs = eqs.filter((e) => e.terms.every((t) => keys.has(t.cell)));
    const state = rowState(
      table,
      row,
      hits.filter((h) => h.row === row),
      rowEqs,
      notes,
    );
    if (state.kind === 'split' && state.candidates.length > 1) {
      // 历年累计 ≥ 本年 and the like: a reading that breaks a bound of the row itself is no reading.
      const rowBounds = bounds.filter((b) => [...b.big, ...b.small].every((k) => keys.has(k)));
      const fit = state.candidates.filter((c) =>
        boundsHold(rowBounds, (k) => c[state.keys.indexOf(k)]?.value ?? undefined),
      );
      if (fit.length > 0) state.candidates = fit;
    }
    const groups = table.rows.filter((g) => g.kind === 'group' && g.spans?.includes(row.key));
    const group = groups.sort((a, b) => (a.spans?.length ?? 0) - (b.spans?.length ?? 0))[0];
    const groupHit = group ? hits.find((h) => h.row === group) : undefined;
    if (state.kind === 'missing' && group && groupHit) {
      state.reason = `本行未单独列出，数字印在分组行“${group.label}”上（旧格式写法），无法分到各子项`;
      state.source = groupHit.source;
    } else if (state.kind === 'missing' && brokenRows.has(row.key)) {
      // The report's table divides this row's figures otherwise (信函 and 传真 apart): nothing to read for it.
      const apart = others.filter(({ o }) => (o.breaks ?? []).length > 0);
      state.reason = `报告的统计表没有本行，而是另列${apart.map(({ h }) => `“${h.row.label}”`).join('')}，口径不同，未导入`;
      state.source = apart.map(({ h }) => h.source).join(' ／ ');
    } else if (state.kind === 'missing' && unplaced !== undefined) {
      // The row's figures may well be printed, away from its label: say so rather than "not found".
      state.reason = '行名与数字没有印在一起，无法确定本行是哪些数字（见识别结果中“未能归入表格行的数字”）';
      state.source = unplaced;
    }
    return state;
  });

  const known = new Map<CellKey, number>();
  const setRow = (s: RowState, cand: Cellish[]) =>
    cand.forEach((c, i) => {
      const k = s.keys[i];
      if (k && c.value !== null) known.set(k, c.value);
    });
  // Narrow ambiguous (split) rows with every identity that can be evaluated; a split must agree with all of them.
  let changed = true;
  const settled = new Set<RowState>();
  for (const s of states) {
    if (s.kind === 'read' && s.candidates[0]) {
      setRow(s, s.candidates[0]);
      settled.add(s);
    }
  }
  const narrow = () => {
    changed = true;
    while (changed) {
      changed = false;
      for (const s of states) {
        if (s.kind !== 'split' || settled.has(s)) continue;
        const keep = s.candidates.filter((cand) => {
          const get = (k: CellKey) => {
            const i = s.keys.indexOf(k);
            if (i >= 0) return cand[i]?.value ?? undefined;
            return known.get(k);
          };
          return (
            eqs.every((eq) => !eq.terms.some((t) => s.keys.includes(t.cell)) || holds(eq, get) !== false) &&
            boundsHold(bounds, get)
          );
        });
        // No split agrees with the rest of the table: the report itself may not add up (a published slip, e.g. an
        // R3-2 总计 that is not the sum of its rows). A totals row keeps its own reading if it is the only one: its
        // figures are the report's printed totals (evidence, never input cells), and the checks flag the slip.
        // Input rows, and several readings, stay 需核对.
        if (keep.length === 0) {
          const own = s.candidates[0];
          const totals = s.keys.every((k) => computed.has(k) || s.row.kind === 'computed');
          // Digits cut one way only (逐位) are the text's one reading too: kept as printed, the checks flag the slip.
          if (s.candidates.length === 1 && own && s.forced) {
            setRow(s, own);
            settled.add(s);
            changed = true;
          } else if (s.candidates.length === 1 && own && totals) {
            notes.push(
              `${table.shortName}“${s.row.label}”：连在一起的数字按本行合计只有一种拆分（${own.map((c) => (c.value === null ? '空' : String(c.value))).join('|')}），但与表内其他合计关系不符，原报告可能有误；已按此拆分读入，请核对`,
            );
            setRow(s, own);
            settled.add(s);
            changed = true;
          }
          continue;
        }
        if (keep.length !== s.candidates.length) changed = true;
        s.candidates = keep;
        const only = keep[0];
        if (keep.length === 1 && only) {
          setRow(s, only);
          settled.add(s);
          changed = true;
        }
      }
    }
  };
  narrow();
  settleJointly(states, settled, eqs, bounds, known);
  // Readings still open: the report's own text may state the figure ("2015年主动公开政府信息2949条").
  if (text && settleByText(table, states, settled, text, notes)) {
    for (const s of settled) if (s.candidates[0]) setRow(s, s.candidates[0]);
    narrow();
    settleJointly(states, settled, eqs, bounds, known);
  }
  const forcedRows = states.filter((s) => s.forced && settled.has(s)).map((s) => `“${s.row.label}”`);
  if (forcedRows.length > 0) {
    notes.push(
      `${table.shortName}${forcedRows.length} 行数字连在一起，但只有一种分法（每格一位），已按原文读入：${forcedRows.slice(0, 3).join('、')}${forcedRows.length > 3 ? '等' : ''}`,
    );
  }
  const split: SplitRow[] = [];
  const placedWhy = new Map<RowState, string>();
  for (const s of states) {
    if (s.kind !== 'split') continue;
    const only = s.candidates[0];
    if (settled.has(s) && only && s.placed) {
      // Whole figures whose columns were lost: the identities put them in one way only (推算, with the reason).
      placedWhy.set(
        s,
        `该行只读到 ${s.partial.length} 个数字（应有 ${s.keys.length} 个），空白按 0 计时只有一种排法符合表内合计关系${byLayout(s)}`,
      );
    } else if (settled.has(s) && only) {
      split.push({
        tableId: table.id,
        rowKey: s.row.key,
        label: s.row.label,
        source: s.source,
        values: only.map((c) => c.value ?? 0),
        ...(s.forced ? { forced: true } : {}),
      });
    } else {
      const shown = s.candidates
        .slice(0, 4)
        .map((c) => c.map((x) => (x.value === null ? '空' : String(x.value))).join('|'))
        .join('；');
      s.reason = s.placed
        ? `该行只读到 ${s.partial.length} 个数字（应有 ${s.keys.length} 个），空白按 0 计时可排成 ${s.candidates.length} 种且都不违反表内合计关系，无法确定各数字所在的列：${shown}${s.candidates.length > 4 ? '；…' : ''}`
        : s.candidates.length > 1
          ? `数字连在一起，可拆成 ${s.candidates.length} 种且都不违反表内合计关系，无法确定：${shown}${s.candidates.length > 4 ? '；…' : ''}`
          : '数字连在一起，没有满足表内合计关系的拆分';
      s.kind = 'partial';
    }
  }
  const blankZero = blankAsZero(
    table,
    states
      .filter((s) => s.kind === 'read' && !hits.some((h) => h.row === s.row && h.inferred))
      .map((s) => ({ ...s, computed: s.row.kind === 'computed' })),
    eqs,
    known,
    computed,
  );
  if (blankZero) notes.push(blankZero.reason);
  const readKeys = new Set(known.keys());
  // Readings still open that agree on a cell (a 0 in every placement, the total every split ends on): certain.
  const agreed = new Map<CellKey, number>();
  for (const s of states) {
    if (s.kind !== 'partial' || s.candidates.length < 2) continue;
    s.keys.forEach((k, i) => {
      const vals = new Set(s.candidates.map((c) => c[i]?.value ?? null));
      const v = [...vals][0];
      if (vals.size === 1 && typeof v === 'number' && !known.has(k)) {
        agreed.set(k, v);
        known.set(k, v);
      }
    });
  }

  const derived = deriveBlanks(eqs, known, states, colByKey);

  const inferred = new Map(hits.filter((h) => h.inferred).map((h) => [h.row, h]));
  const cells: Record<CellKey, number> = {};
  const stated: Record<CellKey, number> = {};
  const unresolved: UnresolvedCell[] = [];
  const derivedOut: DerivedCell[] = [];
  /** A cell the import concluded rather than read (推算), with its reason. */
  const conclude = (cell: CellKey, value: number, reason: string, source: string) =>
    derivedOut.push({ cell, label: cellLabel(format, cell), value, reason, source });
  const everyReading = (v: number, s: RowState) =>
    `本行数字所在的列不确定，但每种符合表内合计关系的读法中本格都是 ${v}${byLayout(s)}`;
  const lostTotals: UnresolvedCell[] = [];
  let inputCount = 0;
  let readCount = 0;
  for (const s of states) {
    const cand = s.candidates.length === 1 ? s.candidates[0] : undefined;
    s.keys.forEach((k, i) => {
      const isComputed = computed.has(k) || s.row.kind === 'computed';
      const read = readKeys.has(k) ? known.get(k) : undefined;
      if (isComputed) {
        if (read !== undefined) stated[k] = read;
        else if (agreed.has(k)) {
          const v = agreed.get(k) ?? 0;
          stated[k] = v;
          conclude(k, v, everyReading(v, s), s.source);
        }
        // A total printed but not read is evidence lost: listed, never silently dropped (an empty one was not printed;
        // one the identities give, consistent with the row's figures as read, is not lost).
        else if (['partial', 'overflow', 'conflict'].includes(s.kind)) {
          // Printed but not read (six digits for seven cells): 推算 if the identities give it, else evidence lost.
          const d = derived.get(k);
          if (d) {
            stated[k] = d.value;
            conclude(k, d.value, `印出的合计未能读出，由表内合计关系（${d.ruleId}）唯一确定`, s.source);
            return;
          }
          lostTotals.push({
            cell: k,
            label: cellLabel(format, k),
            reason: `印出的合计未能读出：${s.reason || '无法确定'}`,
            source: s.source || '（该行未印出）',
          });
        } else if (s.kind === 'read' && cand?.[i]?.value === null && !s.blanks.includes(i)) {
          // A mark in the total's cell (— / …, a figure cut by a page break): printed, not a figure.
          lostTotals.push({
            cell: k,
            label: cellLabel(format, k),
            reason: `印出的合计未能读出：${cand[i]?.reason ?? '无法确定'}`,
            source: s.source,
          });
        }
        return;
      }
      inputCount++;
      const placed = inferred.get(s.row);
      const why = placed?.inferred ?? placedWhy.get(s);
      if (read !== undefined && why !== undefined) {
        cells[k] = read;
        conclude(k, read, why, placed?.source ?? s.source);
        return;
      }
      if (read !== undefined) {
        cells[k] = read;
        readCount++;
        return;
      }
      const same = agreed.get(k);
      if (same !== undefined) {
        cells[k] = same;
        conclude(k, same, everyReading(same, s), s.source);
        return;
      }
      const d = derived.get(k);
      if (d) {
        cells[k] = d.value;
        conclude(k, d.value, `由表内合计关系（${d.ruleId}）唯一确定`, s.source || '（该行未印出）');
        return;
      }
      const c = cand?.[i];
      const reason = c && c.value === null ? c.reason : s.reason || '无法确定';
      const options =
        s.candidates.length > 1
          ? [...new Set(s.candidates.flatMap((x) => (x[i]?.value == null ? [] : [x[i]?.value ?? 0])))]
          : [];
      const readings = openReadings(s, computed);
      unresolved.push({
        cell: k,
        label: cellLabel(format, k),
        reason,
        source: s.source || '（该行未印出）',
        ...(options.length > 1 ? { candidates: options.sort((a, b) => a - b) } : {}),
        ...(readings ? { readings } : {}),
      });
    });
  }
  // A lost total over cells that need checking is listed by the import with that reason instead.
  const open = new Set(unresolved.map((u) => u.cell));
  for (const t of lostTotals) {
    const def = format.computed.find((c) => c.cell === t.cell);
    if (!def?.sum.some((k) => open.has(k))) unresolved.push(t);
  }
  const confidence: TableConfidence = {
    tableId: table.id,
    name: table.shortName,
    cells: inputCount,
    read: readCount,
    derived: derivedOut.length,
    unresolved: unresolved.length,
    confidence: inputCount === 0 ? 0 : Math.round(((readCount + derivedOut.length) / inputCount) * 100) / 100,
  };
  return { cells, stated, unresolved, derived: derivedOut, split, blankZero, notes, confidence };
}
