import type { Kysely } from 'kysely';
import type { ResponseHours } from '../../contracts/referral-deadlines.ts';
import { requireAgencyActive } from '../../platform/access/receiving-agency.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { withActor } from '../../platform/db/with-actor.ts';
import { notFound } from '../../platform/http/problem.ts';
import { issue, refuseIssues } from '../case-records/field-issues.ts';
import { authorizeCase } from '../cases/authorize-case.ts';
import type { CaseCaller } from '../cases/case-actor.ts';
import type { StateCode } from '../catalog/states.ts';
import type { ReferralRequest } from './referral-contract.ts';
import { recordReferralCreated } from './referral-history.ts';
import { recordEvent, referralViews, serviceProvider } from './referral-store.ts';
import { sendReferral } from './send-referral.ts';
import { sharedProfile, survivorProfile } from './survivor-profile.ts';

/**
 * Refers a survivor of the case to a service: proposed, and sent at once unless asked not to. The
 * provider receives the needs and the profile matching used, never who the survivor is.
 */
export async function createReferral(
  db: Kysely<Schema>,
  caller: CaseCaller,
  caseId: string,
  input: ReferralRequest,
  responseHours: ResponseHours,
) {
  return withActor(db, caller, async (trx) => {
    const { row } = await authorizeCase(trx, caller, caseId, 'case.update');
    const profile = await survivorProfile(trx, caseId, input.personId, {
      state: row.stateCode as StateCode | null,
      municipality: null,
      withChildren: input.withChildren,
    });
    const provider = await serviceProvider(trx, input.serviceId);
    if (!provider) refuseIssues([issue('serviceId', 'unknown_service')]);
    await requireAgencyActive(trx, provider!.agencyId);
    const created = await trx
      .insertInto('referrals')
      .values({
        case_id: caseId,
        person_id: input.personId,
        service_id: input.serviceId,
        provider_agency_id: provider!.agencyId,
        urgency: input.urgency,
        status: 'proposed',
        needs: [...profile.needs],
        profile: JSON.stringify(sharedProfile(profile)),
      })
      .returning(['id', 'version'])
      .executeTakeFirstOrThrow();
    await recordEvent(trx, created.id, 'proposed', null);
    await recordReferralCreated(trx, {
      id: created.id,
      caseId,
      serviceId: input.serviceId,
      providerCode: provider!.agencyCode,
      urgency: input.urgency,
    });
    await recordAudit(trx, {
      action: 'referral.propose',
      recordType: 'referral',
      recordId: created.id,
      details: { caseId, serviceId: input.serviceId },
    });
    if (input.send)
      await sendReferral(
        trx,
        caller,
        { ...created, caseId, personId: input.personId, serviceId: input.serviceId, urgency: input.urgency },
        input,
        responseHours,
      );
    const [view] = await referralViews(trx, caller, { referralId: created.id });
    if (!view) throw notFound();
    return view;
  });
}
