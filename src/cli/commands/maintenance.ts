import { purgeSignInData } from '../../platform/auth/purge-sign-in-data.ts';
import type { RegisterCommand } from '../command.ts';
import { withDatabase } from '../with-database.ts';

export const registerMaintenance: RegisterCommand = (program, context) => {
  const { t, out } = context;
  const maintenance = program.command('maintenance').description(t('cli:maintenance.description'));
  maintenance
    .command('purge')
    .description(t('cli:maintenance.purge.description'))
    .action(() =>
      withDatabase(context, async (database) => {
        out.write(`${t('cli:maintenance.purge.done', await purgeSignInData(database.db))}\n`);
      }),
    );
};
