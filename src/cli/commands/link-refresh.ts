import type { Command } from 'commander';
import { refreshLinkage } from '../../modules/linkage/database/refresh-linkage.ts';
import { chooseKeyRingSource } from '../../platform/crypto/key-ring-source.ts';
import type { CommandContext } from '../command.ts';
import { withDatabase } from '../with-database.ts';

/**
 * `enlace link refresh`: the database's incremental linkage run, as `enlace serve` does every
 * `ENLACE_SWEEP_SECONDS`; `--retrain` learns the model again from every survivor record first.
 */
export function addLinkRefresh(link: Command, context: CommandContext): void {
  const { t, out } = context;
  link
    .command('refresh')
    .description(t('cli:link.refresh.description'))
    .option('--retrain', t('cli:link.refresh.retrain'))
    .action((options: { retrain?: boolean }) =>
      withDatabase(context, async (database) => {
        const keyRing = await chooseKeyRingSource({
          env: process.env,
          cwd: process.cwd(),
          embeddedDataDir: database.dataDir,
        }).load();
        const summary = await refreshLinkage(database.db, keyRing, {
          train: true,
          retrain: options.retrain ?? false,
        });
        out.write(`${t('cli:link.refresh.done', summary)}\n`);
      }),
    );
}
