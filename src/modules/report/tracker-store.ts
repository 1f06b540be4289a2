import type { Transaction } from 'kysely';
import type { Recommendation } from '../../contracts/annual-report.ts';
import type { Schema } from '../../platform/db/schema.ts';

export const isoDate = (value: Date | string) =>
  typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/**
 * Recommendations the caller may see (row-level security decides which), with owner and progress,
 * oldest first; `id` narrows to one.
 */
export async function loadRecommendations(trx: Transaction<Schema>, id?: string): Promise<Recommendation[]> {
  let query = trx
    .selectFrom('recommendations as r')
    .innerJoin('agencies as a', 'a.id', 'r.owner_agency_id')
    .select([
      'r.id',
      'r.text_es',
      'r.text_en',
      'r.due_on',
      'r.indicator_codes',
      'r.status',
      'r.version',
      'a.id as agency_id',
      'a.code as agency_code',
      'a.name as agency_name',
    ])
    .orderBy('r.created_at')
    .orderBy('r.id');
  if (id) query = query.where('r.id', '=', id);
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const notes = await trx
    .selectFrom('recommendation_notes as n')
    .innerJoin('users as u', 'u.id', 'n.written_by')
    .select(['n.recommendation_id', 'n.text', 'n.status', 'n.written_at', 'u.display_name'])
    .where(
      'n.recommendation_id',
      'in',
      rows.map((row) => row.id),
    )
    .orderBy('n.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    textEs: row.text_es,
    textEn: row.text_en,
    ownerAgency: { id: row.agency_id, code: row.agency_code, name: row.agency_name },
    dueOn: isoDate(row.due_on),
    indicatorCodes: row.indicator_codes,
    status: row.status,
    version: row.version,
    notes: notes
      .filter((note) => note.recommendation_id === row.id)
      .map((note) => ({
        text: note.text,
        status: note.status,
        writtenBy: note.display_name,
        writtenAt: note.written_at.toISOString(),
      })),
  }));
}

/** An agency a recommendation can be owned by; unknown ids are refused by the caller. */
export async function agencyExists(trx: Transaction<Schema>, agencyId: string): Promise<boolean> {
  return Boolean(await trx.selectFrom('agencies').select('id').where('id', '=', agencyId).executeTakeFirst());
}
