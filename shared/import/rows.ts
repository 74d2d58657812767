// Row assignment: each run of figures goes to the table row whose label (or alias) is printed next to it.
import type { OtherRowDef, RowDef, TableDef } from '../formats/types';
import { labelCore, nfkc, shortCore, squash } from './normalize';
import { chooseLabels, type Option } from './label-choice';
import { columnGroupRuns } from './column-groups';
import { emptyRows } from './empty-rows';
import type { Token } from './tokens';

/** The figures printed for one row, with the text they were read from. */
export interface RowHit {
  readonly table: TableDef;
  readonly row: RowDef;
  readonly values: readonly Token[];
  /** Label as printed + figures, for 需核对 messages. */
  readonly source: string;
  /** The row was not named next to its figures but follows from the table's order (推算): why. */
  readonly inferred?: string;
  /** The row's label stands alone, no figure printed (text that leaves empty cells out): every cell empty. */
  readonly empty?: boolean;
}

export interface Stray {
  readonly source: string;
  readonly reason: string;
}

export interface Matcher {
  readonly table: TableDef;
  readonly row: RowDef;
  readonly order: number;
  readonly cores: readonly string[];
  /** The label's own numbering (1 in "1.属于国家秘密", 六 in "（六）其他处理"), if any. */
  readonly numbering: string | null;
  /** A row as another version of the table prints it (TableDef.otherRows): it keeps no place in the order. */
  readonly free?: boolean;
}

const TAIL_ALLOWANCE = 8;
const HEAD_ALLOWANCE = 6;
const MIN_PREFIX = 4;
/** Labels this short ("其他", "规章") must stand alone: nothing after them, no other numbering before them. */
const SHORT = 4;
const NUMERAL = /[\d一二三四五六七八九十]/;

const coreCache = new WeakMap<TableDef, RowCores[]>();

function numberingOf(label: string): string | null {
  const m =
    /^\s*(?:其中\s*[:：]?\s*)?(?:[(（]\s*([一二三四五六七八九十]+)\s*[)）]|([一二三四五六七八九十]+)\s*、|(\d{1,2})\s*[.、．])/.exec(
      nfkc(label),
    );
  return m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
}

/** Rows of other versions of a table (TableDef.otherRows) stand in the matching as rows of their own. */
const otherOf = new WeakMap<RowDef, OtherRowDef>();

/** The row of another version of the table a hit was read for (its figures are left out), if it is one. */
export function otherRowOf(row: RowDef): OtherRowDef | undefined {
  return otherOf.get(row);
}

interface RowCores {
  readonly row: RowDef;
  readonly cores: string[];
  readonly numbering: string | null;
  /** A row of another version of the table: it keeps no place in this table's order. */
  readonly free: boolean;
}

const coresOf = (row: RowDef, free: boolean): RowCores => {
  const names = [row.label, ...(row.aliases ?? [])];
  const cores = [...new Set(names.flatMap((n) => [labelCore(n), shortCore(n)]))].filter((c) => c.length > 0);
  return { row, cores, numbering: numberingOf(row.label), free };
};

function tableCores(table: TableDef): RowCores[] {
  const cached = coreCache.get(table);
  if (cached) return cached;
  const others = (table.otherRows ?? []).map((o, i) => {
    const same = o.sameAs ? table.rows.find((r) => r.key === o.sameAs) : undefined;
    if (same) return { ...coresOf({ ...same, label: o.label, aliases: [] }, true), row: same };
    const row: RowDef = { key: `~other${i}`, label: o.label, level: 1, kind: 'input' };
    otherOf.set(row, o);
    return coresOf(row, true);
  });
  const out = [...table.rows.map((r) => coresOf(r, false)), ...others];
  coreCache.set(table, out);
  return out;
}

function matchersOf(tables: readonly TableDef[]): { labelled: Matcher[]; labelless: Matcher[] } {
  const labelled: Matcher[] = [];
  const labelless: Matcher[] = [];
  let order = 0;
  for (const table of tables) {
    for (const { row, cores, numbering, free } of tableCores(table)) {
      const m = { table, row, order: order++, cores, numbering, ...(free ? { free } : {}) };
      if (table.stubColumns === 0) labelless.push(m);
      else labelled.push(m);
    }
  }
  return { labelled, labelless };
}

