import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import type { Translate } from '../platform/i18n/translate.ts';
import { localizeZodError } from '../platform/i18n/validation-messages.ts';
import { CliError, EXIT } from './exit-codes.ts';

/** The cli.json object holding a command's input messages (noInput, unreadableFile, invalidJson, invalid). */
type MessageGroup = 'cli:screen' | 'cli:route';

type JsonInput<Schema extends z.ZodType> = {
  file: string | undefined;
  stdin: NodeJS.ReadStream;
  schema: Schema;
  t: Translate;
  messages: MessageGroup;
};

/** Reads JSON from `--file` or stdin and validates it; any problem is a usage error (exit code 2). */
export async function readJsonInput<Schema extends z.ZodType>(
  input: JsonInput<Schema>,
): Promise<z.output<Schema>> {
  const { schema, t, messages } = input;
  const text = await readText(input);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(t(`${messages}.invalidJson`, { detail: (error as Error).message }), EXIT.usage);
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const errors = localizeZodError(parsed.error, json, t).map((error) => error.message);
  throw new CliError(t(`${messages}.invalid`, { errors: errors.join('; ') }), EXIT.usage);
}

async function readText({ file, stdin, t, messages }: JsonInput<z.ZodType>): Promise<string> {
  if (file !== undefined) {
    try {
      return await readFile(file, 'utf8');
    } catch (error) {
      const detail = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new CliError(t(`${messages}.unreadableFile`, { file, detail }), EXIT.usage);
    }
  }
  if (stdin.isTTY) throw new CliError(t(`${messages}.noInput`), EXIT.usage);
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}
