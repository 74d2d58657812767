// A row's figures printed without their empty cells (PDF text): every order-keeping placement the row's totals allow.
import type { CellKey, ColumnDef, RowDef, TableDef } from '../formats/types';
import { holds, type Equation } from './equations';
import { placements } from './placements';
import { parseFigure, type Cellish } from './row-state';
import type { Token } from './tokens';

/**
 * The placements that keep each figure standing under a column's header word in that column (layout-columns.ts);
 * all of them if none does (the header's places are evidence, not a rule).
 */
function underHeader(ways: number[][] | null, nums: readonly Token[]): number[][] | null {
  if (!ways || nums.every((v) => v.col === undefined)) return ways;
  const kept = ways.filter((w) => w.every((col, j) => nums[j]?.col === undefined || nums[j]?.col === col));
  return kept.length > 0 ? kept : ways;
}

/** For the clerk: which figures the header's places put in which column (“821 在“自然人”下”). */
function alignedNotes(table: TableDef, nums: readonly Token[], readings: readonly Cellish[][]): string[] {
  return nums.flatMap((v) => {
    const col = v.col === undefined ? undefined : table.columns[v.col];
    const kept = readings.length > 0 && readings.every((r) => r[v.col ?? -1]?.value === Number(v.text));
    return col && kept ? [`${v.text} 在“${col.label}”下`] : [];
  });
}

/** One or two digits: a piece of a figure a narrow cell wrapped. */
const PIECE = /^\d{1,2}$/;

/**
 * A total too wide for its narrow cell, wrapped in two pieces round the row's line: "2" above, "26", "6" below (or
 * "26 2" with "6" on the next line) for 26 and its total 26. The pieces joined, the figures of the row's own line
 * and that total; only where the joined total adds up the others.
 */
export function wrappedTotal(nums: readonly Token[]): Token[] | null {
  const last = nums[nums.length - 1];
  if (nums.length < 3 || !last || !PIECE.test(last.text) || last.glued) return null;
  const lineOf = (b: number) => nums.filter((v) => v.block === b);
  if (lineOf(last.block).length !== 1) return null;
  const first = nums[0];
  // The first piece: alone on a line before the row's line, or the last figure of the row's line.
  const aboveAlone = first && first.block < (nums[1]?.block ?? -1) && lineOf(first.block).length === 1;
  const main = aboveAlone ? nums.slice(1, -1) : nums.slice(0, -2);
  const head = aboveAlone ? first : nums[nums.length - 2];
  if (!head || !PIECE.test(head.text) || head.glued || main.length === 0) return null;
  if (new Set(main.map((v) => v.block)).size !== 1 || main.some((v) => v.glued)) return null;
  if (!aboveAlone && head.block !== main[0]?.block) return null;
  if ((main[0]?.block ?? 0) >= last.block) return null;
  const joined = head.text + last.text;
  const sum = main.reduce((a, v) => a + Number(v.text), 0);
  if (!main.every((v) => /^\d+$/.test(v.text)) || Number(joined) !== sum) return null;
  return [...main, { kind: 'num', text: joined, block: main[0]?.block ?? last.block }];
}

/**
 * Every order-keeping placement of the figures into the row's cells, the empty cells as 0, that the row's own totals
 * confirm; on a single line the total may be left out too ("2 2" may be a 2 and its total, or two 2s). Several
 * readings are left to the table's identities to tell apart.
 */
export function placedReadings(
  table: TableDef,
  row: RowDef,
  keys: readonly CellKey[],
  rowEqs: readonly Equation[],
  printed: readonly Token[],
): { readings: Cellish[][]; aligned: string[] } {
  const n = table.columns.length;
  const total = table.columns.findIndex((c) => c.key === 'total');
  /** `joined`: the last figure is a total pieced together (wrappedTotal), so it stays the total. */
  const readingsFor = (nums: readonly Token[], joined = false): Cellish[][] => {
    const lines = new Set(nums.map((v) => v.block));
    const ways =
      nums.length >= 1 && (nums.length >= 2 || lines.size === 1)
        ? underHeader(placements(n, nums.length), nums)
        : null;
    const readingsOf = (withTotal: boolean) => {
      const placed = (ways ?? [])
        .filter((w) => withTotal || !w.includes(total))
        .map((w) => {
          const cand: Cellish[] = table.columns.map((_, i) =>
            !withTotal && i === total ? { value: null, reason: '单元格为空' } : { value: 0 },
          );
          w.forEach((col, j) => {
            cand[col] = parseFigure(nums[j]?.text ?? '', table, row, table.columns[col] as ColumnDef, []);
          });
          return cand;
        })
        .filter((c) => c.every((x, i) => x.value !== null || (!withTotal && i === total)))
        .filter((c) => {
          const get = (k: CellKey) => {
            const v = c[keys.indexOf(k)]?.value;
            return v === null ? undefined : v;
          };
          return (
            rowEqs.length > 0 &&
            rowEqs.every((eq) => (withTotal ? holds(eq, get) === true : holds(eq, get) !== false))
          );
        });
      // The same values whatever the placement ("0 0": all zeros) are one reading.
      return [...new Map(placed.map((c) => [c.map((x) => x.value).join('|'), c])).values()];
    };
    // A total that adds up two figures or more is taken as printed; "x x" alone may be either.
    const withTotal = readingsOf(true);
    const bare =
      total >= 0 &&
      !joined &&
      lines.size === 1 &&
      nums.length < n - 1 &&
      (withTotal.length === 0 || nums.length === 2)
        ? readingsOf(false)
        : [];
    // The same counts both ways ("0 0": all zeros) are one reading, the one that keeps the printed total.
    const counts = (c: Cellish[]) => c.map((x, i) => (i === total ? '' : String(x.value))).join('|');
    const seen = new Set(withTotal.map(counts));
    return [...withTotal, ...bare.filter((c) => !seen.has(counts(c)))];
  };
  const direct = readingsFor(printed);
  // No reading as printed: perhaps a total a narrow cell wrapped round the row's line.
  const wrapped = direct.length === 0 && total >= 0 ? wrappedTotal(printed) : null;
  const nums = wrapped ?? printed;
  const readings = wrapped ? readingsFor(wrapped, true) : direct;
  return { readings, aligned: alignedNotes(table, nums, readings) };
}
