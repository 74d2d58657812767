// Row assignment: each run of figures goes to the table row whose label (or alias) ends the label text before it.
import type { RowDef, TableDef } from '../formats/types';
import { labelCore, shortCore, squash } from './normalize';
import type { Token } from './tokens';

/** The figures printed for one row, with the text they were read from. */
export interface RowHit {
  readonly table: TableDef;
  readonly row: RowDef;
  readonly values: readonly Token[];
  /** Label as printed + figures, for 需核对 messages. */
  readonly source: string;
}

export interface Stray {
  readonly source: string;
}

interface Matcher {
  readonly table: TableDef;
  readonly row: RowDef;
  readonly order: number;
  readonly cores: readonly string[];
}

const TAIL_ALLOWANCE = 8;
const MIN_PREFIX = 4;

const coreCache = new WeakMap<TableDef, { row: RowDef; cores: string[] }[]>();

function tableCores(table: TableDef): { row: RowDef; cores: string[] }[] {
  const cached = coreCache.get(table);
  if (cached) return cached;
  const out = table.rows.map((row) => {
    const names = [row.label, ...(row.aliases ?? [])];
    const cores = [...new Set(names.flatMap((n) => [labelCore(n), shortCore(n)]))].filter(
      (c) => c.length > 0,
    );
    return { row, cores };
  });
  coreCache.set(table, out);
  return out;
}

function matchersOf(tables: readonly TableDef[]): { labelled: Matcher[]; labelless: Matcher[] } {
  const labelled: Matcher[] = [];
  const labelless: Matcher[] = [];
  let order = 0;
  for (const table of tables) {
    for (const { row, cores } of tableCores(table)) {
      const m = { table, row, order: order++, cores };
      if (table.stubColumns === 0) labelless.push(m);
      else labelled.push(m);
    }
  }
  return { labelled, labelless };
}

interface Match {
  readonly m: Matcher;
  readonly end: number;
  readonly length: number;
}

/** The row whose label ends latest in the run (a wrapped label may be cut: its first characters then end the run). */
function bestMatch(run: string, matchers: readonly Matcher[], lastOrder: number): Match | null {
  let best: Match | null = null;
  const better = (a: Match, b: Match | null) => {
    if (!b) return true;
    if (a.end !== b.end) return a.end > b.end;
    if (a.length !== b.length) return a.length > b.length;
    const da = a.m.order > lastOrder ? a.m.order - lastOrder : 1000 + a.m.order;
    const db = b.m.order > lastOrder ? b.m.order - lastOrder : 1000 + b.m.order;
    return da < db;
  };
  for (const m of matchers) {
    for (const core of m.cores) {
      const idx = run.lastIndexOf(core);
      let cand: Match | null = null;
      if (idx >= 0 && run.length - (idx + core.length) <= TAIL_ALLOWANCE) {
        cand = { m, end: idx + core.length, length: core.length };
      } else {
        const last = run.charCodeAt(run.length - 1);
        for (let k = Math.min(core.length - 1, run.length); k >= MIN_PREFIX; k--) {
          if (core.charCodeAt(k - 1) === last && run.endsWith(core.slice(0, k))) {
            cand = { m, end: run.length, length: k };
            break;
          }
        }
      }
      if (cand && better(cand, best)) best = cand;
    }
  }
  return best;
}

const clip = (t: string) => (t.length > 60 ? `…${t.slice(-60)}` : t);
const NUMBERING_ONLY = /^[(（]?[一二三四五六七八九十\d]{1,2}[)）.、．]?$/;

/** The printed label text from the token where the match starts (with a numbering token just before it). */
function labelFrom(texts: readonly string[], start: number): string {
  let pos = 0;
  let first = 0;
  for (let i = 0; i < texts.length; i++) {
    const len = squash(texts[i] ?? '').length;
    if (pos + len > start) {
      first = i;
      break;
    }
    pos += len;
  }
  if (first > 0 && NUMBERING_ONLY.test((texts[first - 1] ?? '').trim())) first--;
  return clip(texts.slice(first).join(' '));
}

/**
 * Walks the tokens of a section: label text accumulates in a run until figures follow; the figures belong to the
 * best-matching row. Prose ends the run. Figures with no label before them go to the section's label-less table
 * row (表四) if it is still free, else they are reported as stray.
 */
export function assignRows(
  tokens: readonly Token[],
  tables: readonly TableDef[],
): { hits: RowHit[]; strays: Stray[] } {
  const { labelled, labelless } = matchersOf(tables);
  const hits: RowHit[] = [];
  const strays: Stray[] = [];
  let runText: string[] = [];
  let lastOrder = -1;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t) break;
    if (t.kind === 'text') {
      runText.push(t.text);
      i++;
      continue;
    }
    if (t.kind === 'break') {
      runText = [];
      i++;
      continue;
    }
    const values: Token[] = [];
    while (i < tokens.length) {
      const v = tokens[i];
      if (!v || (v.kind !== 'num' && v.kind !== 'mark' && v.kind !== 'blank')) break;
      values.push(v);
      i++;
    }
    while (values.length > 0 && values[values.length - 1]?.kind === 'blank') values.pop();
    if (!values.some((v) => v.kind !== 'blank')) continue;
    const labelRaw = runText.join(' ');
    const run = squash(labelRaw);
    const figures = values.map((v) => (v.kind === 'blank' ? '□' : v.text)).join(' ');
    const match = run === '' ? null : bestMatch(run, labelled, lastOrder);
    const shortLabel = match ? labelFrom(runText, match.end - match.length) : clip(labelRaw);
    if (match) {
      hits.push({ table: match.m.table, row: match.m.row, values, source: `${shortLabel}：${figures}` });
      lastOrder = match.m.order;
    } else {
      const free = labelless.find((m) => !hits.some((h) => h.row === m.row && h.table === m.table));
      if (free) hits.push({ table: free.table, row: free.row, values, source: figures });
      else strays.push({ source: `${shortLabel}：${figures}` });
    }
    runText = [];
  }
  return { hits, strays };
}
