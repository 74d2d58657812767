// CLI commands on draft files: new, set, fill, show, validate, carry, formats.
import type { Command } from 'commander';
import { carryOver, createDraft } from '../../../shared/draft/create';
import {
  formatForYear,
  formatIds,
  getFormat,
  isFormatId,
  newestFormat,
  type FormatId,
} from '../../../shared/formats';
import { evaluate, fillBlanks, setCell } from '../../../shared/engine';
import { snapshotOf } from '../../../shared/draft/create';
import { readDraft, readWritableDraft, writeDraft } from '../draft-io';
import { CliExit } from '../exit';
import { assignCell, parseYear } from './cell-args';
import { printFormats, printIssues, printShow } from './draft-print';

function formatOption(value: string | undefined): FormatId | undefined {
  if (value === undefined) return undefined;
  if (!isFormatId(value)) throw new CliExit(2, `未知的格式“${value}”，可选：${formatIds().join('、')}`);
  return value;
}

export function registerDraftFileCommands(program: Command): void {
  program
    .command('new')
    .description('新建一份年度报告草稿文件')
    .requiredOption('--agency <名称>', '机关名称')
    .requiredOption('--year <YYYY>', '报告年度')
    .option('--format <id>', `格式：${formatIds().join(' | ')}（默认按年度）`)
    .requiredOption('-o, --out <draft.json>', '输出的草稿文件')
    .option('--force', '覆盖已存在的文件')
    .action((opts: { agency: string; year: string; format?: string; out: string; force?: boolean }) => {
      const agency = opts.agency.trim();
      if (!agency) throw new CliExit(2, '机关名称不能为空');
      const year = parseYear(opts.year);
      const formatId = formatOption(opts.format);
      if (formatId) {
        const f = getFormat(formatId);
        if (year < f.years.from || year > f.years.to)
          throw new CliExit(2, `${year} 年度的报告应使用${formatForYear(year).name}，不能用 ${formatId}`);
      }
      const draft = createDraft({ agency, year, ...(formatId ? { formatId } : {}) });
      writeDraft(opts.out, draft, { overwrite: Boolean(opts.force) });
      process.stdout.write(
        `已新建：${opts.out}（${agency} ${year} 年度，${getFormat(draft.formatId).name}）\n`,
      );
    });

  program
    .command('set')
    .description(`填写单元格：nianbao set draft.json ${newestFormat().sampleCell}=4 …（空值表示清空）`)
    .argument('<draft.json>')
    .argument('<赋值...>', `单元格=值，如 ${newestFormat().sampleCell}=4`)
    .option('--reason <原因>', '修改按上年结转的单元格时须说明原因')
    .action((file: string, assignments: string[], opts: { reason?: string }) => {
      let draft = readWritableDraft(file);
      const format = getFormat(draft.formatId);
      const notes: string[] = [];
      for (const a of assignments) {
        const { key, value, notes: applied } = assignCell(format, a);
        for (const n of applied) notes.push(`${key}：${n}`);
        const res = setCell(format, draft, key, value, opts.reason ? { reason: opts.reason } : {});
        if (!res.ok) throw new CliExit(2, `${a}：${res.reason}`);
        draft = res.draft;
      }
      writeDraft(file, draft, { overwrite: true });
      process.stdout.write(`已填写 ${assignments.length} 个单元格\n`);
      for (const n of notes) process.stdout.write(`  换算：${n}\n`);
    });

  program
    .command('fill')
    .description('把其余未填写的单元格填为 0（或 --value 指定的值）')
    .argument('<draft.json>')
    .option('--value <n>', '填入的值', '0')
    .action((file: string, opts: { value: string }) => {
      if (!/^\d+$/.test(opts.value)) throw new CliExit(2, `--value 须为非负整数：${opts.value}`);
      const draft = readWritableDraft(file);
      const format = getFormat(draft.formatId);
      const before = evaluate(format, draft).blanks.length;
      const next = fillBlanks(format, draft, Number.parseInt(opts.value, 10));
      const filled = before - evaluate(format, next).blanks.length;
      writeDraft(file, next, { overwrite: true });
      process.stdout.write(`已将 ${filled} 个未填写的单元格填为 ${opts.value}\n`);
    });

  program
    .command('show')
    .description('显示草稿的数字（含自动计算的合计）；--json 另含各节文字、前言、落款、联系方式')
    .argument('<draft.json>')
    .option('--json', '以 JSON 输出（数字、各节文字与机关信息）')
    .action((file: string, opts: { json?: boolean }) => {
      const { draft } = readDraft(file);
      printShow(draft, Boolean(opts.json));
    });

  program
    .command('validate')
    .description('校验草稿：有错误时退出码为 1')
    .argument('<draft.json>')
    .option('--previous <last.json>', '上一年度的草稿文件（核对结转关系）')
    .option('--deadline <MM-DD>', '公开期限（次年的月-日，默认 01-31）')
    .option('--json', '以 JSON 输出')
    .action((file: string, opts: { previous?: string; deadline?: string; json?: boolean }) => {
      if (opts.deadline !== undefined && !/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(opts.deadline))
        throw new CliExit(2, `--deadline 须为“月-日”，如 01-31：${opts.deadline}`);
      const { draft } = readDraft(file);
      const previous = opts.previous ? snapshotOf(readDraft(opts.previous).draft, opts.previous) : undefined;
      const result = evaluate(getFormat(draft.formatId), draft, {
        ...(previous ? { previous } : {}),
        ...(opts.deadline ? { deadline: opts.deadline } : {}),
      });
      printIssues(draft, result.issues, Boolean(opts.json));
      process.exitCode = result.issues.some((i) => i.level === 'error') ? 1 : 0;
    });

  program
    .command('carry')
    .description('从上一年度的草稿新建本年度草稿（结转上年数字）')
    .argument('<last.json>')
    .requiredOption('-o, --out <next.json>', '输出的草稿文件')
    .option('--year <YYYY>', '新报告的年度（默认上年 + 1）')
    .option('--force', '覆盖已存在的文件')
    .action((file: string, opts: { out: string; year?: string; force?: boolean }) => {
      const { draft: prev } = readDraft(file);
      const year = opts.year ? parseYear(opts.year) : prev.year + 1;
      if (year <= prev.year)
        throw new CliExit(2, `新报告的年度（${year}）应晚于上一年度报告（${prev.year}）`);
      const next = carryOver(prev, { year, source: file });
      writeDraft(opts.out, next, { overwrite: Boolean(opts.force) });
      const linked = Object.keys(evaluate(getFormat(next.formatId), next).linked).length;
      process.stdout.write(
        `已从 ${prev.year} 年度报告结转，新建 ${year} 年度草稿：${opts.out}（${linked} 个单元格按上年结转）\n`,
      );
    });

  program
    .command('formats')
    .description('列出报告格式及其表格、单元格键')
    .option('--json', '以 JSON 输出')
    .action((opts: { json?: boolean }) => printFormats(Boolean(opts.json)));
}
