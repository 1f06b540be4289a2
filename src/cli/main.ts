import { Command, CommanderError } from 'commander';
import { languageFromEnvironment } from '../platform/i18n/languages.ts';
import { translatorFor } from '../platform/i18n/translate.ts';
import type { CommandContext } from './command.ts';
import { commands } from './commands/index.ts';
import { CliError, EXIT } from './exit-codes.ts';
import { describeStartupError } from './startup-errors.ts';
import { localizeUsageError } from './usage-messages.ts';

export async function main(argv: string[]): Promise<number> {
  const t = translatorFor(languageFromEnvironment(process.env));
  let exitCode: number = EXIT.ok;
  const context: CommandContext = {
    t,
    out: process.stdout,
    err: process.stderr,
    setExitCode: (code) => {
      exitCode = code;
    },
  };
  const program = new Command('enlace')
    .description(t('cli:program.description'))
    .helpOption('-h, --help', t('cli:program.help'))
    .helpCommand('help [command]', t('cli:program.helpCommand'))
    .exitOverride()
    .showHelpAfterError(t('cli:program.seeHelp'))
    .configureOutput({
      writeErr: (text) => process.stderr.write(text),
      outputError: (message, write) => write(localizeUsageError(message, t)),
    });
  for (const register of commands) register(program, context);
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    return reportFailure(error, t);
  }
}

function reportFailure(error: unknown, t: CommandContext['t']): number {
  if (error instanceof CommanderError) {
    const benign = ['commander.helpDisplayed', 'commander.version', 'commander.help'];
    return benign.includes(error.code) ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof CliError) {
    process.stderr.write(`enlace: ${error.message}\n`);
    return error.exitCode;
  }
  const known = describeStartupError(error, t);
  if (known) {
    process.stderr.write(`enlace: ${known}\n`);
    return EXIT.failure;
  }
  process.stderr.write(`enlace: ${t('cli:errors.unexpected')}\n`);
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT.failure;
}
