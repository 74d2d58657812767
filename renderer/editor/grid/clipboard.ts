// Copy and paste of rectangular blocks as Excel/WPS text: TSV out, and a checked plan of cell changes in.
import { cellLabel, type CellKey, type ReportFormat } from '../../../shared/formats';
import type { Draft } from '../../../shared/draft/schema';
import { evaluate, type Evaluation } from '../../../shared/engine';
import { formatCell } from '../../../shared/engine/format-cell';
import { parseCell } from '../../../shared/engine/parse-cell';
import { parseTsv } from '../../../shared/engine/tsv';
import { applyCellChanges, type CellProblem } from '../../state/cell-changes';
import type { CellChange } from '../../state/report-state';
import { gridLayout, parseColumnOf, type GridLayout } from './grid-layout';
import type { TableDef } from '../../../shared/formats/types';

/** Larger clipboard blocks are not figures of one table. */
export const MAX_PASTE_CELLS = 2000;

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function quote(cell: string): string {
  return /[\t\r\n"]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Rows of cells as Excel writes them to text/plain: tabs, CRLF after every row (the last one too), quoting. */
export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => `${r.map(quote).join('\t')}\r\n`).join('');
}

/** The displayed values of a rectangle of the table (blank cells as ''), ready for `toTsv`. */
export function copyBlock(layout: GridLayout, evaluation: Evaluation, rect: Rect): string[][] {
  const out: string[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row = layout.rows[r];
    if (!row) continue;
    const line: string[] = [];
    for (let c = rect.left; c <= rect.right; c++) {
      const key = row.keys[c];
      const column = layout.columns[c];
      if (key === undefined || !column) continue;
      line.push(formatCell(evaluation.values[key] ?? null, column));
    }
    out.push(line);
  }
  return out;
}

export interface PasteInput {
  readonly format: ReportFormat;
  readonly table: TableDef;
  readonly draft: Draft;
  readonly evaluation: Evaluation;
  /** Top-left cell of the paste (row and column index in the table's figures). */
  readonly at: { readonly r: number; readonly c: number };
  /** The clipboard's text/plain flavour. */
  readonly text: string;
  /** When a single value is pasted onto a selected rectangle, it fills the rectangle (as Excel does). */
  readonly fill?: Rect;
}

export type PastePlan =
  | {
      readonly ok: true;
      readonly changes: readonly CellChange[];
      readonly area: Rect;
      /** Values read with a conversion or correction the clerk should know about. */
      readonly notes: readonly CellProblem[];
    }
  | { readonly ok: false; readonly message: string; readonly problems: readonly CellProblem[] };

const refuse = (message: string, problems: readonly CellProblem[] = []): PastePlan => ({
  ok: false,
  message,
  problems,
});

/** The pasted block, or a single value repeated over `fill`. */
function blockOf(text: string, fill: Rect | undefined): string[][] {
  const grid = parseTsv(text);
  const single = grid.length === 1 && grid[0]?.length === 1 ? grid[0][0] : undefined;
  if (single === undefined || !fill) return grid;
  const rows = fill.bottom - fill.top + 1;
  const cols = fill.right - fill.left + 1;
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => single));
}

/**
 * Reads a pasted block into cell changes, all checked before anything is applied: every value through the
 * column's parser; carried cells only when the value equals last year's; totals only when they equal the sum
 * the pasted figures give. Blank pasted cells clear input cells and are ignored on totals and carried cells.
 */
export function planPaste(input: PasteInput): PastePlan {
  const { format, table, draft, evaluation } = input;
  const layout = gridLayout(table);
  const at = input.fill ? { r: input.fill.top, c: input.fill.left } : input.at;
  const block = blockOf(input.text, input.fill);
  const height = block.length;
  const width = block[0]?.length ?? 0;
  if (height === 0 || width === 0) return refuse('剪贴板中没有可粘贴的内容');
  if (height * width > MAX_PASTE_CELLS)
    return refuse(`剪贴板内容过大（${height} 行 × ${width} 列），不是一张表的数字`);
  const roomRows = layout.rows.length - at.r;
  const roomCols = layout.columns.length - at.c;
  if (height > roomRows || width > roomCols) {
    return refuse(
      `粘贴内容为 ${height} 行 × ${width} 列，但从当前单元格起${table.shortName}只有 ${roomRows} 行 × ${roomCols} 列；` +
        '请选择正确的起始单元格，或只复制需要的部分',
    );
  }
  const changes: CellChange[] = [];
  const totals: { key: CellKey; value: number }[] = [];
  const problems: CellProblem[] = [];
  const notes: CellProblem[] = [];
  block.forEach((line, i) => {
    const row = layout.rows[at.r + i];
    line.forEach((raw, j) => {
      const column = layout.columns[at.c + j];
      const key = row?.keys[at.c + j];
      if (!row || !column || key === undefined) return;
      const parsed = parseCell(raw, parseColumnOf(row.row, column));
      if (!parsed.ok) {
        problems.push({ key, reason: `“${raw.trim()}”：${parsed.reason}` });
        return;
      }
      if (parsed.warning) notes.push({ key, reason: parsed.warning });
      const value = parsed.value;
      const linked = evaluation.linked[key];
      const computed = row.row.kind === 'computed' || format.computed.some((c) => c.cell === key);
      if (computed) {
        if (value !== null) totals.push({ key, value });
      } else if (linked) {
        if (value !== null && value !== linked.value) {
          problems.push({
            key,
            reason: `按上年报告自动结转为 ${linked.value ?? '空白'}（${linked.explain}），粘贴的是 ${value}；如确需修改，请选中该格按 F2 并说明原因`,
          });
        }
      } else if ((draft.cells[key] ?? null) !== value) {
        changes.push({ key, value });
      }
    });
  });
  if (problems.length === 0 && totals.length > 0) {
    const applied = applyCellChanges(format, draft, changes, draft.updatedAt);
    const values = applied.ok ? evaluate(format, applied.draft).values : evaluation.values;
    for (const t of totals) {
      const sum = values[t.key] ?? null;
      if (sum !== t.value) {
        problems.push({
          key: t.key,
          reason: `这是自动计算的合计：粘贴的是 ${t.value}，按各项计算为 ${sum ?? '空白'}，请核对粘贴的数字`,
        });
      }
    }
  }
  if (problems.length > 0) {
    const n = problems.length;
    return refuse(`粘贴未执行：有 ${n} 个单元格的内容不能接受，表格未作任何改动`, problems);
  }
  return {
    ok: true,
    changes,
    area: { top: at.r, left: at.c, bottom: at.r + height - 1, right: at.c + width - 1 },
    notes,
  };
}

/** "表三 一、本年新收政府信息公开申请数量 自然人：原因" lines for a list of cell problems. */
export function problemLines(format: ReportFormat, problems: readonly CellProblem[]): string[] {
  return problems.map((p) => `${cellLabel(format, p.key)}：${p.reason}`);
}
