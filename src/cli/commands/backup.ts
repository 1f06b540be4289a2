import path from 'node:path';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { sealPending } from '../../platform/audit/sealer.ts';
import { verifyAuditLog } from '../../platform/audit/verify-log.ts';
import { BackupProblem } from '../../platform/backup/backup-problem.ts';
import { restoreBackup } from '../../platform/backup/restore-backup.ts';
import { embeddedSuperuser } from '../../platform/backup/superuser.ts';
import { takeBackup } from '../../platform/backup/take-backup.ts';
import { loadSettings } from '../../platform/config/config.ts';
import { chooseKeyRingSource } from '../../platform/crypto/key-ring-source.ts';
import { type Database, openDatabase } from '../../platform/db/database.ts';
import { migrate } from '../../platform/db/migrations.ts';
import { SYSTEM_ACTOR, withActor } from '../../platform/db/with-actor.ts';
import type { CommandContext, RegisterCommand } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { describeNotice } from '../startup-errors.ts';
import { withDatabase } from '../with-database.ts';

export const registerBackup: RegisterCommand = (program, context) => {
  const { t } = context;
  program
    .command('backup')
    .description(t('cli:backup.description'))
    .requiredOption('-o, --output <file>', t('cli:backup.output'))
    .action((options: { output: string }) =>
      explained(context, () =>
        withDatabase(context, (database) => backup(database, options.output, context)),
      ),
    );
  program
    .command('restore')
    .description(t('cli:backup.restore.description'))
    .requiredOption('-i, --input <file>', t('cli:backup.restore.input'))
    .option('--overwrite', t('cli:backup.restore.overwrite'), false)
    .action((options: { input: string; overwrite: boolean }) =>
      explained(context, () => restore(options.input, options.overwrite, context)),
    );
};

const keyRingOf = (database: Database) =>
  chooseKeyRingSource({ env: process.env, cwd: process.cwd(), embeddedDataDir: database.dataDir }).load();

/** Bad files and refused targets are the operator's input: exit 2, nothing changed. */
async function explained(context: CommandContext, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof BackupProblem)) throw error;
    const exit = error.code === 'counts_differ' ? EXIT.verificationFailed : EXIT.usage;
    throw new CliError(context.t(`cli:backup.problems.${error.code}`, error.params), exit);
  }
}

async function backup(database: Database, output: string, { t, out }: CommandContext) {
  const superuser = await embeddedSuperuser(database);
  try {
    const file = path.resolve(output);
    const summary = await takeBackup(superuser, await keyRingOf(database), file);
    await withActor(database.db, SYSTEM_ACTOR, (trx) =>
      recordAudit(trx, { action: 'backup.create', details: { tables: summary.tables, rows: summary.rows } }),
    );
    out.write(`${t('cli:backup.done', { file, tables: summary.tables, rows: summary.rows })}\n`);
  } finally {
    await superuser.end();
  }
}

/**
 * Restores into the data directory with no server running on it (a server holding the old content
 * in memory must not keep serving), then checks the audit chain of what was restored.
 */
async function restore(input: string, overwrite: boolean, context: CommandContext) {
  const database = await openDatabase(loadSettings(process.env), { shareRunning: false });
  try {
    for (const notice of database.notices.filter((each) => each !== 'embedded_reused'))
      context.err.write(`${describeNotice(notice, database.dataDir ?? '', context.t)}\n`);
    await migrate(database.owner);
    const superuser = await embeddedSuperuser(database);
    const summary = await restoreBackup(superuser, await keyRingOf(database), path.resolve(input), {
      replace: overwrite,
    }).finally(() => superuser.end());
    await withActor(database.db, SYSTEM_ACTOR, (trx) =>
      recordAudit(trx, { action: 'backup.restore', details: { tables: summary.tables, rows: summary.rows } }),
    );
    context.out.write(`${context.t('cli:backup.restore.done', summary)}\n`);
    while ((await sealPending(database.owner)) > 0);
    const audit = await verifyAuditLog(database.owner);
    if (audit.ok) context.out.write(`${context.t('cli:backup.restore.auditOk', { count: audit.sealed })}\n`);
    else {
      context.out.write(`${context.t('cli:backup.restore.auditBroken')}\n`);
      context.setExitCode(EXIT.verificationFailed);
    }
  } finally {
    await database.close();
  }
}
