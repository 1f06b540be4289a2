import { sql, type Transaction } from 'kysely';
import type { Schema } from '../../platform/db/schema.ts';
import type { StoredTimeline } from './case-timeline.ts';
import type { JurisdictionDecision, JurisdictionFacts } from './contract.ts';
import type { AgencyFacts } from './owners.ts';

type Trx = Transaction<Schema>;

export type AgencyEntry = AgencyFacts & { code: string; name: string };

/** The directory of institutions, which every signed-in user may read: names and kinds for timelines. */
export async function loadAgencies(trx: Trx): Promise<Map<string, AgencyEntry>> {
  const rows = await trx
    .selectFrom('agencies')
    .select(['id', 'code', 'name', 'agency_type as agencyType', 'state_code as stateCode'])
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}

/** Timelines of the cases the caller may see (row-level security), one case or those opened before a time. */
export async function visibleTimelines(trx: Trx, which: { caseId: string } | { openedBefore: Date }) {
  let query = trx.selectFrom('jurisdiction_timelines').selectAll();
  query =
    'caseId' in which
      ? query.where('case_id', '=', which.caseId)
      : query.where('opened_at', '<', which.openedBefore).orderBy('opened_at').orderBy('case_id');
  const rows = await query.execute();
  return rows.map((row) => ({
    caseId: row.case_id,
    reference: row.reference,
    timeline: storedTimeline(row.opened_at, row.opened_by, row.decisions, row.transfers),
  }));
}

/** Every case's timeline without any case id or free text, for statisticians (empty for anyone else). */
export async function anonymousTimelines(trx: Trx, openedBefore: Date): Promise<StoredTimeline[]> {
  const result = await sql<{
    opened_at: Date;
    opened_by: string;
    decisions: StoredTimeline['decisions'];
    transfers: StoredTimeline['transfers'];
  }>`SELECT * FROM enlace_anonymous_jurisdiction_timelines(${openedBefore})`.execute(trx);
  return result.rows.map((row) => storedTimeline(row.opened_at, row.opened_by, row.decisions, row.transfers));
}

const storedTimeline = (
  openedAt: Date,
  openedBy: string,
  decisions: StoredTimeline['decisions'],
  transfers: StoredTimeline['transfers'],
): StoredTimeline => ({ openedAt: openedAt.toISOString(), openedBy, decisions, transfers });

/** A case's kept decisions, newest first, with who made each. */
export async function decisionHistory(trx: Trx, caseId: string) {
  const rows = await trx
    .selectFrom('jurisdiction_decisions as d')
    .innerJoin('users as u', 'u.id', 'd.decided_by')
    .select(['d.id', 'd.rules_version', 'd.facts', 'd.result', 'd.decided_at', 'u.id as userId'])
    .select('u.display_name as userName')
    .where('d.case_id', '=', caseId)
    .orderBy('d.decided_at', 'desc')
    .orderBy('d.id')
    .execute();
  return rows.map((row) => ({
    ...(row.result as JurisdictionDecision),
    id: row.id,
    rulesVersion: row.rules_version,
    decidedAt: row.decided_at.toISOString(),
    facts: row.facts as JurisdictionFacts,
    decidedBy: { id: row.userId, name: row.userName },
  }));
}
