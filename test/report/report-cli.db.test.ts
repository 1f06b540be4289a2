import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/cli/command.ts';
import { reportCommand, reportRequest, writeReport } from '../../src/cli/commands/report.ts';
import { CliError, EXIT } from '../../src/cli/exit-codes.ts';
import { translatorFor } from '../../src/platform/i18n/translate.ts';
import { fixtureFiguresSource } from '../support/annual-figures.ts';
import { agency, userWithSession } from '../support/sessions.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/**
 * `enlace report` over hand-built figures: the command factory takes the source, so the command runs
 * here in-process against a test database (the statistics engine is wired into `enlace` elsewhere).
 */
let database: TestDatabase;

function context() {
  const out = new PassThrough();
  const err = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ctx: CommandContext = { t: translatorFor('en'), out, err, setExitCode: () => undefined };
  return { ctx, output: () => Buffer.concat(chunks) };
}

beforeAll(async () => {
  database = await createTestDatabase();
  const commission = await agency(database, 'CIT', { type: 'interagency_commission', level: 'federal' });
  const puebla = await agency(database, 'FGE-PUE', {
    type: 'state_prosecutor',
    level: 'state',
    state: 'PUE',
  });
  await userWithSession(database, {
    username: 'estadistica.cit',
    agencyId: commission,
    roles: ['statistician'],
  });
  await userWithSession(database, { username: 'fiscal.pue', agencyId: puebla, roles: ['prosecutor'] });
});

afterAll(() => database.close());

describe('enlace report', () => {
  it('writes the report to standard output in the language asked', async () => {
    const { ctx, output } = context();
    const request = reportRequest({ year: '2012', as: 'estadistica.cit', lang: 'es', format: 'md' }, ctx);
    await writeReport(database, request, ctx, fixtureFiguresSource);
    expect(output().toString()).toContain('aumentó de 14 en 2011 a al menos 25 en 2012');
  });

  it('writes a file readable by its owner only', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'enlace-report-'));
    const file = path.join(folder, 'informe.pdf');
    const { ctx } = context();
    const request = reportRequest(
      { year: '2012', as: 'estadistica.cit', lang: 'en', format: 'pdf', output: file },
      ctx,
    );
    await writeReport(database, request, ctx, fixtureFiguresSource);
    expect((await readFile(file)).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('refuses an account that may not read reports', async () => {
    const { ctx } = context();
    const request = reportRequest({ year: '2012', as: 'fiscal.pue', format: 'json' }, ctx);
    await expect(writeReport(database, request, ctx, fixtureFiguresSource)).rejects.toMatchObject({
      exitCode: EXIT.usage,
      message: expect.stringContaining('fiscal.pue may not read the annual report'),
    });
  });

  it.each([
    [['--year', '12'], 'Invalid year: 12'],
    [['--year', '2012', '--lang', 'fr'], 'Unknown language: fr'],
    [['--year', '2012', '--format', 'docx'], 'Unknown format: docx'],
  ])('refuses %j before opening anything', async (args, message) => {
    const { ctx } = context();
    const program = new Command('enlace').exitOverride();
    reportCommand(fixtureFiguresSource)(program, ctx);
    const run = program.parseAsync(['report', '--as', 'estadistica.cit', ...args], { from: 'user' });
    await expect(run).rejects.toBeInstanceOf(CliError);
    await expect(run).rejects.toMatchObject({
      exitCode: EXIT.usage,
      message: expect.stringContaining(message),
    });
  });
});
