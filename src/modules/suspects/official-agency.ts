import type { Transaction } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import { invalidField } from '../../platform/http/field-problem.ts';
import { insertWall } from '../cases/store.ts';
import type { OfficialAgency } from './record.ts';

/**
 * The institution a suspect official works for, suspended or not (an institution suspended for complicity
 * is the one a case must be walled off from); an unknown code names the field.
 */
export async function officialAgency(trx: Transaction<Schema>, code: string): Promise<OfficialAgency> {
  const agency = await trx
    .selectFrom('agencies')
    .select(['id', 'code', 'name'])
    .where('code', '=', code)
    .executeTakeFirst();
  if (!agency) throw invalidField('officialAgencyCode', 'unknown_agency_code');
  return agency;
}

/**
 * Walls the case off from the suspect official's institution, as recording the person did (add-person).
 * Walls are only ever added: naming another institution later leaves the first one walled too, since a
 * wrong guess costs less than letting a complicit institution back in. Call it after the act's other
 * writes: once the caller's own institution is walled, the case disappears for them.
 */
export async function wallOffInstitution(trx: Transaction<Schema>, caseId: string, agencyId: string) {
  const walled = await trx
    .selectFrom('case_walls')
    .select('id')
    .where('case_id', '=', caseId)
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  if (!walled) await insertWall(trx, { caseId, agencyId, cause: 'official_suspect' });
  return !walled;
}
