import type { DateColumn, MoneyColumn, OptionalDateColumn, RecordColumns } from '../case-records/schema.ts';
import type { ImmigrationRelief, MeasureKind, MeasureStatus, WitnessMeasure } from './measure-rules.ts';

export type ProtectionMeasuresTable = RecordColumns & {
  person_id: string;
  kind: MeasureKind;
  relief: ImmigrationRelief | null;
  witness_measure: WitnessMeasure | null;
  status: MeasureStatus;
  requested_on: DateColumn;
  resolved_on: OptionalDateColumn;
  amount_ordered_mxn: MoneyColumn;
  amount_paid_mxn: MoneyColumn;
};

export type TestimonyDecisionsTable = Omit<RecordColumns, 'recorded_by' | 'recorded_by_agency_id'> & {
  person_id: string;
  decision: 'will_testify' | 'declines_to_testify' | 'undecided';
  voluntary: boolean;
  decided_on: DateColumn;
  /** Who informed the survivor of their rights and recorded the decision: the transaction's actor. */
  informed_by: RecordColumns['recorded_by'];
  informed_by_agency_id: RecordColumns['recorded_by_agency_id'];
};

/** This module's tables; platform/db/schema.ts joins them into the one Schema Kysely knows. */
export type ProtectionTables = {
  protection_measures: ProtectionMeasuresTable;
  testimony_decisions: TestimonyDecisionsTable;
};
