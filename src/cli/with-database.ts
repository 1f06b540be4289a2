import { loadSettings } from '../platform/config/config.ts';
import { type Database, openDatabase } from '../platform/db/database.ts';
import { migrate } from '../platform/db/migrations.ts';
import type { CommandContext } from './command.ts';
import { describeNotice } from './startup-errors.ts';

/**
 * Opens the database for one command (sharing a running server's), brings its schema up to date as
 * `serve` would, and always closes it. `db status` and `db migrate` take the schema as it is.
 */
export async function withDatabase<T>(
  context: CommandContext,
  work: (database: Database) => Promise<T>,
  options = { migrate: true },
): Promise<T> {
  const database = await openDatabase(loadSettings(process.env), { shareRunning: true });
  try {
    for (const notice of database.notices) {
      if (notice !== 'embedded_reused') {
        context.err.write(`${describeNotice(notice, database.dataDir ?? '', context.t)}\n`);
      }
    }
    if (options.migrate) await migrate(database.owner);
    return await work(database);
  } finally {
    await database.close();
  }
}
