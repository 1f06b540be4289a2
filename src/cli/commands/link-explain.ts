import type { Command } from 'commander';
import { type EvidenceLine, type Explanation, explainPair } from '../../modules/linkage/explain.ts';
import { readLinkageRecords } from '../../modules/linkage/io/read-records.ts';
import { trainLinkage } from '../../modules/linkage/link-records.ts';
import type { CommandContext } from '../command.ts';
import { CliError, EXIT } from '../exit-codes.ts';
import { collect, loadInputMap, requireInputs, withInputErrors } from './link-support.ts';

type ExplainOptions = { input: string[]; pair: string; map?: string };

export function addLinkExplain(link: Command, context: CommandContext): void {
  const { t } = context;
  link
    .command('explain')
    .description(t('cli:link.explain.description'))
    .option('--input <file>', t('cli:link.run.input'), collect, [])
    .requiredOption('--pair <ids>', t('cli:link.explain.pair'))
    .option('--map <file>', t('cli:link.run.map'))
    .action((options: ExplainOptions) => explain(options, context));
}

/** Learns the model from the same files `enlace link` would, then shows one pair's evidence. */
async function explain(options: ExplainOptions, context: CommandContext): Promise<void> {
  const { t, out } = context;
  requireInputs(options.input, t);
  const ids = options.pair.split(',').map((id) => id.trim());
  if (ids.length !== 2 || ids.some((id) => id === '')) {
    throw new CliError(t('cli:link.errors.badPair', { pair: options.pair }), EXIT.usage);
  }
  const map = await loadInputMap(options.map, t);
  const records = await withInputErrors(t, () => readLinkageRecords(options.input, map));
  const [first, second] = ids.map((id) => {
    const index = records.findIndex((record) => record.id === id);
    if (index < 0) throw new CliError(t('cli:link.errors.unknownRecord', { id }), EXIT.usage);
    return index;
  }) as [number, number];
  const trained = trainLinkage(records, map);
  out.write(formatExplanation(explainPair(trained, first, second), ids as [string, string], context));
}

function formatExplanation(
  explanation: Explanation,
  [first, second]: [string, string],
  { t }: CommandContext,
) {
  const signed = (bits: number) => `${bits >= 0 ? '+' : ''}${bits.toFixed(2)}`.padStart(8);
  const rows = explanation.lines.map((line) => {
    const frequency = line.termFrequency
      ? `  ${t('cli:link.explain.termFrequency', { value: line.termFrequency.value, share: (line.termFrequency.share * 100).toPrecision(2), bits: signed(line.termFrequency.weight).trim() })}`
      : '';
    const probabilities = line.m === null ? '' : `  m=${line.m.toPrecision(3)} u=${line.u!.toPrecision(3)}`;
    return `  ${line.comparison.padEnd(16)}${levelText(line, t).padEnd(30)}${signed(line.weight)}${probabilities}${frequency}`;
  });
  const rules =
    explanation.blockingRules.length > 0
      ? explanation.blockingRules.join(', ')
      : t('cli:link.explain.notBlocked');
  return [
    t('cli:link.explain.heading', { first, second }),
    t('cli:link.explain.orientation', {
      orientation: t(`cli:link.orientation.${explanation.nameOrientation}`),
    }),
    t('cli:link.explain.rules', { rules }),
    `  ${t('cli:link.explain.prior').padEnd(46)}${signed(explanation.priorWeight)}`,
    ...rows,
    `  ${t('cli:link.explain.total').padEnd(46)}${signed(explanation.matchWeight)}`,
    `  ${t('cli:link.explain.probability').padEnd(46)}${explanation.matchProbability.toPrecision(4).padStart(8)}`,
    '',
  ].join('\n');
}

function levelText(line: EvidenceLine, t: CommandContext['t']): string {
  if (line.level === null) return t(`cli:link.levels.${line.outcome}`);
  return t(`cli:link.levels.${line.level.kind}`, { ...line.level });
}
