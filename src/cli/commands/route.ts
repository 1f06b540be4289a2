import { jurisdictionFacts } from '../../modules/jurisdiction/contract.ts';
import { decideJurisdiction } from '../../modules/jurisdiction/decide.ts';
import type { RegisterCommand } from '../command.ts';
import { readJsonInput } from '../json-input.ts';

/** `enlace route`: jurisdiction facts in (stdin or --file), the competent authority out, as JSON. */
export const registerRoute: RegisterCommand = (program, { t, out }) => {
  program
    .command('route')
    .description(t('cli:route.description'))
    .option('-f, --file <path>', t('cli:route.file'))
    .action(async (options: { file?: string }) => {
      const facts = await readJsonInput({
        file: options.file,
        stdin: process.stdin,
        schema: jurisdictionFacts,
        t,
        messages: 'cli:route',
      });
      out.write(`${JSON.stringify(decideJurisdiction(facts), null, 2)}\n`);
    });
};
