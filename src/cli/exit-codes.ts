/** Exit codes every `enlace` command keeps, documented in the README. */
export const EXIT = {
  ok: 0,
  /** The command ran but could not finish: database unreachable, port in use, data directory locked. */
  failure: 1,
  /** The command line or an input file was invalid; nothing was changed. */
  usage: 2,
  /** A check ran and found a problem: a broken audit chain, a checkpoint the log no longer matches. */
  verificationFailed: 3,
} as const;

/** An expected failure with a sentence for the user; the CLI prints it without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
