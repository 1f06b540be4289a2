import type { ColumnType, Generated } from 'kysely';
import type { StoredEvidence } from './stored-evidence.ts';
import type { StoredModel } from './stored-model.ts';

type Json<T> = ColumnType<T, string, string>;

export type PairDecision = 'same' | 'different';

export type PersonClustersTable = { id: Generated<string>; created_at: Generated<Date> };

export type LinkageRecordsTable = {
  person_id: string;
  cluster_id: string;
  agency_id: string;
  linked_version: number;
  linked_at: Generated<Date>;
};

export type LinkageBlockKeysTable = { key_hash: string; person_id: string };

export type LinkageTermValuesTable = {
  person_id: string;
  comparison: string;
  domain: string;
  value_hash: string;
};

export type LinkageModelsTable = {
  id: Generated<number>;
  source: 'synthetic' | 'population';
  trained_records: number;
  parameters: Json<StoredModel>;
  trained_at: Generated<Date>;
};

export type LinkagePairsTable = {
  id: Generated<string>;
  first_person_id: string;
  second_person_id: string;
  match_weight: number;
  evidence: Json<StoredEvidence>;
  scored_at: Generated<Date>;
  decision: PairDecision | null;
  decided_by: string | null;
  decided_at: Date | null;
  applied: Generated<boolean>;
  version: Generated<number>;
};

export type LinkageTables = {
  person_clusters: PersonClustersTable;
  linkage_records: LinkageRecordsTable;
  linkage_block_keys: LinkageBlockKeysTable;
  linkage_term_values: LinkageTermValuesTable;
  linkage_models: LinkageModelsTable;
  linkage_pairs: LinkagePairsTable;
};
