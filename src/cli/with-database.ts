import { loadSettings } from '../platform/config/config.ts';
import { type Database, openDatabase } from '../platform/db/database.ts';
import type { CommandContext } from './command.ts';
import { describeNotice } from './startup-errors.ts';

/** Opens the database for one command (sharing a running server's), and always closes it. */
export async function withDatabase<T>(
  context: CommandContext,
  work: (database: Database) => Promise<T>,
): Promise<T> {
  const database = await openDatabase(loadSettings(process.env), { shareRunning: true });
  try {
    for (const notice of database.notices) {
      if (notice !== 'embedded_reused') {
        context.err.write(`${describeNotice(notice, database.dataDir ?? '', context.t)}\n`);
      }
    }
    return await work(database);
  } finally {
    await database.close();
  }
}
