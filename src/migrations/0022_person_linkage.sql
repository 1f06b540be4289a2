-- Record linkage in the database (issue 7): which survivor records describe the same person. A person
-- cluster only points to records; records are never merged, changed or removed by linkage, and each
-- keeps its agency and case. Only the linkage job, acting as the linkage actor (no user, purpose
-- `record_linkage`, see src/modules/linkage/database/linkage-actor.ts), reads identities to compare them.
-- Users see linkage rows only for records they may see; supervisors review pairs whose two records
-- they may both see (docs/security.md#record-linkage).

CREATE FUNCTION enlace_actor_links_records() RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT enlace_actor_user() IS NULL AND current_setting('enlace.purpose', true) = 'record_linkage' $$;

CREATE TABLE person_clusters (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- One row per linked record: its cluster, its agency (provenance) and the version of the record that
-- was linked; a record whose version moved on is linked again.
CREATE TABLE linkage_records (
  person_id uuid PRIMARY KEY REFERENCES people (id),
  cluster_id uuid NOT NULL REFERENCES person_clusters (id),
  agency_id uuid NOT NULL REFERENCES agencies (id),
  linked_version integer NOT NULL,
  linked_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX linkage_records_cluster_idx ON linkage_records (cluster_id);

-- Blocking keys and term-frequency values as keyed HMACs: candidates are found and common names
-- weighed without any name in clear.
CREATE TABLE linkage_block_keys (
  key_hash text NOT NULL,
  person_id uuid NOT NULL REFERENCES people (id),
  PRIMARY KEY (key_hash, person_id)
);
CREATE INDEX linkage_block_keys_person_idx ON linkage_block_keys (person_id);

CREATE TABLE linkage_term_values (
  person_id uuid NOT NULL REFERENCES people (id),
  comparison text NOT NULL CHECK (comparison ~ '^[a-z_0-9]{1,40}$'),
  domain text NOT NULL CHECK (domain ~ '^[a-z_]{1,40}$'),
  value_hash text NOT NULL,
  PRIMARY KEY (person_id, comparison)
);
CREATE INDEX linkage_term_values_value_idx ON linkage_term_values (domain, value_hash);

-- Fellegi–Sunter parameters (m and u per level, prior); `synthetic` until the population is large
-- enough to learn from. No personal data.
CREATE TABLE linkage_models (
  id serial PRIMARY KEY,
  source text NOT NULL CHECK (source IN ('synthetic', 'population')),
  trained_records integer NOT NULL CHECK (trained_records > 0),
  parameters jsonb NOT NULL,
  trained_at timestamptz NOT NULL DEFAULT now()
);

-- Compared pairs worth keeping (from the review floor up), with the evidence per comparison (levels and
-- weights, never values) and the human decision, which later runs never change. `applied` is false
-- until the clustering has taken a new decision into account.
CREATE TABLE linkage_pairs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  first_person_id uuid NOT NULL REFERENCES people (id),
  second_person_id uuid NOT NULL REFERENCES people (id),
  match_weight real NOT NULL,
  evidence jsonb NOT NULL,
  scored_at timestamptz NOT NULL DEFAULT now(),
  decision text CHECK (decision IN ('same', 'different')),
  decided_by uuid REFERENCES users (id),
  decided_at timestamptz,
  applied boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  CHECK (first_person_id < second_person_id),
  CHECK ((decision IS NULL) = (decided_at IS NULL)),
  UNIQUE (first_person_id, second_person_id)
);
CREATE INDEX linkage_pairs_second_idx ON linkage_pairs (second_person_id);
CREATE INDEX linkage_pairs_pending_idx ON linkage_pairs (match_weight DESC) WHERE decision IS NULL;
CREATE INDEX linkage_pairs_unapplied_idx ON linkage_pairs (id) WHERE NOT applied;

ALTER TABLE person_clusters ENABLE ROW LEVEL SECURITY;
ALTER TABLE person_clusters FORCE ROW LEVEL SECURITY;
ALTER TABLE linkage_records ENABLE ROW LEVEL SECURITY;
ALTER TABLE linkage_records FORCE ROW LEVEL SECURITY;
ALTER TABLE linkage_block_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE linkage_block_keys FORCE ROW LEVEL SECURITY;
ALTER TABLE linkage_term_values ENABLE ROW LEVEL SECURITY;
ALTER TABLE linkage_term_values FORCE ROW LEVEL SECURITY;
ALTER TABLE linkage_models ENABLE ROW LEVEL SECURITY;
ALTER TABLE linkage_models FORCE ROW LEVEL SECURITY;
ALTER TABLE linkage_pairs ENABLE ROW LEVEL SECURITY;
ALTER TABLE linkage_pairs FORCE ROW LEVEL SECURITY;

CREATE POLICY person_clusters_linkage ON person_clusters FOR ALL TO enlace_app
  USING (enlace_actor_links_records()) WITH CHECK (enlace_actor_links_records());
CREATE POLICY person_clusters_with_record ON person_clusters FOR SELECT TO enlace_app
  USING (EXISTS (SELECT 1 FROM linkage_records r WHERE r.cluster_id = id));

CREATE POLICY linkage_records_linkage ON linkage_records FOR ALL TO enlace_app
  USING (enlace_actor_links_records()) WITH CHECK (enlace_actor_links_records());
CREATE POLICY linkage_records_with_person ON linkage_records FOR SELECT TO enlace_app
  USING (EXISTS (SELECT 1 FROM people p WHERE p.id = person_id));

CREATE POLICY linkage_block_keys_linkage ON linkage_block_keys FOR ALL TO enlace_app
  USING (enlace_actor_links_records()) WITH CHECK (enlace_actor_links_records());
CREATE POLICY linkage_term_values_linkage ON linkage_term_values FOR ALL TO enlace_app
  USING (enlace_actor_links_records()) WITH CHECK (enlace_actor_links_records());
CREATE POLICY linkage_models_linkage ON linkage_models FOR ALL TO enlace_app
  USING (enlace_actor_links_records()) WITH CHECK (enlace_actor_links_records());

CREATE POLICY linkage_pairs_linkage ON linkage_pairs FOR ALL TO enlace_app
  USING (enlace_actor_links_records()) WITH CHECK (enlace_actor_links_records());
CREATE POLICY linkage_pairs_review ON linkage_pairs FOR SELECT TO enlace_app
  USING ('supervisor' = ANY (enlace_actor_roles())
         AND EXISTS (SELECT 1 FROM people p WHERE p.id = first_person_id)
         AND EXISTS (SELECT 1 FROM people p WHERE p.id = second_person_id));
CREATE POLICY linkage_pairs_decide ON linkage_pairs FOR UPDATE TO enlace_app
  USING ('supervisor' = ANY (enlace_actor_roles())
         AND EXISTS (SELECT 1 FROM people p WHERE p.id = first_person_id)
         AND EXISTS (SELECT 1 FROM people p WHERE p.id = second_person_id))
  WITH CHECK (decided_by = enlace_actor_user() AND NOT applied);

-- How many distinct people a set of records describes: records of one cluster count once, records not
-- linked yet count one each. Only a number leaves: statisticians, who may not read records or clusters,
-- count people without learning which records are whose.
CREATE FUNCTION enlace_distinct_person_count(person_ids uuid[]) RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT count(DISTINCT coalesce(r.cluster_id, p.id))
  FROM unnest(person_ids) AS p(id)
  LEFT JOIN linkage_records r ON r.person_id = p.id
$$;
-- Row-level security is forced on these tables, so the function (run as the owner) needs its own policy.
CREATE POLICY linkage_records_count ON linkage_records FOR SELECT TO enlace_owner USING (true);
REVOKE ALL ON FUNCTION enlace_distinct_person_count(uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION enlace_distinct_person_count(uuid[]) TO enlace_app;

-- The linkage actor reads survivor records of every case through these functions only, and only once it
-- has declared its purpose: one scan, instead of checking each row against the case policies it does not
-- need (which cost more than the linkage itself at a million records). Identity and phone stay ciphertext.
CREATE FUNCTION enlace_linkage_survivors(ids uuid[])
RETURNS TABLE (id uuid, version integer, recorded_by_agency_id uuid, sex text, birth_year smallint,
               nationality text, given_names text, first_surname text, second_surname text,
               birth_date text, curp text, contact_id uuid, phone text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  -- The given records through the primary key, or (ids null) all of them.
  WITH wanted AS (
    SELECT p.* FROM unnest(ids) AS w(id) JOIN people p ON p.id = w.id
    UNION ALL
    SELECT p.* FROM people p WHERE ids IS NULL
  )
  SELECT p.id, p.version, p.recorded_by_agency_id, p.sex, p.birth_year, p.nationality,
         i.given_names, i.first_surname, i.second_surname, i.birth_date, i.curp, c.id, c.phone
  FROM wanted p
  LEFT JOIN person_identities i ON i.person_id = p.id
  LEFT JOIN person_contacts c ON c.person_id = p.id AND c.position = 0
  WHERE enlace_actor_links_records() AND p.role = 'survivor'
$$;

-- Survivor records never linked, or changed since they were linked.
CREATE FUNCTION enlace_linkage_unlinked() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT p.id FROM people p LEFT JOIN linkage_records r ON r.person_id = p.id
  WHERE enlace_actor_links_records() AND p.role = 'survivor'
    AND (r.person_id IS NULL OR r.linked_version <> p.version)
$$;

CREATE FUNCTION enlace_linkage_population() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT count(*) FROM people WHERE enlace_actor_links_records() AND role = 'survivor'
$$;

REVOKE ALL ON FUNCTION enlace_linkage_survivors(uuid[]), enlace_linkage_unlinked(), enlace_linkage_population()
  FROM PUBLIC;
GRANT EXECUTE ON FUNCTION enlace_linkage_survivors(uuid[]), enlace_linkage_unlinked(), enlace_linkage_population()
  TO enlace_app;

GRANT SELECT, INSERT, DELETE ON person_clusters TO enlace_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON linkage_records, linkage_block_keys, linkage_term_values TO enlace_app;
GRANT SELECT, INSERT ON linkage_models TO enlace_app;
GRANT USAGE ON SEQUENCE linkage_models_id_seq TO enlace_app;
GRANT SELECT, INSERT, DELETE ON linkage_pairs TO enlace_app;
GRANT UPDATE (match_weight, evidence, scored_at, decision, decided_by, decided_at, applied, version)
  ON linkage_pairs TO enlace_app;
