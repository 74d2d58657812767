// The CLI's controlled exit: a Chinese message and an exit code (1 = validation errors, 2 = unreadable input).
export class CliExit extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'CliExit';
  }
}
