import { ENCRYPTED_COLUMNS } from '../../modules/encrypted-columns.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { addKey, isLive, retireKey } from '../../platform/crypto/key-ring.ts';
import { chooseKeyRingSource, type KeyRingSource } from '../../platform/crypto/key-ring-source.ts';
import { reencryptColumns, tokensByKey } from '../../platform/crypto/reencrypt-columns.ts';
import type { Database } from '../../platform/db/database.ts';
import { SYSTEM_ACTOR, withActor } from '../../platform/db/with-actor.ts';
import type { CommandContext, RegisterCommand } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { progressReporter } from '../progress.ts';
import { withDatabase } from '../with-database.ts';

const sourceFor = (database: Database): KeyRingSource =>
  chooseKeyRingSource({ env: process.env, cwd: process.cwd(), embeddedDataDir: database.dataDir });

export const registerKeys: RegisterCommand = (program, context) => {
  const { t } = context;
  const keys = program.command('keys').description(t('cli:keys.description'));
  keys
    .command('status')
    .description(t('cli:keys.status.description'))
    .action(() => withDatabase(context, (db) => status(db, context)));
  keys
    .command('rotate')
    .description(t('cli:keys.rotate.description'))
    .action(() => withDatabase(context, (db) => rotate(db, context)));
  keys
    .command('reencrypt')
    .description(t('cli:keys.reencrypt.description'))
    .action(() => withDatabase(context, (db) => reencrypt(db, context)));
  keys
    .command('retire <keyId>')
    .description(t('cli:keys.retire.description'))
    .action((keyId: string) => withDatabase(context, (db) => retire(db, keyId, context)));
};

async function status(database: Database, { t, out }: CommandContext) {
  const ring = await sourceFor(database).load();
  const counts = await tokensByKey(database.owner, ENCRYPTED_COLUMNS);
  for (const key of ring.keys) {
    const state = key.id === ring.activeKeyId ? 'active' : isLive(key) ? 'live' : 'retired';
    out.write(
      `${key.id}  ${t(`cli:keys.status.${state}`)}  ${t('cli:keys.status.tokens', { count: counts.get(key.id) ?? 0 })}\n`,
    );
  }
}

/** A server holding the old ring in memory must not run while its data is re-encrypted under a new key. */
function refuseWhileServing(database: Database, { t }: CommandContext) {
  if (database.notices.includes('embedded_shared'))
    throw new CliError(t('cli:keys.rotate.serverRunning'), EXIT.failure);
}

async function rotate(database: Database, context: CommandContext) {
  refuseWhileServing(database, context);
  const source = sourceFor(database);
  const ring = addKey(await source.load());
  await source.save(ring);
  context.err.write(`${context.t('cli:keys.rotate.added', { keyId: ring.activeKeyId })}\n`);
  await reencrypt(database, context);
}

async function reencrypt(database: Database, context: CommandContext) {
  refuseWhileServing(database, context);
  const ring = await sourceFor(database).load();
  const progress = progressReporter(context.t('cli:keys.reencrypt.progress'));
  const changed = await reencryptColumns(database.owner, ring, ENCRYPTED_COLUMNS, (done) =>
    progress.update(done, done),
  );
  progress.finish();
  await withActor(database.db, SYSTEM_ACTOR, (trx) =>
    recordAudit(trx, {
      action: 'keys.reencrypt',
      details: { activeKeyId: ring.activeKeyId, values: changed },
    }),
  );
  context.out.write(`${context.t('cli:keys.reencrypt.done', { count: changed, keyId: ring.activeKeyId })}\n`);
}

async function retire(database: Database, keyId: string, context: CommandContext) {
  const source = sourceFor(database);
  // The ring refuses the active key and unknown ids before any counting.
  const retired = retireKey(await source.load(), keyId);
  const inUse = (await tokensByKey(database.owner, ENCRYPTED_COLUMNS)).get(keyId) ?? 0;
  if (inUse > 0) throw new CliError(context.t('cli:keys.retire.inUse', { keyId, count: inUse }), EXIT.usage);
  await source.save(retired);
  await withActor(database.db, SYSTEM_ACTOR, (trx) =>
    recordAudit(trx, { action: 'keys.retire', details: { keyId } }),
  );
  context.out.write(`${context.t('cli:keys.retire.done', { keyId })}\n`);
}
