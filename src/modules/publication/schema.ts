import type { ColumnType, Generated } from 'kysely';
import type { PublishedIndicator } from '../../contracts/publication.ts';

export type StatisticalReleasesTable = {
  id: Generated<string>;
  year: number;
  indicator_codes: string[];
  threshold: number;
  epsilon: number | null;
  privacy_budget: number | null;
  figures: ColumnType<PublishedIndicator[], string, never>;
  computed_at: ColumnType<Date, string, never>;
  publisher_name: string;
  approved_by: ColumnType<string, never, never>;
  approved_by_agency_id: ColumnType<string, never, never>;
  approved_at: ColumnType<Date, never, never>;
  withdrawn_at: ColumnType<Date | null, never, Date>;
  withdrawn_by: ColumnType<string | null, never, string>;
  withdrawal_reason: ColumnType<string | null, never, string>;
};

export type PublicationTables = { statistical_releases: StatisticalReleasesTable };
