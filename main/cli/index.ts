// The `nianbao` command line: registers every subcommand; failures print one Chinese line and exit non-zero.
import { Command, CommanderError } from 'commander';
import { AppError } from '../../shared/ipc/result';
import { APP_VERSION } from '../version';
import { registerDraftFileCommands } from './commands/draft-file';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('nianbao')
    .description('政府信息公开年报助手（命令行）')
    .version(APP_VERSION, '-V, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .showHelpAfterError('（使用 --help 查看用法）')
    .exitOverride();
  registerDraftFileCommands(program);
  return program;
}

/** Exit code 2 = input could not be read or arguments are wrong; 1 = validation found errors. */
export class CliExit extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
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
