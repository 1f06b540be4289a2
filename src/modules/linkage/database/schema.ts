import type { ColumnType, Generated } from 'kysely';
import type { StoredEvidence } from './stored-evidence.ts';
import type { StoredModel } from './stored-model.ts';

type Json<T> = ColumnType<T, string, string>;

export type PairDecision = 'same' | 'different';

export type PersonClustersTable = {
  id: Generated<string>;
  created_at: Generated<Date>;
  version: Generated<number>;
};

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

export type LinkageDetachmentsTable = {
  id: Generated<string>;
  person_id: string;
  from_cluster_id: string;
  reason: string;
  detached_by: string;
  detached_at: Generated<Date>;
  undo_reason: string | null;
  undone_by: string | null;
  undone_at: Date | null;
  applied: Generated<boolean>;
  version: Generated<number>;
};

export type LinkageSeparationsTable = {
  detachment_id: string;
  pair_id: string;
  other_person_id: string;
  previous_decision: PairDecision | null;
  previous_decided_by: string | null;
  previous_decided_at: Date | null;
  decided_at: Date;
};

export type LinkageTables = {
  person_clusters: PersonClustersTable;
  linkage_records: LinkageRecordsTable;
  linkage_block_keys: LinkageBlockKeysTable;
  linkage_term_values: LinkageTermValuesTable;
  linkage_models: LinkageModelsTable;
  linkage_pairs: LinkagePairsTable;
  linkage_detachments: LinkageDetachmentsTable;
  linkage_separations: LinkageSeparationsTable;
};
