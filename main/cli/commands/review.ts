// CLI: nianbao review <files or folders…> — every unit's report checked in one pass, one line per unit; 审核表 .xlsx/.csv.
import path from 'node:path';
import type { Command } from 'commander';
import { getFormat } from '../../../shared/formats';
import { AppError } from '../../../shared/ipc/result';
import { reviewUnits, type ReviewReport } from '../../../shared/review';
import { writeFileSafely } from '../../export/safe-write';
import type { Unreadable } from '../../review/load-units';
import { CliExit } from '../exit';
import { parseYear } from './cell-args';

const out = (s: string) => process.stdout.write(s + '\n');
const TIMELINESS = { ok: '按期', late: '逾期', missing: '未填' } as const;

export function reviewLine(r: ReviewReport): string {
  const date = r.signatureDate ? `${r.signatureDate}（${TIMELINESS[r.timeliness]}）` : '未填';
  const repeat = r.repeatRate === null ? '' : `，与上年重复 ${Math.round(r.repeatRate * 100)}%`;
  return (
    `${r.agency || '（未找到机关名称）'}｜${r.year} 年度｜${getFormat(r.format).name}｜错误 ${r.errors}，警告 ${r.warnings}，` +
    `需核对 ${r.unresolved}｜成文日期 ${date}${repeat}｜${r.file}`
  );
}

async function writeSheet(file: string, data: Uint8Array | string, force: boolean): Promise<void> {
  try {
    await writeFileSafely(path.resolve(file), data, force);
  } catch (err) {
    if (err instanceof AppError && err.code === 'EXISTS') {
      throw new CliExit(2, `文件已存在：${file}（如需覆盖请加 --force）`);
    }
    throw err;
  }
}

function printUnreadable(unreadable: readonly Unreadable[]): void {
  for (const u of unreadable) out(`无法读取：${u.file}：${u.reason}`);
}

interface ReviewOpts {
  year?: string;
  json?: boolean;
  xlsx?: string;
  csv?: string;
  deadline?: string;
  force?: boolean;
}

export function registerReviewCommand(program: Command): void {
  program
    .command('review')
    .description(
      '审核各单位的年报（草稿文件或已发布的报告），每个单位一行；有错误时退出码为 1，有文件无法读取时为 2',
    )
    .argument('<文件或文件夹...>', '草稿文件、已发布的报告，或存放它们的文件夹')
    .option('--year <YYYY>', '只审核该年度的报告（其他年度的文件用于对照上年）')
    .option('--deadline <MM-DD>', '公开期限（报告年度次年的月-日）', '01-31')
    .option('--json', '以 JSON 输出')
    .option('--xlsx <审核表.xlsx>', '把审核结果写成 Excel 表格')
    .option('--csv <审核表.csv>', '把审核结果写成 CSV（UTF-8，Excel/WPS 可直接打开）')
    .option('--force', '覆盖已存在的输出文件')
    .action(async (paths: string[], opts: ReviewOpts) => {
      const year = opts.year === undefined ? undefined : parseYear(opts.year);
      if (opts.deadline !== undefined && !/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(opts.deadline)) {
        throw new CliExit(2, `--deadline 须为 月-日，如 01-31：${opts.deadline}`);
      }
      const { loadUnits } = await import('../../review/load-units'); // import readers: loaded on use
      const { units, unreadable } = await loadUnits(paths);
      const all = reviewUnits(units, { deadline: opts.deadline ?? '01-31' });
      const reports = year === undefined ? all : all.filter((r) => r.year === year);
      if (opts.xlsx || opts.csv) {
        // exceljs is loaded only when a sheet is asked for (it adds to the start-up time of every run).
        const { reviewCsv, reviewWorkbook } = await import('../../review/review-sheet');
        if (opts.xlsx)
          await writeSheet(opts.xlsx, await reviewWorkbook(reports, unreadable), Boolean(opts.force));
        if (opts.csv) await writeSheet(opts.csv, reviewCsv(reports, unreadable), Boolean(opts.force));
      }
      if (opts.json) {
        out(JSON.stringify({ reports, unreadable }, null, 2));
      } else {
        for (const r of reports) out(reviewLine(r));
        printUnreadable(unreadable);
        const withErrors = reports.filter((r) => r.errors > 0).length;
        out(
          `\n共审核 ${reports.length} 份报告：${withErrors} 份有错误，` +
            `${reports.filter((r) => r.unresolved > 0).length} 份有需核对的单元格` +
            (unreadable.length > 0 ? `；${unreadable.length} 个文件无法读取` : '') +
            (opts.xlsx ? `；审核表已写入 ${opts.xlsx}` : '') +
            (opts.csv ? `；CSV 已写入 ${opts.csv}` : ''),
        );
      }
      process.exitCode = unreadable.length > 0 ? 2 : reports.some((r) => r.errors > 0) ? 1 : 0;
    });
}
