import type { ColumnType, Generated } from 'kysely';
import type { DateColumn } from '../case-records/schema.ts';
import type { ActivityLanguage, ActivityType, Audience } from './prevention-vocabulary.ts';

export type PreventionActivitiesTable = {
  id: Generated<string>;
  agency_id: Generated<string>;
  activity_type: ActivityType;
  held_on: DateColumn;
  state_code: string | null;
  audience: Audience;
  languages: ActivityLanguage[];
  people_reached: number;
  recorded_by: Generated<string>;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  version: Generated<number>;
};

/** This module's tables; platform/db/schema.ts joins them into the one Schema Kysely knows. */
export type StatisticsTables = { prevention_activities: PreventionActivitiesTable };
