import type { Command } from 'commander';
import type { Translate } from '../platform/i18n/translate.ts';

/** Every command file exports one of these; `commands/index.ts` lists them. */
export type CommandContext = {
  t: Translate;
  /** Where human output goes (stdout unless a command writes data there). */
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  /** Set by the action to the exit code it wants. */
  setExitCode(code: number): void;
};

export type RegisterCommand = (program: Command, context: CommandContext) => void;
