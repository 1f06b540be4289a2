import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { extractPurpose } from '../../modules/exchange/contract.ts';
import { exportBundle } from '../../modules/exchange/export-bundle.ts';
import { exportHtcdsCsv } from '../../modules/exchange/export-htcds-csv.ts';
import { exportKind } from '../../modules/exchange/export-kind.ts';
import { importBundle } from '../../modules/exchange/import-bundle.ts';
import { importHtcdsCsv } from '../../modules/exchange/import-htcds-csv.ts';
import { ImportRejected } from '../../modules/exchange/import-rejected.ts';
import { exportStatisticalExtract } from '../../modules/exchange/statistical-extract/export-statistical-extract.ts';
import { loadSettings } from '../../platform/config/config.ts';
import { chooseKeyRingSource } from '../../platform/crypto/key-ring-source.ts';
import type { Database } from '../../platform/db/database.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import { accountOf } from '../account-of.ts';
import type { CommandContext, RegisterCommand } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { withDatabase } from '../with-database.ts';

type ImportOptions = { as: string; format?: string; report?: string };
type ExportOptions = {
  as: string;
  format: string;
  out?: string;
  identities: boolean;
  reason?: string;
  purpose?: string;
};

export const registerExchange: RegisterCommand = (program, context) => {
  const { t } = context;
  program
    .command('import')
    .description(t('cli:import.description'))
    .argument('<file>', t('cli:import.file'))
    .requiredOption('--as <username>', t('cli:import.as'))
    .option('--format <format>', t('cli:import.format'))
    .option('--report <file>', t('cli:import.report'))
    .action((file: string, options: ImportOptions) => runImport(file, options, context));
  program
    .command('export')
    .description(t('cli:export.description'))
    .requiredOption('--as <username>', t('cli:import.as'))
    .option('--format <format>', t('cli:export.format'), 'bundle')
    .option('--out <file>', t('cli:export.out'))
    .option('--identities', t('cli:export.identities'), false)
    .option('--reason <text>', t('cli:export.reason'))
    .option('--purpose <purpose>', t('cli:export.purpose'))
    .action((options: ExportOptions) => runExport(options, context));
};

const IMPORTERS: Record<string, typeof importBundle> = { bundle: importBundle, 'htcds-csv': importHtcdsCsv };

const keyRingOf = (database: Database) =>
  chooseKeyRingSource({ env: process.env, cwd: process.cwd(), embeddedDataDir: database.dataDir }).load();

async function runImport(file: string, options: ImportOptions, context: CommandContext): Promise<void> {
  const { t, out, err } = context;
  const format = options.format ?? (file.toLowerCase().endsWith('.csv') ? 'htcds-csv' : 'bundle');
  const importFile = IMPORTERS[format];
  if (!importFile) throw new CliError(t('cli:export.unknownFormat', { format }), EXIT.usage);
  const text = await readInput(file, context);
  await withDatabase(context, async (database) => {
    const caller = await accountOf(database, options.as, `cli-import-${randomUUID()}`, t);
    try {
      const summary = await importFile(
        { db: database.db, keyRing: await keyRingOf(database) },
        caller,
        text,
        t,
      );
      out.write(
        `${t('cli:import.done', { ...summary.created, unchangedCases: summary.unchanged.cases, unchangedPeople: summary.unchanged.people, unchangedRecords: summary.unchanged.records })}\n`,
      );
    } catch (error) {
      if (!(error instanceof ImportRejected)) throw asCliError(error, context);
      for (const reject of error.rejects) {
        err.write(
          `${t(format === 'bundle' ? 'cli:import.reject' : 'cli:import.rejectRow', { line: reject.line, field: reject.field || '-', message: reject.message })}\n`,
        );
      }
      if (options.report)
        await writeFile(options.report, `${JSON.stringify({ rejects: error.rejects }, null, 2)}\n`);
      const summary = format === 'bundle' ? 'cli:import.rejected' : 'cli:import.rejectedRows';
      throw new CliError(t(summary, { count: error.rejects.length }), EXIT.usage);
    }
  });
}

async function runExport(options: ExportOptions, context: CommandContext): Promise<void> {
  const { t, out } = context;
  if (options.format !== 'bundle' && options.format !== 'htcds-csv')
    throw new CliError(t('cli:export.unknownFormat', { format: options.format }), EXIT.usage);
  const format = options.format;
  if (options.purpose !== undefined && !extractPurpose.safeParse(options.purpose).success)
    throw new CliError(t('cli:export.badPurpose'), EXIT.usage);
  await withDatabase(context, async (database) => {
    const caller = await accountOf(database, options.as, `cli-export-${randomUUID()}`, t);
    try {
      const deps = { db: database.db, keyRing: await keyRingOf(database) };
      const { identities, reason, purpose } = options;
      const kind = exportKind(caller.roles, { identities, purpose });
      const exportOptions = { identities, reason };
      const text =
        kind.kind === 'statistical'
          ? await exportStatisticalExtract(deps, caller, {
              format,
              purpose: kind.purpose,
              policy: loadSettings(process.env).statisticsConsent,
            })
          : format === 'htcds-csv'
            ? await exportHtcdsCsv(deps, caller, exportOptions)
            : `${(await exportBundle(deps, caller, exportOptions)).join('\n')}\n`;
      if (options.out) await writeFile(options.out, text, { mode: 0o600 });
      else out.write(text);
    } catch (error) {
      throw asCliError(error, context);
    }
  });
}

async function readInput(file: string, { t }: CommandContext): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new CliError(t('cli:import.unreadable', { file }), EXIT.usage);
  }
}

/** A refusal the API would answer with a problem becomes the same sentence on the terminal. */
function asCliError(error: unknown, { t }: CommandContext): unknown {
  if (!(error instanceof ProblemError)) return error;
  return new CliError(t(`problems:${error.code}.detail`, error.params), EXIT.usage);
}
