import type { Command } from 'commander';
import { LINK_DEFAULTS } from '../../modules/linkage/defaults.ts';
import { linkEncodedFiles } from '../../modules/linkage/io/link-encoded-files.ts';
import { linkFiles } from '../../modules/linkage/io/link-files.ts';
import type { CommandContext } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import {
  collect,
  endProgress,
  loadInputMap,
  probabilityOption,
  progressReporter,
  requireInputs,
  withInputErrors,
} from './link-support.ts';

type RunOptions = {
  input: string[];
  output: string;
  map?: string;
  threshold?: string;
  reviewOutput?: string;
  mode: string;
};

const {
  threshold: DEFAULT_THRESHOLD,
  reviewFloor: REVIEW_FLOOR,
  pprlThreshold: DEFAULT_PPRL_THRESHOLD,
} = LINK_DEFAULTS;

export function addLinkRun(link: Command, context: CommandContext): void {
  const { t } = context;
  link
    .command('run', { isDefault: true })
    .description(t('cli:link.run.description'))
    .option('--input <file>', t('cli:link.run.input'), collect, [])
    .requiredOption('--output <file>', t('cli:link.run.output'))
    .option('--map <file>', t('cli:link.run.map'))
    .option(
      '--threshold <probability>',
      t('cli:link.run.threshold', { standard: DEFAULT_THRESHOLD, pprl: DEFAULT_PPRL_THRESHOLD }),
    )
    .option('--review-output <file>', t('cli:link.run.reviewOutput', { floor: REVIEW_FLOOR }))
    .option('--mode <mode>', t('cli:link.run.mode'), 'standard')
    .action((options: RunOptions) => run(options, context));
}

async function run(options: RunOptions, context: CommandContext): Promise<void> {
  const { t, out } = context;
  requireInputs(options.input, t);
  if (options.mode === 'pprl') {
    if (options.map !== undefined || options.reviewOutput !== undefined) {
      throw new CliError(t('cli:link.errors.notInPprl'), EXIT.usage);
    }
    const threshold = probabilityOption(options.threshold, DEFAULT_PPRL_THRESHOLD, t);
    const summary = await withInputErrors(t, () =>
      linkEncodedFiles({ inputs: options.input, output: options.output, threshold }),
    );
    out.write(`${t('cli:link.run.done', summary)}\n`);
    return;
  }
  if (options.mode !== 'standard')
    throw new CliError(t('cli:link.errors.badMode', { mode: options.mode }), EXIT.usage);
  const threshold = probabilityOption(options.threshold, DEFAULT_THRESHOLD, t);
  const map = await loadInputMap(options.map, t);
  const { summary } = await withInputErrors(t, () =>
    linkFiles({
      inputs: options.input,
      map,
      output: options.output,
      threshold,
      reviewFloor: Math.min(REVIEW_FLOOR, threshold),
      reviewOutput: options.reviewOutput,
      onProgress: progressReporter(context),
    }),
  );
  endProgress(context);
  out.write(`${t('cli:link.run.done', summary)}\n`);
  if (options.reviewOutput) out.write(`${t('cli:link.run.review', summary)}\n`);
}
