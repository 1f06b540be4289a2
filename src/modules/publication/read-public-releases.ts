import type { Kysely } from 'kysely';
import type { PublicRelease, PublicReleaseList } from '../../contracts/publication.ts';
import type { Schema } from '../../platform/db/schema.ts';
import { type Actor, withActor } from '../../platform/db/with-actor.ts';
import { ProblemError } from '../../platform/http/problem.ts';
import { publicReleaseView } from './release-views.ts';

/**
 * Nobody signed in: row-level security shows only releases in force. These reads never compute; they
 * return the snapshots the commission approved.
 */
const publicReader = (requestId: string): Actor => ({ userId: null, agencyId: null, roles: [], requestId });

/** Releases in force, newest year first. */
export async function listPublicReleases(db: Kysely<Schema>, requestId: string): Promise<PublicReleaseList> {
  const rows = await withActor(db, publicReader(requestId), (trx) =>
    trx
      .selectFrom('statistical_releases')
      .select(['id', 'year', 'approved_at', 'publisher_name', 'indicator_codes'])
      .where('withdrawn_at', 'is', null)
      .orderBy('year', 'desc')
      .execute(),
  );
  return {
    releases: rows.map((row) => ({
      releaseId: row.id,
      year: row.year,
      releasedAt: row.approved_at.toISOString(),
      publisher: row.publisher_name,
      indicatorCount: row.indicator_codes.length,
    })),
  };
}

/** The release in force for a year; a year never released or withdrawn answers 404. */
export async function readPublicRelease(
  db: Kysely<Schema>,
  requestId: string,
  year: number,
): Promise<PublicRelease> {
  const row = await withActor(db, publicReader(requestId), (trx) =>
    trx
      .selectFrom('statistical_releases')
      .selectAll()
      .where('year', '=', year)
      .where('withdrawn_at', 'is', null)
      .executeTakeFirst(),
  );
  if (!row) throw new ProblemError(404, 'statistics_release_not_found', { year });
  return publicReleaseView(row);
}
