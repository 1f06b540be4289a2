import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../modules/demo/demo-accounts.ts';
import { loadDemo } from '../../modules/demo/load-demo.ts';
import { loadDemoCases } from '../../modules/demo/load-demo-cases.ts';
import { loadDemoDirectory } from '../../modules/demo/load-demo-directory.ts';
import { loadScaledDemo } from '../../modules/demo/load-scaled-demo.ts';
import { chooseKeyRingSource } from '../../platform/crypto/key-ring-source.ts';
import type { CommandContext, RegisterCommand } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { progressReporter } from '../progress.ts';
import { withDatabase } from '../with-database.ts';

export const registerDemo: RegisterCommand = (program, context) => {
  const { t, out } = context;
  const demo = program.command('demo').description(t('cli:demo.description'));
  demo
    .command('load')
    .description(t('cli:demo.load.description'))
    .option('--scale <persons>', t('cli:demo.load.scale'), '0')
    .option('--seed <seed>', t('cli:demo.load.seed'), '2012')
    .action((options: { scale: string; seed: string }) =>
      withDatabase(context, async (database) => {
        const scale = wholeNumber(options.scale, '--scale', MAX_SCALE, context);
        const seed = wholeNumber(options.seed, '--seed', 2 ** 31 - 1, context);
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
        await loadDemoDirectory(database);
        if (scale > 0) {
          const scaled = progressReporter(t('cli:demo.load.scaling', { persons: scale }));
          const loaded = await loadScaledDemo(database, keyRing, { persons: scale, seed }, t, scaled.update);
          scaled.finish();
          out.write(`${t('cli:demo.load.scaled', { ...loaded, seed })}\n`);
        }
        const usernames = DEMO_ACCOUNTS.map((account) => account.username).join(', ');
        out.write(`${t('cli:demo.load.accounts', { password: DEMO_PASSWORD, usernames })}\n`);
      }),
    );
};

/** Enough for the one-million-person benchmarks; more would only exhaust memory. */
const MAX_SCALE = 2_000_000;

function wholeNumber(text: string, option: string, maximum: number, { t }: CommandContext): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value > maximum) {
    throw new CliError(t('cli:demo.load.badNumber', { option, maximum }), EXIT.usage);
  }
  return value;
}