export interface Match {
  readonly m: Matcher;
  /** Where the label starts and ends in the run. */
  readonly start: number;
  readonly end: number;
  /** A label wrapped round its figures: how far into the following text its remaining characters reach. */
  readonly afterUsed?: number;
}

/** End index in `hay` of `needle` read as a subsequence from the start (other cells' text interleaved), or -1. */
function subsequenceEnd(hay: string, needle: string): number {
  const limit = Math.min(hay.length, needle.length * 2 + 6);
  let j = 0;
  for (let i = 0; i < limit && j < needle.length; i++) {
    if (hay[i] === needle[j]) {
      j++;
      if (j === needle.length) return i + 1;
    }
  }
  return -1;
}

/** A short label must not carry another row's numbering: "2.其他" is not "3.其他". */
function numberingFits(run: string, start: number, core: string, m: Matcher): boolean {
  if (core.length > SHORT || start === 0) return true;
  const prev = run.charAt(start - 1);
  if (!NUMERAL.test(prev)) return true;
  return m.numbering !== null && m.numbering.endsWith(prev);
}

/** Label before the figures: the row whose label ends latest in the run (a wrapped label may be cut short). */
function matchBefore(run: string, after: string, matchers: readonly Matcher[]): Match | null {
  let best: Match | null = null;
  const stubs = matchers.filter((m) => m.row.kind === 'group').flatMap((m) => m.cores);
  for (const m of matchers) {
    for (const core of m.cores) {
      const idx = run.lastIndexOf(core);
      let cand: Match | null = null;
      const tail = run.length - (idx + core.length);
      if (
        idx >= 0 &&
        tail <= (core.length <= SHORT ? 1 : TAIL_ALLOWANCE) &&
        numberingFits(run, idx, core, m)
      ) {
        cand = { m, start: idx, end: idx + core.length };
      } else if (core.length > 2) {
        // A label cut by a line break: its first characters end the run; the rest, if it follows the figures
        // (PDF rows whose figures sit beside the middle of a wrapped label), must follow in order.
        // A piece of a group's stub cell ("无法提" of （四）无法提供) may stand between the two parts.
        for (const stub of [0, stubTail(run, stubs)]) {
          const head = run.slice(0, run.length - stub);
          const last = head.charCodeAt(head.length - 1);
          for (let k = Math.min(core.length - 1, head.length); k >= 2; k--) {
            if (core.charCodeAt(k - 1) !== last || !head.endsWith(core.slice(0, k))) continue;
            if (!numberingFits(head, head.length - k, core, m)) continue;
            const used = subsequenceEnd(after, core.slice(k));
            if ((k < MIN_PREFIX || stub > 0) && used < 0) continue;
            cand = { m, start: head.length - k, end: run.length, ...(used >= 0 ? { afterUsed: used } : {}) };
            break;
          }
          if (cand || (stub === 0 && stubTail(run, stubs) === 0)) break;
        }
      }
      if (!cand) continue;
      const better =
        !best ||
        cand.end > best.end ||
        (cand.end === best.end && cand.end - cand.start > best.end - best.start) ||
        (cand.end === best.end &&
          cand.end - cand.start === best.end - best.start &&
          cand.m.order < best.m.order);
      if (better) best = cand;
    }
  }
  return best;
}

/** Length of the end of `run` that is a piece (2–4 characters) of a group row's label, or 0. */
function stubTail(run: string, stubs: readonly string[]): number {
  for (let k = Math.min(4, run.length - 1); k >= 2; k--) {
    const tail = run.slice(-k);
    if (stubs.some((c) => c.includes(tail))) return k;
  }
  return 0;
}

/** Label after the figures (PDF text copied in drawing order): the row whose label starts the following text. */
function matchAfter(run: string, matchers: readonly Matcher[]): Match | null {
  let best: Match | null = null;
  // A group label (三、本年度办理结果, （三）不予公开) may come first: the row's own label follows it.
  let skip = 0;
  for (const m of matchers) {
    if (m.row.kind !== 'group') continue;
    for (const core of m.cores) {
      const idx = run.indexOf(core);
      if (idx >= 0 && idx <= skip + HEAD_ALLOWANCE && core.length > SHORT)
        skip = Math.max(skip, idx + core.length);
    }
  }
  for (const m of matchers) {
    if (m.row.kind === 'group') continue;
    for (const core of m.cores) {
      const idx = run.indexOf(core, skip > 0 ? skip : 0);
      const head = idx - skip;
      if (idx < 0 || head > (core.length <= SHORT ? 2 : HEAD_ALLOWANCE) || !numberingFits(run, idx, core, m))
        continue;
      const cand = { m, start: idx, end: idx + core.length };
      const better =
        !best ||
        cand.start < best.start ||
        (cand.start === best.start && cand.end - cand.start > best.end - best.start);
      if (better) best = cand;
    }
  }
  return best;
}

