import type { z } from 'zod';
import type { StatisticsConsentPolicy } from '../../contracts/statistics-consent.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import type { RecordDeps } from '../case-records/create-record.ts';
import { today } from '../case-records/dates.ts';
import { authorizeCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import type { consentList } from './consent-contract.ts';
import { consentRecord } from './consent-record.ts';
import { statisticsUse } from './statistics-use.ts';

/**
 * A case's consents (or one person's), for everyone who works with the case, with how each survivor's
 * records enter statistics today under the operator's policy: staff can tell the survivor what
 * giving or withdrawing consent changes.
 */
export async function listConsents(
  deps: RecordDeps & { policy: StatisticsConsentPolicy },
  caller: CaseCaller,
  caseId: string,
  personId: string | undefined,
): Promise<z.infer<typeof consentList>> {
  return withActor(deps.db, caller, async (trx) => {
    await authorizeCase(trx, caller, caseId, 'case.read');
    const items = await consentRecord.list({ trx, caseId, caller, keyRing: deps.keyRing }, { personId });
    let survivors = trx
      .selectFrom('people')
      .select('id')
      .where('case_id', '=', caseId)
      .where('role', '=', 'survivor');
    if (personId) survivors = survivors.where('id', '=', personId);
    const asOf = today();
    const people = (await survivors.orderBy('created_at').orderBy('id').execute()).map(({ id }) => ({
      personId: id,
      ...statisticsUse(
        items.filter((consent) => consent.personId === id),
        deps.policy,
        asOf,
      ),
    }));
    await recordAudit(trx, {
      action: 'case.read',
      recordType: 'case',
      recordId: caseId,
      details: { part: 'consents' },
    });
    return { items, statistics: { policy: deps.policy, people } };
  });
}
