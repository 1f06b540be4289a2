import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { LinkageInputError } from '../../modules/linkage/io/input-error.ts';
import { DEFAULT_MAP, type InputMap, parseInputMap } from '../../modules/linkage/io/input-map.ts';
import { localizeZodError } from '../../platform/i18n/validation-messages.ts';
import type { CommandContext } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';

type Translate = CommandContext['t'];

export const collect = (value: string, previous: string[]) => [...previous, value];

export async function loadInputMap(file: string | undefined, t: Translate): Promise<InputMap> {
  if (file === undefined) return DEFAULT_MAP;
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new CliError(
      t('cli:link.errors.mapUnreadable', { file, detail: (error as Error).message }),
      EXIT.usage,
    );
  }
  try {
    return parseInputMap(json);
  } catch (error) {
    if (!(error instanceof z.ZodError)) throw error;
    const problems = localizeZodError(error, json, t).map((problem) => problem.message);
    throw new CliError(t('cli:link.errors.mapInvalid', { file, problems: problems.join('; ') }), EXIT.usage);
  }
}

export function probabilityOption(value: string | undefined, fallback: number, t: Translate): number {
  if (value === undefined) return fallback;
  const probability = Number(value);
  if (!(probability > 0 && probability < 1)) {
    throw new CliError(t('cli:link.errors.badThreshold', { value }), EXIT.usage);
  }
  return probability;
}

export function requireInputs(inputs: string[], t: Translate): void {
  if (inputs.length === 0) throw new CliError(t('cli:link.errors.noInput'), EXIT.usage);
}

/** Runs a linkage step, turning a problem in an input file into a sentence naming file, line and column. */
export async function withInputErrors<T>(t: Translate, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (!(error instanceof LinkageInputError)) throw error;
    const where = [
      error.file,
      error.row === null ? null : t('cli:link.errors.row', { row: error.row }),
      error.column === null ? null : t('cli:link.errors.column', { column: error.column }),
    ]
      .filter((part) => part !== null)
      .join(', ');
    const problem = t(`cli:link.errors.${error.problem}`, { value: error.value ?? '' });
    throw new CliError(`${where}: ${problem}`, EXIT.usage);
  }
}

/** Progress lines for a person at a terminal; nothing when stderr is a file or a pipe. */
export function progressReporter(
  context: CommandContext,
): ((stage: string, pairs?: number) => void) | undefined {
  const stream = context.err as NodeJS.WriteStream;
  if (!stream.isTTY) return undefined;
  return (stage, pairs) => {
    const message = context.t(`cli:link.progress.${stage}`, { count: pairs ?? 0 });
    stream.write(`\r\u001b[K${message}${pairs === undefined ? '' : ` (${pairs.toLocaleString()})`}`);
  };
}

export function endProgress(context: CommandContext): void {
  const stream = context.err as NodeJS.WriteStream;
  if (stream.isTTY) stream.write('\r\u001b[K');
}
