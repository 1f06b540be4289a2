import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { REPORT_FORMATS, type ReportFormat } from '../../contracts/annual-report.ts';
import { buildAnnualReport } from '../../modules/report/build-annual-report.ts';
import { renderReport } from '../../modules/report/render-report.ts';
import type { AnnualFiguresSource } from '../../modules/statistics/annual-figures-source.ts';
import type { Database } from '../../platform/db/database.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import { type Language, languageFromEnvironment } from '../../platform/i18n/languages.ts';
import { accountOf } from '../account-of.ts';
import type { CommandContext, RegisterCommand } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { withDatabase } from '../with-database.ts';

export type ReportOptions = { year: string; as: string; lang?: string; format: string; output?: string };
export type ReportRequest = {
  year: number;
  as: string;
  language: Language;
  format: ReportFormat;
  output?: string;
};

const LANGUAGE_NAMES: Record<string, Language> = { es: 'es-MX', 'es-MX': 'es-MX', en: 'en' };

/**
 * `enlace report --year YYYY --as USER [--lang es|en] [--format md|html|pdf|json] [--output F]`, over
 * whichever figures source the program is given (the statistics engine in `enlace`, fixtures in tests).
 */
export const reportCommand =
  (figures: AnnualFiguresSource): RegisterCommand =>
  (program, context) => {
    const { t } = context;
    program
      .command('report')
      .description(t('cli:report.description'))
      .requiredOption('--year <year>', t('cli:report.year'))
      .requiredOption('--as <username>', t('cli:report.as'))
      .option('--lang <language>', t('cli:report.lang'))
      .option('--format <format>', t('cli:report.format'), 'md')
      .option('--output <file>', t('cli:report.output'))
      .action(async (options: ReportOptions) => {
        const request = reportRequest(options, context);
        await withDatabase(context, (database) => writeReport(database, request, context, figures));
      });
  };

/** Checks the command line before anything opens: a bad year, language or format changes nothing. */
export function reportRequest(options: ReportOptions, context: CommandContext): ReportRequest {
  const { t } = context;
  const year = Number(options.year);
  if (!/^\d{4}$/.test(options.year) || year < 2001 || year > 2100)
    throw new CliError(t('cli:report.badYear', { year: options.year }), EXIT.usage);
  const language =
    options.lang === undefined ? languageFromEnvironment(process.env) : LANGUAGE_NAMES[options.lang];
  if (!language) throw new CliError(t('cli:report.badLang', { lang: options.lang }), EXIT.usage);
  if (!(REPORT_FORMATS as readonly string[]).includes(options.format))
    throw new CliError(t('cli:report.badFormat', { format: options.format }), EXIT.usage);
  return {
    year,
    as: options.as,
    language,
    format: options.format as ReportFormat,
    ...(options.output !== undefined && { output: options.output }),
  };
}

export async function writeReport(
  database: Database,
  request: ReportRequest,
  context: CommandContext,
  figures: AnnualFiguresSource,
): Promise<void> {
  const { t } = context;
  const caller = await accountOf(database, request.as, `cli-report-${randomUUID()}`, t);
  try {
    const report = await buildAnnualReport(database.db, caller, request.year, request.language, figures);
    const rendered = await renderReport(report, request.format);
    if (!request.output) {
      context.out.write(rendered.body);
      return;
    }
    await writeFile(request.output, rendered.body, { mode: 0o600 });
    context.err.write(`${t('cli:report.written', { file: request.output, year: request.year })}\n`);
  } catch (error) {
    if (error instanceof ProblemError && error.status === 404)
      throw new CliError(t('cli:report.notAllowed', { username: request.as }), EXIT.usage);
    throw error;
  }
}
