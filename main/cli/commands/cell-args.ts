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

/** A parsed `key=value`; `notes` are the conversions applied (元 → 万元, leading zeros, full-width digits). */
export interface Assignment {
  readonly key: CellKey;
  readonly value: number | null;
  readonly notes: readonly string[];
}

export function assignCell(format: ReportFormat, assignment: string): Assignment {
  const eq = assignment.indexOf('=');
  if (eq <= 0) throw new CliExit(2, `赋值应写成 单元格=值，如 ${format.sampleCell}=4：${assignment}`);
  const key = assignment.slice(0, eq).trim();
  const info = cellsOf(format).get(key);
  if (!info) throw new CliExit(2, `${format.id} 格式中没有单元格“${key}”（用 nianbao formats 查看单元格键）`);
  const raw = assignment.slice(eq + 1);
  // The same column the editor's grid parses with: a row's own unit wins over the column's.
  const unit = info.row.unit ?? info.column.unit;
  const parsed = parseCell(raw, {
    type: info.column.type,
    label: info.column.label,
    ...(unit !== undefined ? { unit } : {}),
    ...(info.column.decimals !== undefined ? { decimals: info.column.decimals } : {}),
  });
  if (!parsed.ok) throw new CliExit(2, `${key}：${parsed.reason}`);
  const notes: string[] = [];
  if (/[\uFF01-\uFF5E\u3000]/.test(raw)) notes.push(`已将全角字符“${raw.trim()}”按半角读入`);
  if (parsed.warning) notes.push(parsed.warning);
  return { key, value: parsed.value, notes };
}
