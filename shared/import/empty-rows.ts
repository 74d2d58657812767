// Rows printed with no figure at all in text that leaves empty cells out (PDF text): their labels stand alone between labelled rows.
import type { RowDef, TableDef } from '../formats/types';
import type { Option } from './label-choice';
import { squash } from './normalize';
import type { Matcher } from './label-match';

/** A run of figures with the label text printed before it (as grouped by rows.ts). */
interface Run {
  readonly before: readonly string[];
  /** The text before this run is the text after the previous run. */
  readonly shared: boolean;
}

export interface EmptyRow {
  readonly table: TableDef;
  readonly row: RowDef;
  /** The label as found in the text, for the import report. */
  readonly label: string;
}

/** Long enough to be telling on its own; shorter labels count with their own numbering printed before them. */
const TELLING = 5;

/**
 * Where `core` stands in `text` from `from` on: as printed, or with up to three characters of a group stub between
 * its characters (a label wrapped beside the stub cell: 保护第三方合法权 / （三） / 益).
 */
function findCore(
  text: string,
  core: string,
  from: number,
  stubChars: ReadonlySet<string>,
): { start: number; end: number } | null {
  const plain = text.indexOf(core, from);
  if (plain >= 0) return { start: plain, end: plain + core.length };
  for (
    let start = text.indexOf(core.charAt(0), from);
    start >= 0;
    start = text.indexOf(core.charAt(0), start + 1)
  ) {
    let j = 0;
    let skipped = 0;
    let i = start;
    for (; i < text.length && j < core.length; i++) {
      if (text[i] === core[j]) j++;
      else if (stubChars.has(text[i] ?? '') && ++skipped <= 3) continue;
      else break;
    }
    if (j === core.length) return { start, end: i };
  }
  return null;
}

/**
 * In a table whose rows print their labels before their figures and leave empty cells out, a row whose every cell
 * is empty prints its label only. The labels of the table's rows between two labelled runs, printed in the text
 * between them, complete and in the table's order, are such rows. Text wrapped from the previous run's label
 * (Match.afterUsed) is not searched.
 */
export function emptyRows(
  runs: readonly Run[],
  chosen: readonly (Option | null)[],
  matchers: readonly Matcher[],
): EmptyRow[] {
  const out: EmptyRow[] = [];
  // Characters of the group stubs (（三）不予公开 printed down the side) that may fall inside a wrapped label.
  const stubChars = new Set([
    ...'一二三四五六七八九十',
    ...matchers.filter((m) => m.row.kind === 'group').flatMap((m) => [...m.cores.join('')]),
  ]);
  let prev: Matcher | null = null;
  let prevUsed = 0;
  runs.forEach((run, i) => {
    const c = chosen[i];
    if (!c || c.kind !== 'before' || c.match.m.free) {
      prev = null;
      return;
    }
    const m = c.match.m;
    const text = squash(run.before.join(''));
    const region = text.slice(run.shared ? prevUsed : 0, c.match.start);
    const last: Matcher | null = prev;
    if (last !== null && last.table === m.table) {
      const between = matchers.filter(
        (x) =>
          x.table === m.table &&
          x.order > last.order &&
          x.order < m.order &&
          x.row.kind !== 'group' &&
          !x.free,
      );
      let pos = 0;
      for (const x of between) {
        let found = -1;
        let len = 0;
        for (const core of x.cores) {
          const hit = findCore(region, core, pos, stubChars);
          if (!hit) continue;
          const idx = hit.start;
          const numbered = x.numbering !== null && region.slice(0, idx).endsWith(x.numbering);
          if (core.length < TELLING && !numbered) continue;
          if (found < 0 || idx < found || (idx === found && hit.end - idx > len)) {
            found = idx;
            len = hit.end - idx;
          }
        }
        if (found < 0) continue;
        out.push({ table: x.table, row: x.row, label: region.slice(found, found + len) });
        pos = found + len;
      }
    }
    prev = m;
    prevUsed = c.match.afterUsed ?? 0;
  });
  return out;
}
