import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../modules/demo/demo-accounts.ts';
import { loadDemo } from '../../modules/demo/load-demo.ts';
import { loadDemoCases } from '../../modules/demo/load-demo-cases.ts';
import { loadDemoDirectory } from '../../modules/demo/load-demo-directory.ts';
import { loadScaledDemo } from '../../modules/demo/load-scaled-demo.ts';
import { loadMexico2012 } from '../../modules/demo/mexico-2012/load-mexico-2012.ts';
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
    .option('--dataset <name>', t('cli:demo.load.dataset', { names: DATASETS.join(', ') }))
    .action((options: { scale: string; seed: string; dataset?: string }) => {
      // Checked before the database opens: a bad option changes nothing.
      const scale = wholeNumber(options.scale, '--scale', MAX_SCALE, context);
      const seed = wholeNumber(options.seed, '--seed', 2 ** 31 - 1, context);
      const dataset = datasetOf(options.dataset, scale, context);
      return withDatabase(context, async (database) => {
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
        if (dataset) {
          const calibrated = progressReporter(t('cli:demo.load.datasetLoading', { name: dataset }));
          const loaded = await loadMexico2012(database, keyRing, t, calibrated.update);
          calibrated.finish();
          out.write(
            `${t(loaded.loaded ? 'cli:demo.load.datasetLoaded' : 'cli:demo.load.datasetPresent', { ...loaded, name: dataset })}\n`,
          );
        }
        const usernames = DEMO_ACCOUNTS.map((account) => account.username).join(', ');
        out.write(`${t('cli:demo.load.accounts', { password: DEMO_PASSWORD, usernames })}\n`);
      });
    });
};

/** Enough for the one-million-person benchmarks; more would only exhaust memory. */
const MAX_SCALE = 2_000_000;

/** Calibrated data sets: records whose annual report reproduces a published one (docs/report-2012.md). */
const DATASETS = ['mexico-2012'] as const;

/** A calibrated data set's figures are exact only among its own records: no scaled records beside it. */
function datasetOf(name: string | undefined, scale: number, { t }: CommandContext) {
  if (name === undefined) return undefined;
  if (!(DATASETS as readonly string[]).includes(name))
    throw new CliError(t('cli:demo.load.badDataset', { name, names: DATASETS.join(', ') }), EXIT.usage);
  if (scale > 0) throw new CliError(t('cli:demo.load.datasetWithScale', { name }), EXIT.usage);
  return name;
}

function wholeNumber(text: string, option: string, maximum: number, { t }: CommandContext): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value > maximum) {
    throw new CliError(t('cli:demo.load.badNumber', { option, maximum }), EXIT.usage);
  }
  return value;
}
