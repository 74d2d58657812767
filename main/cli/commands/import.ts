// CLI: nianbao import <file> -o <draft.json> [--report <report.json>] — last year's report into a draft file.
import fs from 'node:fs';
import type { Command } from 'commander';
import { getFormat } from '../../../shared/formats';
import type { ImportReport } from '../../../shared/import/types';
import { writeDraft } from '../draft-io';
import { CliExit } from '../exit';

function readInput(file: string): Uint8Array {
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹' : '无法读取';
    throw new CliExit(2, `${why}：${file}`);
  }
}

function writeReport(file: string, report: ImportReport, overwrite: boolean): void {
  try {
    fs.writeFileSync(file, JSON.stringify(report, null, 2) + '\n', { flag: overwrite ? 'w' : 'wx' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new CliExit(2, `文件已存在：${file}（如需覆盖请加 --force）`);
    throw new CliExit(2, `写入失败：${file}`);
  }
}

export function summary(report: ImportReport): string {
  const lines = [
    `格式：${getFormat(report.formatId).name}（${report.formatReason}）`,
    `年度：${report.year}（来自${report.yearSource}）`,
    `机关：${report.agency || '（未找到）'}（来自${report.agencySource}）`,
    ...report.tables.map(
      (t) =>
        `${t.name}：读取 ${t.read}，推算 ${t.derived}，需核对 ${t.unresolved}（共 ${t.cells} 格，可信度 ${Math.round(t.confidence * 100)}%）`,
    ),
  ];
  if (report.unresolved.length > 0) {
    lines.push(`需核对的单元格 ${report.unresolved.length} 个：`);
    for (const u of report.unresolved.slice(0, 20))
      lines.push(`  ${u.label}：${u.reason}；原文“${u.source}”`);
    if (report.unresolved.length > 20) lines.push(`  ……其余见 --report 输出`);
  }
  for (const d of report.derived.slice(0, 10)) lines.push(`推算：${d.label} = ${d.value}（${d.reason}）`);
  for (const n of report.notes) lines.push(`注意：${n}`);
  if (report.issues.errors + report.issues.warnings > 0) {
    lines.push(
      `原报告校验：错误 ${report.issues.errors} 个，提醒 ${report.issues.warnings} 个（如实保留，未作修改）`,
    );
    for (const m of report.issues.messages.slice(0, 10)) lines.push(`  ${m}`);
  }
  return lines.join('\n') + '\n';
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('导入上一年度报告（.txt / .docx / .html / .pdf / 草稿文件），生成草稿文件')
    .argument('<文件>', '要导入的报告文件')
    .requiredOption('-o, --out <draft.json>', '输出的草稿文件')
    .option('--report <report.json>', '把导入报告（格式、年度、机关、可信度、需核对的单元格）写成 JSON')
    .option('--force', '覆盖已存在的输出文件')
    .action(async (file: string, opts: { out: string; report?: string; force?: boolean }) => {
      const overwrite = Boolean(opts.force);
      if (!overwrite && fs.existsSync(opts.out))
        throw new CliExit(2, `文件已存在：${opts.out}（如需覆盖请加 --force）`);
      if (opts.report && !overwrite && fs.existsSync(opts.report)) {
        throw new CliExit(2, `文件已存在：${opts.report}（如需覆盖请加 --force）`);
      }
      const name = file.replace(/^.*[\\/]/, '');
      // In a worker with the app's time and memory budgets, like every import (loaded on use).
      const { createThreadRunner } = await import('../../import/worker/thread-host');
      const runner = createThreadRunner();
      const { draft, report } = await runner.run(name, readInput(file)).finally(() => runner.close());
      writeDraft(opts.out, draft, { overwrite });
      if (opts.report) writeReport(opts.report, report, overwrite);
      process.stdout.write(`已导入：${file} → ${opts.out}\n${summary(report)}`);
    });
}
