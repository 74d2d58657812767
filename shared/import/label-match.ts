// Row labels as the format prints them, and where a label stands in the text around a run of figures.
import type { OtherRowDef, RowDef, TableDef } from '../formats/types';
import { labelCore, nfkc, shortCore } from './normalize';

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
export const SHORT = 4;
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

export function matchersOf(tables: readonly TableDef[]): { labelled: Matcher[]; labelless: Matcher[] } {
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
export function numberingFits(run: string, start: number, core: string, m: Matcher): boolean {
  if (core.length > SHORT || start === 0) return true;
  const prev = run.charAt(start - 1);
  if (!NUMERAL.test(prev)) return true;
  return m.numbering !== null && m.numbering.endsWith(prev);
}

/** Label before the figures: the row whose label ends latest in the run (a wrapped label may be cut short). */
export function matchBefore(run: string, after: string, matchers: readonly Matcher[]): Match | null {
  let best: Match | null = null;
  const stubs = matchers.filter((m) => m.row.kind === 'group').flatMap((m) => m.cores);
  const stubChars = new Set([...'一二三四五六七八九十', ...stubs.join('')]);
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
        // A stub cell printed down the side, one character a line, leaves its characters inside the label
        // ("属于本国家秘" / figures / "年密"): matched with those characters skipped, the rest following the figures.
        if (!cand) {
          const hit = prefixBesideStub(run, core, stubChars);
          const used = hit ? subsequenceEnd(after, core.slice(hit.k)) : -1;
          if (hit && used >= 0 && numberingFits(run, hit.start, core, m))
            cand = { m, start: hit.start, end: run.length, afterUsed: used };
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

/** Stub characters a label may have inside it (see matchBefore). */
const MAX_STUB_SKIPS = 4;

/**
 * The longest first part of `core` (at least MIN_PREFIX characters, not the whole) that ends `run` with some stub
 * characters among or after its characters, and where it starts; null when there is none with a stub character.
 */
function prefixBesideStub(
  run: string,
  core: string,
  stubChars: ReadonlySet<string>,
): { k: number; start: number } | null {
  // A first part ends on the run's last character that is not a stub's, or on one of the stub characters after it.
  let end = run.length - 1;
  while (end >= 0 && run.length - 1 - end < MAX_STUB_SKIPS && stubChars.has(run[end] ?? '')) end--;
  const tail = new Set(run.slice(Math.max(0, end)));
  for (let k = core.length - 1; k >= MIN_PREFIX; k--) {
    if (!tail.has(core[k - 1] ?? '')) continue;
    let i = run.length - 1;
    let j = k - 1;
    let skips = 0;
    while (j >= 0 && i >= 0) {
      if (run[i] === core[j]) {
        i--;
        j--;
      } else if (stubChars.has(run[i] ?? '') && skips < MAX_STUB_SKIPS) {
        skips++;
        i--;
      } else break;
    }
    if (j < 0 && skips > 0) return { k, start: i + 1 };
  }
  return null;
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
export function matchAfter(run: string, matchers: readonly Matcher[]): Match | null {
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

/** How many different data rows have a label (long enough to be telling) printed in this text. */
export function labelsIn(text: string, printed: string, matchers: readonly Matcher[]): number {
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
