// 审核表: the review lines as an .xlsx workbook (exceljs) or a CSV with a UTF-8 BOM (so Excel/WPS read Chinese).
import ExcelJS from 'exceljs';
import { getFormat } from '../../shared/formats';
import type { ReviewReport } from '../../shared/review';
import type { Unreadable } from './load-units';

const TIMELINESS = { ok: '按期', late: '逾期', missing: '未填写' } as const;
const LEVEL = { error: '错误', warning: '警告', info: '提示' } as const;

export const SHEET_HEADER = [
  '机关',
  '年度',
  '格式',
  '错误',
  '警告',
  '需核对',
  '成文日期',
  '公开期限',
  '是否按期',
  '与上年重复率',
  '文件',
] as const;

function row(r: ReviewReport): (string | number)[] {
  return [
    r.agency,
    r.year,
    getFormat(r.format).name,
    r.errors,
    r.warnings,
    r.unresolved,
    r.signatureDate,
    r.deadline,
    TIMELINESS[r.timeliness],
    r.repeatRate === null ? '' : `${Math.round(r.repeatRate * 100)}%`,
    r.file,
  ];
}

/** Workbook with two sheets: 审核表 (one line per unit) and 问题明细 (every issue, 需核对 cell and unreadable file). */
export async function reviewWorkbook(
  reports: readonly ReviewReport[],
  unreadable: readonly Unreadable[],
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '政府信息公开年报助手';
  const main = wb.addWorksheet('审核表', { views: [{ state: 'frozen', ySplit: 1 }] });
  main.addRow([...SHEET_HEADER]).font = { bold: true };
  for (const r of reports) main.addRow(row(r));
  for (const u of unreadable)
    main.addRow([`（无法读取）${u.reason}`, '', '', '', '', '', '', '', '', '', u.file]);
  main.columns.forEach((c, i) => {
    c.width = i === 0 || i === 10 ? 36 : 12;
  });
  const detail = wb.addWorksheet('问题明细', { views: [{ state: 'frozen', ySplit: 1 }] });
  detail.addRow(['机关', '级别', '规则', '说明', '文件']).font = { bold: true };
  for (const r of reports) {
    for (const i of r.issues) detail.addRow([r.agency, LEVEL[i.level], i.ruleId, i.message, r.file]);
    for (const u of r.unresolvedCells)
      detail.addRow([r.agency, '需核对', '导入', `${u.label}：${u.reason}`, r.file]);
  }
  detail.columns.forEach((c, i) => {
    c.width = i === 3 ? 80 : i === 0 || i === 4 ? 30 : 8;
  });
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

function csvField(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The 审核表 sheet as CSV: UTF-8 with BOM, CRLF line ends. */
export function reviewCsv(reports: readonly ReviewReport[], unreadable: readonly Unreadable[]): string {
  const lines = [[...SHEET_HEADER], ...reports.map(row)];
  for (const u of unreadable)
    lines.push([`（无法读取）${u.reason}`, '', '', '', '', '', '', '', '', '', u.file]);
  return '\uFEFF' + lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}
