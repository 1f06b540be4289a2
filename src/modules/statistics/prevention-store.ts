import { sql, type Transaction } from 'kysely';
import type { Role } from '../../platform/access/roles.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { notFound, ProblemError } from '../../platform/http/problem.ts';
import type { PreventionActivityPatch, PreventionActivityView } from './prevention-contract.ts';

type Trx = Transaction<Schema>;

/** Staff who record their own agency's prevention work; migration 0021 repeats the list. */
export const PREVENTION_RECORDERS: readonly Role[] = [
  'intake_officer',
  'case_worker',
  'investigator',
  'prosecutor',
  'shelter_staff',
  'supervisor',
];

export const recordsPrevention = (roles: readonly Role[]) =>
  roles.some((role) => PREVENTION_RECORDERS.includes(role));

export function requirePreventionRecorder(roles: readonly Role[]): void {
  if (!recordsPrevention(roles)) throw new ProblemError(403, 'prevention_recorder_required');
}

/** The activities the caller may see (row-level security), newest first, optionally of one year. */
export async function activityViews(trx: Trx, which: { id: string } | { year: number | undefined }) {
  let query = trx
    .selectFrom('prevention_activities as p')
    .innerJoin('agencies as a', 'a.id', 'p.agency_id')
    .select([
      'p.id',
      'a.code as agencyCode',
      'p.activity_type as activityType',
      sql<string>`to_char(p.held_on, 'YYYY-MM-DD')`.as('heldOn'),
      'p.state_code as stateCode',
      'p.audience',
      'p.languages',
      'p.people_reached as peopleReached',
      'p.version',
    ]);
  if ('id' in which) query = query.where('p.id', '=', which.id);
  else if (which.year !== undefined)
    query = query
      .where('p.held_on', '>=', sql<Date>`${`${which.year}-01-01`}::date`)
      .where('p.held_on', '<', sql<Date>`${`${which.year + 1}-01-01`}::date`);
  return (await query
    .orderBy('p.held_on', 'desc')
    .orderBy('p.id')
    .limit(1000)
    .execute()) as PreventionActivityView[];
}

export async function oneActivity(trx: Trx, id: string): Promise<PreventionActivityView> {
  const [found] = await activityViews(trx, { id });
  if (!found) throw notFound();
  return found;
}

/** Column values of the fields a request or patch carries. */
export const activityColumns = (input: PreventionActivityPatch) => ({
  ...(input.activityType !== undefined ? { activity_type: input.activityType } : {}),
  ...(input.heldOn !== undefined ? { held_on: input.heldOn } : {}),
  ...(input.stateCode !== undefined ? { state_code: input.stateCode } : {}),
  ...(input.audience !== undefined ? { audience: input.audience } : {}),
  ...(input.languages !== undefined ? { languages: [...input.languages] } : {}),
  ...(input.peopleReached !== undefined ? { people_reached: input.peopleReached } : {}),
});
