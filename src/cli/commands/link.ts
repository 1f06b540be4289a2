import type { RegisterCommand } from '../command.ts';
import { addLinkEncode } from './link-encode.ts';
import { addLinkExplain } from './link-explain.ts';
import { addLinkRefresh } from './link-refresh.ts';
import { addLinkRun } from './link-run.ts';

/**
 * `enlace link`: record linkage across agency files. `enlace link --input …` runs the default `run`
 * subcommand; `encode` and `explain` are the privacy-preserving encoder and the evidence of one pair,
 * `refresh` the incremental linkage of the database's survivor records.
 */
export const registerLink: RegisterCommand = (program, context) => {
  const link = program.command('link').description(context.t('cli:link.description'));
  addLinkRun(link, context);
  addLinkEncode(link, context);
  addLinkExplain(link, context);
  addLinkRefresh(link, context);
};
