import { type Insertable, type Selectable, sql, type Transaction, type Updateable } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import type { OfficialAgency } from './record.ts';
import type { SuspectRolesTable } from './schema.ts';

type Trx = Transaction<Schema>;
type StoredRole = { row: Selectable<SuspectRolesTable>; agency: OfficialAgency | null };

const actorUser = () => sql<string>`enlace_actor_user()`;

/** Rows as row-level security lets the caller see them, each with the institution it names. */
const withAgency = (trx: Trx) =>
  trx
    .selectFrom('suspect_roles as s')
    .leftJoin('agencies as a', 'a.id', 's.official_agency_id')
    .selectAll('s')
    .select(['a.code as agencyCode', 'a.name as agencyName']);

const stored = ({
  agencyCode,
  agencyName,
  ...row
}: Selectable<SuspectRolesTable> & {
  agencyCode: string | null;
  agencyName: string | null;
}): StoredRole => ({
  row,
  agency:
    row.official_agency_id && agencyCode && agencyName
      ? { id: row.official_agency_id, code: agencyCode, name: agencyName }
      : null,
});

export const findSuspectRole = async (trx: Trx, caseId: string, id: string) => {
  const found = await withAgency(trx)
    .where('s.id', '=', id)
    .where('s.case_id', '=', caseId)
    .executeTakeFirst();
  return found && stored(found);
};

/** The roles of one case, or of several (an export reads many cases at once). */
export const listSuspectRoleRows = async (
  trx: Trx,
  cases: string | readonly string[],
  personId: string | undefined,
) => {
  const caseIds = typeof cases === 'string' ? [cases] : cases;
  let query = withAgency(trx).where('s.case_id', 'in', caseIds);
  if (personId) query = query.where('s.person_id', '=', personId);
  return (await query.orderBy('s.created_at').orderBy('s.id').execute()).map(stored);
};

export const personHasSuspectRole = async (trx: Trx, personId: string) =>
  !!(await trx.selectFrom('suspect_roles').select('id').where('person_id', '=', personId).executeTakeFirst());

export const insertSuspectRole = (trx: Trx, row: Insertable<SuspectRolesTable>) =>
  trx.insertInto('suspect_roles').values(row).returningAll().executeTakeFirstOrThrow();

/** Applies a change only to the version the caller read; undefined when another change came first. */
export const updateSuspectRoleRow = (
  trx: Trx,
  target: { id: string; expected: number },
  columns: Updateable<SuspectRolesTable>,
) =>
  trx
    .updateTable('suspect_roles')
    .set({ ...columns, version: target.expected + 1, updated_at: new Date(), updated_by: actorUser() })
    .where('id', '=', target.id)
    .where('version', '=', target.expected)
    .returningAll()
    .executeTakeFirst();

export const deleteSuspectRoleRow = (trx: Trx, target: { id: string; expected: number }) =>
  trx
    .deleteFrom('suspect_roles')
    .where('id', '=', target.id)
    .where('version', '=', target.expected)
    .returning('id')
    .executeTakeFirst();

/** The version now stored, or undefined when the record was removed meanwhile. */
export const suspectRoleVersion = async (trx: Trx, id: string) =>
  (await trx.selectFrom('suspect_roles').select('version').where('id', '=', id).executeTakeFirst())?.version;
