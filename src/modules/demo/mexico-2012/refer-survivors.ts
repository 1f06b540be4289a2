import { sql } from 'kysely';
import { DEFAULT_RESPONSE_HOURS } from '../../../contracts/referral-deadlines.ts';
import type { Database } from '../../../platform/db/database.ts';
import { withActor } from '../../../platform/db/with-actor.ts';
import type { CaseCaller } from '../../cases/case-actor.ts';
import { createReferral } from '../../referrals/create-referral.ts';
import { moveReferral } from '../../referrals/move-referral.ts';
import { referralRequest } from '../../referrals/referral-contract.ts';
import type { ReferralBatch } from './plan.ts';

/** Days after its case opened that a survivor was referred (chosen), so that 2012 cases refer in 2012. */
const REFERRED_AFTER_DAYS = 14;

/**
 * Refers the batch's survivors through the referral use-cases, as the agency that recorded them, and
 * accepts each as the provider; survivors referred to that service before are left as they are. Referrals are always sent "now"; the statistics count them by the day
 * they were sent, so their dates (sent, answer deadline) are then moved to the case's 2012 dates
 * on the owner's connection, as the statistics tests move jurisdiction clocks. Nothing else is touched.
 */
export async function referSurvivors(
  database: Database,
  batch: ReferralBatch,
  personIds: readonly string[],
  sender: CaseCaller,
  provider: CaseCaller,
): Promise<number> {
  const serviceId = await serviceOf(database, batch.provider, batch.service);
  const people = await importedPeople(database, sender, personIds.slice(batch.from, batch.to));
  const already = await referredBefore(database, sender, serviceId, people);
  const referred: string[] = [];
  for (const target of people.filter((person) => !already.has(person.personId))) {
    const sent = await createReferral(
      database.db,
      sender,
      target.caseId,
      referralRequest.parse({ personId: target.personId, serviceId }),
      DEFAULT_RESPONSE_HOURS,
    );
    await moveReferral(
      database.db,
      provider,
      sent.id,
      sent.version,
      { to: 'accepted' },
      DEFAULT_RESPONSE_HOURS,
    );
    referred.push(sent.id);
  }
  await backdate(database, referred);
  return referred.length;
}

/** Survivors already referred to this service (an earlier, perhaps interrupted, load). */
async function referredBefore(
  database: Database,
  sender: CaseCaller,
  serviceId: string,
  people: readonly { personId: string }[],
): Promise<Set<string>> {
  if (people.length === 0) return new Set();
  const rows = await withActor(database.db, sender, (trx) =>
    trx
      .selectFrom('referrals')
      .select('person_id')
      .where('service_id', '=', serviceId)
      .where(
        'person_id',
        'in',
        people.map((person) => person.personId),
      )
      .execute(),
  );
  return new Set(rows.map((row) => row.person_id));
}

async function serviceOf(database: Database, agencyCode: string, serviceType: string): Promise<string> {
  const found = await database.owner.query<{ id: string }>(
    `SELECT s.id FROM provider_services s JOIN service_providers p ON p.id = s.provider_id
     JOIN agencies a ON a.id = p.agency_id WHERE a.code = $1 AND s.service_type = $2 AND s.active
     ORDER BY s.created_at LIMIT 1`,
    [agencyCode, serviceType],
  );
  const id = found.rows[0]?.id;
  if (!id) throw new Error(`The directory has no ${serviceType} service of ${agencyCode}`);
  return id;
}

/** The people and cases the importer made of these external ids, as the importing agency sees them. */
async function importedPeople(database: Database, caller: CaseCaller, externalIds: readonly string[]) {
  const rows = await withActor(database.db, caller, (trx) =>
    trx
      .selectFrom('import_keys')
      .select(['external_id', 'record_id', 'case_id'])
      .where('agency_id', '=', caller.agencyId)
      .where('record_type', '=', 'person')
      .where(sql<boolean>`external_id = any(${externalIds}::text[])`)
      .execute(),
  );
  const byId = new Map(
    rows.map((row) => [row.external_id, { personId: row.record_id, caseId: row.case_id }]),
  );
  return externalIds.map((id) => {
    const found = byId.get(id);
    if (!found) throw new Error(`Imported person ${id} not found`);
    return found;
  });
}

/**
 * Moves each referral's dates by the same span. Its events and history stay as written (they are
 * append-only, and say truly when the demo loaded them); only the dates the statistics count move.
 */
async function backdate(database: Database, referralIds: readonly string[]) {
  if (referralIds.length === 0) return;
  await database.owner.query(
    `WITH moved AS (
       SELECT r.id, (c.opened_on + ${REFERRED_AFTER_DAYS})::timestamptz + interval '10 hours' - r.sent_at AS by
       FROM referrals r JOIN cases c ON c.id = r.case_id WHERE r.id = ANY ($1::uuid[]))
     UPDATE referrals r SET sent_at = r.sent_at + m.by, respond_by = r.respond_by + m.by,
       created_at = r.created_at + m.by, updated_at = r.updated_at + m.by
     FROM moved m WHERE m.id = r.id`,
    [referralIds],
  );
}
