// Test helper: runs the `nianbao` CLI in-process and captures what it prints and its exit code.
import { main } from '../index';

export const cli = {
  stdout: '',
  stderr: '',
  /** Runs `nianbao <args>`; stdout/stderr hold what that run printed. */
  async run(...args: string[]): Promise<number> {
    cli.stdout = '';
    cli.stderr = '';
    const o = jest
      .spyOn(process.stdout, 'write')
      .mockImplementation((s) => ((cli.stdout += String(s)), true));
    const e = jest
      .spyOn(process.stderr, 'write')
      .mockImplementation((s) => ((cli.stderr += String(s)), true));
    process.exitCode = undefined;
    try {
      return await main(args);
    } finally {
      o.mockRestore();
      e.mockRestore();
      process.exitCode = undefined;
    }
  },
};
