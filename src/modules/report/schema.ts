import type { ColumnType, Generated } from 'kysely';
import type { Criterion, Rating, RecommendationStatus, Tier } from '../../contracts/annual-report.ts';
import type { DateColumn } from '../case-records/schema.ts';

export type TierHistoryTable = {
  year: number;
  tier: Tier;
  waived: Generated<boolean>;
  recorded_by: string | null;
  recorded_at: Generated<Date>;
  version: Generated<number>;
};

export type AssessmentJudgementsTable = {
  year: number;
  criterion: Criterion;
  rating: Rating;
  note: Generated<string>;
  reviewer_id: string;
  judged_at: ColumnType<Date, Date | undefined, Date>;
  version: Generated<number>;
};

export type RecommendationsTable = {
  id: Generated<string>;
  text_es: string;
  text_en: string;
  owner_agency_id: string;
  due_on: DateColumn;
  indicator_codes: string[];
  status: Generated<RecommendationStatus>;
  seed_key: string | null;
  created_by: string;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};

export type RecommendationNotesTable = {
  id: Generated<string>;
  recommendation_id: string;
  text: string;
  status: RecommendationStatus;
  written_by: string;
  written_at: Generated<Date>;
};

export type AssessmentChangesTable = {
  id: Generated<string>;
  subject: 'judgement' | 'tier' | 'recommendation';
  subject_key: string;
  year: number | null;
  version: number;
  changes: ColumnType<unknown[], string, never>;
  reason: string | null;
  changed_by: Generated<string>;
  changed_at: Generated<Date>;
};

export type ReportTables = {
  assessment_changes: AssessmentChangesTable;
  tier_history: TierHistoryTable;
  assessment_judgements: AssessmentJudgementsTable;
  recommendations: RecommendationsTable;
  recommendation_notes: RecommendationNotesTable;
};
