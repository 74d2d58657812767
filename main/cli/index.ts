// The `nianbao` command line: registers every subcommand; failures print one Chinese line and exit non-zero.
import { Command, CommanderError } from 'commander';
import { cellsOf, newestFormat } from '../../shared/formats';
import { AppError } from '../../shared/ipc/result';
import { APP_VERSION } from '../version';
import { registerDraftFileCommands } from './commands/draft-file';
import { registerDraftsCommands } from './commands/drafts';
import { registerExportCommand } from './commands/export';
import { registerImportCommand } from './commands/import';
import { registerMetaTextCommands } from './commands/meta-text';
import { registerServeCommand } from './commands/serve';
import { registerReviewCommand } from './commands/review';
import { registerRollupCommand } from './commands/rollup';
import { CliExit } from './exit';

/** t3.new.natural=4 t2_8.fees.amount=12345元: the newest format's sample cell and a money cell, as it names them. */
function setExample(): string {
  const format = newestFormat();
  const money = [...cellsOf(format).values()].find((c) => !c.computed && c.column.unit === '万元');
  return `${format.sampleCell}=4${money ? ` ${money.key}=12345元` : ''}`;
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('nianbao')
    .description('政府信息公开年报助手（命令行）')
    .usage('[选项] <命令> …')
    .version(APP_VERSION, '-V, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [命令]', '显示命令的帮助')
    .configureHelp({ styleTitle: (title) => HELP_TITLES[title] ?? title })
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(translateCommanderError(str)) });
  registerDraftFileCommands(program);
  registerMetaTextCommands(program);
  registerDraftsCommands(program);
  registerExportCommand(program);
  registerImportCommand(program);
  registerServeCommand(program);
  registerReviewCommand(program);
  registerRollupCommand(program);
  program.addHelpText(
    'after',
    [
      '',
      '示例：',
      '  nianbao new --agency 南宾街道办事处 --year 2025 -o 2025.json',
      `  nianbao set 2025.json ${setExample()}`,
      '  nianbao text 2025.json s1 --file 一.txt',
      '  nianbao meta 2025.json --agency 南宾街道办事处 --date 2026-01-20',
      '  nianbao export 2025.json --pdf 年报.pdf --docx 年报.docx',
      '',
      '单元格键见 nianbao formats；每个命令的选项见 nianbao help <命令>。',
    ].join('\n'),
  );
  return program;
}

/** Commander's help headings, in Chinese. */
const HELP_TITLES: Readonly<Record<string, string>> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项：',
};

/** Commander speaks English; the clerk gets one Chinese line. */
export function translateCommanderError(str: string): string {
  const line = str.trim().replace(/^error:\s*/, '');
  const rules: [RegExp, (m: RegExpMatchArray) => string][] = [
    [/^unknown option '(.+)'/, (m) => `未知的选项 ${m[1]}`],
    [/^unknown command '(.+)'/, (m) => `未知的命令 ${m[1]}`],
    [/^missing required argument '(.+)'/, (m) => `缺少参数 ${m[1]}`],
    [/^required option '(.+)' not specified/, (m) => `缺少必需的选项 ${m[1]}`],
    [/^option '(.+)' argument missing/, (m) => `选项 ${m[1]} 缺少取值`],
    [/^too many arguments/, () => '参数过多'],
  ];
  for (const [re, fmt] of rules) {
    const m = line.match(re);
    if (m) return `错误：${fmt(m)}（使用 --help 查看用法）\n`;
  }
  return `错误：命令参数有误（${line}）\n`;
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
      if (err.code === 'commander.help') return 0;
      return 2;
    }
    if (err instanceof CliExit) {
      if (err.message) process.stderr.write(`错误：${err.message}\n`);
      return err.code;
    }
    if (err instanceof AppError) {
      process.stderr.write(`错误：${err.message}\n`);
      return 2;
    }
    const msg = err instanceof Error ? err.message : String(err);
    process.stderr.write(`错误：操作失败（${msg}）\n`);
    return 2;
  }
}