const clip = (t: string) => (t.length > 60 ? `…${t.slice(-60)}` : t);
const NUMBERING_ONLY = /^[(（]?[一二三四五六七八九十\d]{1,2}[)）.、．]?$/;

/** The printed label from the token where the match starts (with a numbering token just before it). */
function labelFrom(texts: readonly string[], start: number, end: number): string {
  let pos = 0;
  let first = -1;
  let last = texts.length - 1;
  for (let i = 0; i < texts.length; i++) {
    const len = squash(texts[i] ?? '').length;
    if (first < 0 && pos + len > start) first = i;
    if (pos + len >= end) {
      last = i;
      break;
    }
    pos += len;
  }
  if (first < 0) first = 0;
  if (first > 0 && NUMBERING_ONLY.test((texts[first - 1] ?? '').trim())) first--;
  return clip(texts.slice(first, last + 1).join(' '));
}

interface Group {
  readonly before: string[];
  readonly after: string[];
  readonly values: Token[];
  /** The text before this run is the text after the previous run (no prose between). */
  readonly shared: boolean;
  /** The label ends on a line that holds the row's figures (`| 1.属于国家秘密 | 0 | 0 | …`): it is this row's own. */
  readonly onLine: boolean;
}

/** Runs of figures with the label text before and after each (prose breaks both). */
function groupsOf(tokens: readonly Token[], widths: ReadonlySet<number>): Group[] {
  const groups: Group[] = [];
  let text: string[] = [];
  let open: { after: string[] } | null = null;
  let textBlock = -1;
  const perBlock = new Map<number, number>();
  for (const t of tokens) if (t.kind === 'num') perBlock.set(t.block, (perBlock.get(t.block) ?? 0) + 1);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t) break;
    if (t.kind === 'text') {
      text.push(t.text);
      textBlock = t.block;
      open?.after.push(t.text);
      i++;
      continue;
    }
    if (t.kind === 'break') {
      text = [];
      open = null;
      i++;
      continue;
    }
    const values: Token[] = [];
    while (i < tokens.length) {
      const v = tokens[i];
      if (!v || (v.kind !== 'num' && v.kind !== 'mark' && v.kind !== 'blank')) break;
      // A line that holds a whole row of figures (a markdown or PDF row) ends the run: the next line's figures
      // are the next row, not more of this one. One figure a line (cells copied one per line) runs on.
      // Nor does a lone figure run on into the next line when that line holds a whole row of a table by itself.
      const prev = values[values.length - 1];
      if (prev && v.block !== prev.block && values.filter((x) => x.block === prev.block).length >= 2) break;
      if (prev && v.block !== prev.block && widths.has(perBlock.get(v.block) ?? 0)) break;
      values.push(v);
      i++;
    }
    const onLine =
      text.length > 0 &&
      values[0]?.block === textBlock &&
      values.filter((v) => v.block === textBlock).length >= 2;
    const g: Group = { before: text, after: [], values, shared: open !== null, onLine };
    groups.push(g);
    open = g;
    text = [];
  }
  return groups;
}

/**
 * Assigns each run of figures in a section to a table row. A label is printed before its figures (web pages,
 * Word) or, in text copied from some PDFs, after them; each run takes the label that fits the table best (see
 * chooseLabels). Figures with no label go to the section's label-less row (表四) if it is free.
 */
