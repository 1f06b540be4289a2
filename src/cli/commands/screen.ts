import { classify } from '../../modules/screening/classify.ts';
import { screeningFacts } from '../../modules/screening/contract.ts';
import type { RegisterCommand } from '../command.ts';
import { readJsonInput } from '../json-input.ts';

/** `enlace screen`: screening facts in (stdin or --file), the classification out, as JSON. */
export const registerScreen: RegisterCommand = (program, { t, out }) => {
  program
    .command('screen')
    .description(t('cli:screen.description'))
    .option('-f, --file <path>', t('cli:screen.file'))
    .action(async (options: { file?: string }) => {
      const facts = await readJsonInput({
        file: options.file,
        stdin: process.stdin,
        schema: screeningFacts,
        t,
        messages: 'cli:screen',
      });
      out.write(`${JSON.stringify(classify(facts), null, 2)}\n`);
    });
};
