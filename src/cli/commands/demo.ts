import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../modules/demo/demo-accounts.ts';
import { loadDemo } from '../../modules/demo/load-demo.ts';
import { loadDemoCases } from '../../modules/demo/load-demo-cases.ts';
import { chooseKeyRingSource } from '../../platform/crypto/key-ring-source.ts';
import type { RegisterCommand } from '../command.ts';
import { progressReporter } from '../progress.ts';
import { withDatabase } from '../with-database.ts';

export const registerDemo: RegisterCommand = (program, context) => {
  const { t, out } = context;
  const demo = program.command('demo').description(t('cli:demo.description'));
  demo
    .command('load')
    .description(t('cli:demo.load.description'))
    .action(() =>
      withDatabase(context, async (database) => {
        const progress = progressReporter(t('cli:demo.load.description'));
        const result = await loadDemo(database.db, progress.update);
        progress.finish();
        out.write(`${t('cli:demo.load.done', result)}\n`);
        const keyRing = await chooseKeyRingSource({
          env: process.env,
          cwd: process.cwd(),
          embeddedDataDir: database.dataDir,
        }).load();
        out.write(`${t('cli:demo.load.cases', { count: await loadDemoCases(database, keyRing) })}\n`);
        const usernames = DEMO_ACCOUNTS.map((account) => account.username).join(', ');
        out.write(`${t('cli:demo.load.accounts', { password: DEMO_PASSWORD, usernames })}\n`);
      }),
    );
};
