import { migrate, migrationStatus } from '../../platform/db/migrations.ts';
import type { RegisterCommand } from '../command.ts';
import { withDatabase } from '../with-database.ts';

const asItIs = { migrate: false };

export const registerDb: RegisterCommand = (program, context) => {
  const { t, out } = context;
  const db = program.command('db').description(t('cli:db.description'));
  db.command('migrate')
    .description(t('cli:db.migrate.description'))
    .action(() =>
      withDatabase(
        context,
        async (database) => {
          const states = await migrate(database.owner);
          const pending = states.filter((state) => state.state === 'pending').length;
          out.write(`${t('cli:db.migrate.done', { applied: states.length - pending, pending })}\n`);
        },
        asItIs,
      ),
    );
  db.command('status')
    .description(t('cli:db.status.description'))
    .action(() =>
      withDatabase(
        context,
        async (database) => {
          for (const state of await migrationStatus(database.owner)) {
            const label = t(`cli:db.status.${state.state}`);
            out.write(`${String(state.version).padStart(4, '0')}  ${state.name.padEnd(40)} ${label}\n`);
          }
        },
        asItIs,
      ),
    );
};
