import { recordAudit } from '../../platform/audit/record-audit.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import type { RecordDeps } from '../case-records/create-record.ts';
import { mayReadGroup } from '../case-records/record-access.ts';
import { authorizeCase, personOfCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import { measureRecord } from '../protection/measure-record.ts';
import { MEASURE_STATUSES, measureGroup } from '../protection/measure-rules.ts';
import type { TimelineEntry } from './follow-up-contract.ts';

/**
 * The services a survivor received, oldest first: every step of every referral (with the provider and
 * the service) and when each protection measure was asked for and resolved. For those who see the
 * case's needs; witness protection only for those who may read the investigation.
 */
export async function readServiceTimeline(
  deps: RecordDeps,
  caller: CaseCaller,
  caseId: string,
  personId: string,
): Promise<{ items: TimelineEntry[] }> {
  return withActor(deps.db, caller, async (trx) => {
    const { relation } = await authorizeCase(trx, caller, caseId, 'needs.read');
    await personOfCase(trx, caseId, personId);
    const steps = await trx
      .selectFrom('referral_events as e')
      .innerJoin('referrals as r', 'r.id', 'e.referral_id')
      .innerJoin('provider_services as s', 's.id', 'r.service_id')
      .innerJoin('agencies as p', 'p.id', 'r.provider_agency_id')
      .select(['r.id', 'e.status', 'e.at', 's.service_type', 's.name', 'p.code'])
      .where('r.case_id', '=', caseId)
      .where('r.person_id', '=', personId)
      .orderBy('e.id')
      .execute();
    const measures = await measureRecord.list({ trx, caseId, caller, keyRing: deps.keyRing }, { personId });
    await recordAudit(trx, {
      action: 'case.read',
      recordType: 'case',
      recordId: caseId,
      details: { part: 'service_timeline' },
    });
    const items: TimelineEntry[] = steps.map((step) => ({
      source: 'referral',
      at: step.at.toISOString(),
      recordId: step.id,
      serviceType: step.service_type,
      serviceName: step.name,
      providerCode: step.code,
      status: step.status,
    }));
    for (const measure of measures) {
      if (!mayReadGroup(caller, relation, measureGroup(measure.kind))) continue;
      const entry = { source: 'protection_measure' as const, recordId: measure.id, kind: measure.kind };
      items.push({ ...entry, at: measure.requestedOn, status: MEASURE_STATUSES[measure.kind].open });
      if (measure.resolvedOn) items.push({ ...entry, at: measure.resolvedOn, status: measure.status });
    }
    return { items: items.sort((a, b) => a.at.localeCompare(b.at)) };
  });
}
