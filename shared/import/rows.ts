// Row assignment: each run of figures goes to the table row whose label (or alias) is printed next to it.
import type { RowDef, TableDef } from '../formats/types';
import { nfkc, squash } from './normalize';
import { labelsIn, matchAfter, matchBefore, matchersOf, otherRowOf, type Matcher } from './label-match';
import { chooseLabels, type Option } from './label-choice';
import { columnGroupRuns } from './column-groups';
import { emptyRows } from './empty-rows';
import { wrappedTotal } from './placed-readings';
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
    // A row's digits run together in one token (a flattened page) are as much a whole row on the label's line.
    const onLine =
      text.length > 0 &&
      values[0]?.block === textBlock &&
      (values.filter((v) => v.block === textBlock).length >= 2 ||
        (values.length === 1 && values[0]?.glued === true));
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
  const groups = groupsOf(labelCharacters(tokens, labelled), widths);
  // Labels printed before their figures on the same line in most rows (PDF text, pages): no run takes the label
  // after it, which is the next row's (a label wrapped round its figures would otherwise be claimed twice).
  // Only in text that leaves empty cells out (rows of fewer figures than cells): whole rows of a conversion may
  // have their labels anywhere.
  const befores = groups.map((g) => {
    const b = squash(g.before.join(''));
    return b === '' ? null : matchBefore(b, squash(g.after.join('')), labelled);
  });
  const sameLine = groups.filter((g, i) => g.onLine && befores[i] !== null);
  const gapped = sameLine.filter((g) => g.values.filter((v) => v.kind !== 'blank').length < widest);
  const labelsBefore =
    sameLine.length >= 3 && sameLine.length * 3 >= groups.length && gapped.length * 2 > sameLine.length;
  const options: Option[][] = groups.map((g, i) => {
    const opts: Option[] = [{ kind: 'none' }];
    const b = squash(g.before.join(''));
    const a = squash(g.after.join(''));
    const mb = befores[i] ?? null;
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
  /** Which hit each group's figures became, to find the row a wrapped piece belongs to. */
  const hitOf = new Map<number, number>();
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
      hitOf.set(i, hits.length);
      hits.push({ table: pick.match.m.table, row: pick.match.m.row, values: g.values, source });
      return;
    }
    // Empty cells with no row label (header padding, blank lines of a grid) say nothing.
    if (!g.values.some((v) => v.kind !== 'blank')) return;
    // The second half of a total a narrow cell wrapped, on the line after the previous row's figures.
    const prev = hitOf.get(i - 1) === hits.length - 1 ? hits[hits.length - 1] : undefined;
    const whole =
      prev && g.shared && prev.table.columns.length >= 3 ? wrappedTotal([...prev.values, ...g.values]) : null;
    if (prev && whole) {
      hits[hits.length - 1] = {
        ...prev,
        values: [...prev.values, ...g.values],
        source: `${prev.source} ${figures}`,
      };
      return;
    }
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

/** How far after a lone 无 the rest of a label beginning with it is looked for. */
const WU_REACH = 40;

/**
 * 无 alone on a line is a cell printed 无 — or the first character of a label wrapped one piece a line
 * (4. / 无 / 正当理由 / 大量反复申请, a stub （四）无法提供 printed down the side). It is text when the rest of such a
 * label (one beginning with 无) follows in order in the text after it.
 */
function labelCharacters(tokens: readonly Token[], matchers: readonly Matcher[]): readonly Token[] {
  const rests = matchers.flatMap((m) =>
    m.cores.filter((c) => c.startsWith('无') && c.length >= 4).map((c) => c.slice(1)),
  );
  if (rests.length === 0) return tokens;
  return tokens.map((t, i) => {
    if (t.kind !== 'mark' || t.text !== '无') return t;
    // Right before the rest of such a label ("4. 无 正" / "当理由"): text, wherever it stands.
    const next = tokens[i + 1];
    const head = next?.kind === 'text' ? squash(next.text) : '';
    if (
      head.length > 0 &&
      rests.some((r) => r.startsWith(head.slice(0, 2)) || head.startsWith(r.slice(0, 2)))
    )
      return { ...t, kind: 'text' as const };
    if (tokens.some((o, j) => j !== i && o.block === t.block)) return t;
    let after = '';
    for (let j = i + 1; j < tokens.length && after.length < WU_REACH; j++) {
      const o = tokens[j];
      if (o?.kind === 'break') break;
      if (o?.kind === 'text') after += squash(o.text);
    }
    return rests.some((r) => isSubsequence(r, after.slice(0, WU_REACH)))
      ? { ...t, kind: 'text' as const }
      : t;
  });
}

/** Whether `needle`'s characters appear in `hay` in order. */
function isSubsequence(needle: string, hay: string): boolean {
  let j = 0;
  for (let i = 0; i < hay.length && j < needle.length; i++) if (hay[i] === needle[j]) j++;
  return j === needle.length;
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
    if (c && c.kind !== 'none' && otherRowOf(c.match.m.row) === undefined)
      anchors.push({ index: i, m: c.match.m });
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
