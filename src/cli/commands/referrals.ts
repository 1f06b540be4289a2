import { escalateOverdueProtection } from '../../modules/follow-up/escalate-overdue-protection.ts';
import { escalateOverdueReferrals } from '../../modules/referrals/escalate-overdue-referrals.ts';
import { remindPendingReferrals } from '../../modules/referrals/remind-pending-referrals.ts';
import type { RegisterCommand } from '../command.ts';
import { withDatabase } from '../with-database.ts';

export const registerReferrals: RegisterCommand = (program, context) => {
  const { t, out } = context;
  const referrals = program.command('referrals').description(t('cli:referrals.description'));
  referrals
    .command('escalate')
    .description(t('cli:referrals.escalate.description'))
    .action(() =>
      withDatabase(context, async (database) => {
        const reminded = await remindPendingReferrals(database.db);
        const escalations = await escalateOverdueReferrals(database.db);
        const followUps = await escalateOverdueProtection(database.db);
        const notified = [...escalations, ...followUps].reduce(
          (sum, escalation) => sum + escalation.notified,
          0,
        );
        out.write(
          `${t('cli:referrals.escalate.done', { reminded, escalated: escalations.length, followUps: followUps.length, notified })}\n`,
        );
      }),
    );
};
