// Parsing CLI arguments that carry cell values (`key=value`) and years, through the shared cell parser.
import { cellsOf, type CellKey, type ReportFormat } from '../../../shared/formats';
import { parseCell } from '../../../shared/engine/parse-cell';
import { CliExit } from '../exit';

export function parseYear(text: string): number {
  const t = text.normalize('NFKC').trim();
  if (!/^\d{4}$/.test(t)) throw new CliExit(2, `年度应为四位数字，如 2025：${text}`);
  const y = Number.parseInt(t, 10);
  if (y < 2008 || y > 2100) throw new CliExit(2, `年度超出范围（2008–2100）：${text}`);
  return y;
}

export function assignCell(format: ReportFormat, assignment: string): { key: CellKey; value: number | null } {
  const eq = assignment.indexOf('=');
  if (eq <= 0) throw new CliExit(2, `赋值应写成 单元格=值，如 t3.new.natural=4：${assignment}`);
  const key = assignment.slice(0, eq).trim();
  const info = cellsOf(format).get(key);
  if (!info) throw new CliExit(2, `${format.id} 格式中没有单元格“${key}”（用 nianbao formats 查看单元格键）`);
  const parsed = parseCell(assignment.slice(eq + 1), { ...info.column, label: info.column.label });
  if (!parsed.ok) throw new CliExit(2, `${key}：${parsed.reason}`);
  return { key, value: parsed.value };
}