export function assignRows(
  tokens: readonly Token[],
  tables: readonly TableDef[],
): { hits: RowHit[]; strays: Stray[] } {
  const { labelled, labelless } = matchersOf(tables);
  // The widest table's row: a line of that many figures is a whole row (narrower ones may be a row's tail).
  const widest = Math.max(0, ...tables.map((t) => t.columns.length));
  const widths = new Set(widest >= 3 ? [widest] : []);
  const groups = groupsOf(tokens, widths);
  // Labels printed before their figures on the same line in most rows (PDF text, pages): no run takes the label
  // after it, which is the next row's (a label wrapped round its figures would otherwise be claimed twice).
  // Only in text that leaves empty cells out (rows of fewer figures than cells): whole rows of a conversion may
  // have their labels anywhere.
  const sameLine = groups.filter(
    (g) => g.onLine && matchBefore(squash(g.before.join('')), '', labelled) !== null,
  );
  const gapped = sameLine.filter((g) => g.values.filter((v) => v.kind !== 'blank').length < widest);
  const labelsBefore =
    sameLine.length >= 3 && sameLine.length * 3 >= groups.length && gapped.length * 2 > sameLine.length;
  const options: Option[][] = groups.map((g, i) => {
    const opts: Option[] = [{ kind: 'none' }];
    const b = squash(g.before.join(''));
    const a = squash(g.after.join(''));
    const mb = b === '' ? null : matchBefore(b, squash(g.after.join('')), labelled);
    const ma = a === '' ? null : matchAfter(a, labelled);
    // Several row labels printed together away from the figures (a wrapped label block of a PDF-to-markdown
    // conversion): which of them this run belongs to is a matter of order, not of the nearest label.
    // A label wrapped round its figures (its last characters follow them) is theirs, whatever is printed above.
    const wrapped = labelsBefore && mb?.afterUsed !== undefined;
    if (mb && (g.onLine || wrapped || labelsIn(b, nfkc(g.before.join(' ')), labelled) < 2))
      opts.push({ kind: 'before', match: mb });
    // Text on the next figures' own line is their label, never this run's (markdown and PDF rows).
    const next = groups[i + 1];
    if (ma && !labelsBefore && !(g.onLine && mb) && !(next?.shared && next.onLine))
      opts.push({ kind: 'after', match: ma });
    return opts;
  });
  const chosen =
    groups.length > 0
      ? chooseLabels(
          options,
          groups.map((g) => g.shared),
        )
      : [];
  const hits: RowHit[] = [];
  const strays: Stray[] = [];
  const usedLabelless = new Set<Matcher>();
  const byOrder = orderFill(groups, chosen, labelled);
  // A label-less row printed group by group (表四 as three small tables): its runs taken together, in column order.
  const unlabelled = groups.flatMap((_, i) =>
    chosen[i]?.kind === 'before' || chosen[i]?.kind === 'after' ? [] : [i],
  );
  const grouped = new Set<number>();
  for (const m of labelless) {
    const parts = columnGroupRuns(groups, unlabelled, m);
    if (!parts) continue;
    usedLabelless.add(m);
    parts.forEach((i) => grouped.add(i));
    const runs = parts.map((i) => groups[i]?.values ?? []);
    const names = [...new Set(m.table.columns.map((c) => c.group ?? ''))];
    hits.push({
      table: m.table,
      row: m.row,
      values: runs.flat(),
      source: runs.map((r, k) => `${names[k] ?? ''}：${r.map((v) => v.text).join(' ')}`).join('；'),
    });
  }
  groups.forEach((g, i) => {
    if (grouped.has(i)) return;
    const pick = chosen[i];
    const ordered = byOrder.get(i);
    if (ordered) {
      const figures = g.values.map((v) => (v.kind === 'blank' ? '□' : v.text)).join(' ');
      hits.push({
        table: ordered.table,
        row: ordered.row,
        values: g.values,
        source: `${figures}（未与行名印在一起）`,
        inferred: `行名与数字分离，按表格行序归入“${ordered.row.label}”（前后两行已按行名确定）`,
      });
      return;
    }
    const figures = g.values.map((v) => (v.kind === 'blank' ? '□' : v.text)).join(' ');
    if (pick && pick.kind !== 'none') {
      const texts = pick.kind === 'after' ? g.after : g.before;
      const label = labelFrom(texts, pick.match.start, pick.match.end);
      const source = pick.kind === 'after' ? `${figures}：${label}` : `${label}：${figures}`;
      hits.push({ table: pick.match.m.table, row: pick.match.m.row, values: g.values, source });
      return;
    }
    // Empty cells with no row label (header padding, blank lines of a grid) say nothing.
    if (!g.values.some((v) => v.kind !== 'blank')) return;
    const context = clip([...g.before, '▲', ...g.after].join(' '));
    if (pick === null && options[i]?.some((o) => o.kind !== 'none')) {
      strays.push({ source: `${context}（▲处为 ${figures}）`, reason: '无法确定属于哪一行' });
      return;
    }
    const free = labelless.find((m) => !usedLabelless.has(m));
    if (free) {
      usedLabelless.add(free);
      hits.push({ table: free.table, row: free.row, values: g.values, source: figures });
    } else {
      strays.push({ source: `${context}（▲处为 ${figures}）`, reason: '未能归入表格行' });
    }
  });
  if (labelsBefore) {
    for (const e of emptyRows(groups, chosen, labelled)) {
      if (hits.some((h) => h.row === e.row)) continue;
      hits.push({
        table: e.table,
        row: e.row,
        values: [],
        source: `${e.label}：（本行未印数字）`,
        empty: true,
      });
    }
  }
  return { hits, strays };
}

