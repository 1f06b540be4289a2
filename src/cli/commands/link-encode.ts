import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { encodeFile } from '../../modules/linkage/io/encode-file.ts';
import type { CommandContext } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { loadInputMap, withInputErrors } from './link-support.ts';

type EncodeOptions = { secretFile: string; input: string; output: string; map?: string };

/** A shorter secret could be guessed; 32 bytes is what HMAC-SHA256 can use in full. */
const MIN_SECRET_BYTES = 32;

export function addLinkEncode(link: Command, context: CommandContext): void {
  const { t } = context;
  link
    .command('encode')
    .description(t('cli:link.encode.description'))
    .requiredOption('--secret-file <file>', t('cli:link.encode.secretFile', { bytes: MIN_SECRET_BYTES }))
    .requiredOption('--input <file>', t('cli:link.encode.input'))
    .requiredOption('--output <file>', t('cli:link.encode.output'))
    .option('--map <file>', t('cli:link.run.map'))
    .action((options: EncodeOptions) => encode(options, context));
}

async function encode(options: EncodeOptions, context: CommandContext): Promise<void> {
  const { t, out } = context;
  const secret = await readSecret(options.secretFile, context);
  const map = await loadInputMap(options.map, t);
  const records = await withInputErrors(t, () =>
    encodeFile({ input: options.input, output: options.output, map, secret }),
  );
  out.write(`${t('cli:link.encode.done', { records, file: options.output })}\n`);
}

async function readSecret(file: string, { t }: CommandContext): Promise<Buffer> {
  let secret: Buffer;
  try {
    secret = await readFile(file);
  } catch (error) {
    throw new CliError(
      t('cli:link.errors.secretUnreadable', { file, detail: (error as Error).message }),
      EXIT.usage,
    );
  }
  // A key written with a text editor ends in a newline the other party's copy may lack.
  let end = secret.length;
  while (end > 0 && (secret[end - 1] === 0x0a || secret[end - 1] === 0x0d)) end--;
  const trimmed = secret.subarray(0, end);
  if (trimmed.length < MIN_SECRET_BYTES) {
    throw new CliError(t('cli:link.errors.secretTooShort', { file, bytes: MIN_SECRET_BYTES }), EXIT.usage);
  }
  return trimmed;
}
