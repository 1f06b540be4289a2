import { escalateOverdueTransfers } from '../../modules/jurisdiction/escalate-overdue-transfers.ts';
import type { RegisterCommand } from '../command.ts';
import { withDatabase } from '../with-database.ts';

export const registerTransfers: RegisterCommand = (program, context) => {
  const { t, out } = context;
  const transfers = program.command('transfers').description(t('cli:transfers.description'));
  transfers
    .command('escalate')
    .description(t('cli:transfers.escalate.description'))
    .action(() =>
      withDatabase(context, async (database) => {
        const escalations = await escalateOverdueTransfers(database.db);
        const notified = escalations.reduce((sum, escalation) => sum + escalation.notified, 0);
        out.write(`${t('cli:transfers.escalate.done', { escalated: escalations.length, notified })}\n`);
      }),
    );
};
