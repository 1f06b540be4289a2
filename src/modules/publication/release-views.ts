import type { Selectable } from 'kysely';
import type { PublicRelease, ReleaseRecord } from '../../contracts/publication.ts';
import type { StatisticalReleasesTable } from './schema.ts';

type ReleaseRow = Selectable<StatisticalReleasesTable>;

const disclosureOf = (row: ReleaseRow) => ({
  threshold: row.threshold,
  epsilon: row.epsilon,
  privacyBudget: row.privacy_budget,
});

/** What the public reads: the snapshot as stored, naming the commission but none of its staff. */
export const publicReleaseView = (row: ReleaseRow): PublicRelease => ({
  releaseId: row.id,
  country: 'MX',
  year: row.year,
  releasedAt: row.approved_at.toISOString(),
  computedAt: row.computed_at.toISOString(),
  publisher: row.publisher_name,
  disclosure: disclosureOf(row),
  indicators: row.figures,
});

/** What the commission reads about its own releases, withdrawn ones included. */
export const releaseRecordView = (row: ReleaseRow): ReleaseRecord => ({
  releaseId: row.id,
  year: row.year,
  indicatorCodes: row.indicator_codes,
  disclosure: disclosureOf(row),
  approvedBy: row.approved_by,
  approvedAt: row.approved_at.toISOString(),
  withdrawnBy: row.withdrawn_by,
  withdrawnAt: row.withdrawn_at?.toISOString() ?? null,
  withdrawalReason: row.withdrawal_reason,
});