/** Figures of a whole row: one per column, no placeholder, and (with a 总计 column) the total adds up. */
function wholeRow(values: readonly Token[], table: TableDef): boolean {
  if (values.length !== table.columns.length) return false;
  const nums = values.map((v) =>
    v.kind === 'num' && !v.glued && /^\d+$/.test(v.text) ? Number(v.text) : NaN,
  );
  if (nums.some((n) => Number.isNaN(n))) return false;
  const last = table.columns[table.columns.length - 1];
  if (last?.key !== 'total') return true;
  const total = nums[nums.length - 1] ?? NaN;
  return nums.slice(0, -1).reduce((a, b) => a + b, 0) === total;
}

/**
 * Runs of figures whose labels were printed elsewhere (PDF-to-markdown conversions put wrapped labels in a block of
 * their own): when the runs between two labelled rows are exactly as many as the data rows between those rows, and
 * each is a whole, consistent row, they are those rows in order. Anything less certain stays unassigned (需核对).
 */
function orderFill(
  groups: readonly Group[],
  chosen: readonly (Option | null)[],
  matchers: readonly Matcher[],
): Map<number, Matcher> {
  const out = new Map<number, Matcher>();
  const anchors: { index: number; m: Matcher }[] = [];
  chosen.forEach((c, i) => {
    // Rows of other versions of the table have no place in this table's order.
    if (c && c.kind !== 'none' && !otherOf.has(c.match.m.row)) anchors.push({ index: i, m: c.match.m });
  });
  for (let a = 0; a + 1 < anchors.length; a++) {
    const from = anchors[a];
    const to = anchors[a + 1];
    if (!from || !to || from.m.table !== to.m.table) continue;
    const table = from.m.table;
    const between = matchers.filter(
      (m) => m.table === table && m.order > from.m.order && m.order < to.m.order && m.row.kind !== 'group',
    );
    if (between.length === 0) continue;
    const runs: number[] = [];
    for (let i = from.index + 1; i < to.index; i++) {
      const g = groups[i];
      if (g && g.values.some((v) => v.kind !== 'blank')) runs.push(i);
    }
    // A lone figure on a line of its own between whole rows (a cell displaced by the conversion, a page number)
    // is no row: it is left out (and reported) when the whole rows then match the rows between one for one.
    const whole = runs.filter((i) => wholeRow(groups[i]?.values ?? [], table));
    const lone = (i: number) => (groups[i]?.values ?? []).filter((v) => v.kind !== 'blank').length === 1;
    const rows =
      whole.length === between.length && runs.every((i) => whole.includes(i) || lone(i)) ? whole : [];
    if (rows.length === 0) continue;
    rows.forEach((i, k) => {
      const m = between[k];
      if (m) out.set(i, m);
    });
  }
  return out;
}

/** How many different data rows have a label (long enough to be telling) printed in this text. */
function labelsIn(text: string, printed: string, matchers: readonly Matcher[]): number {
  // Numbered sub-items ("2.没有现成信息…3.补正后…") count even when a column's text is interleaved with them.
  const numbered = printed.match(/(?<![\d.])\d{1,2}[.．、](?!\d)/g)?.length ?? 0;
  let n = 0;
  for (const m of matchers) {
    // Rows of other versions of the table are no data rows here (传真申请数 inside 信函、传真申请数).
    if (m.row.kind === 'group' || m.free) continue;
    if (m.cores.some((c) => c.length > SHORT && text.includes(c))) n++;
  }
  return Math.max(n, numbered);
}
