-- Taking one record out of its person cluster (issue 7: "unmerge is possible and audited"). A reviewer
-- records the detachment; the linkage actor applies it in its next run by deciding "different" between
-- the record and every other record of its cluster (visible to the reviewer or not), so later runs never
-- pull it back. Undoing restores the decisions those pairs had, unless a reviewer decided them since.

-- Clusters get a version, so that a reviewer acts on the cluster they saw (If-Match).
ALTER TABLE person_clusters ADD COLUMN version integer NOT NULL DEFAULT 1;

CREATE TABLE linkage_detachments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES people (id),
  -- The cluster the record was taken out of; after the run that applies it, the cluster the other
  -- records ended up in (no foreign key: a cluster id disappears once it has no records).
  from_cluster_id uuid NOT NULL,
  reason text NOT NULL CHECK (length(reason) BETWEEN 10 AND 2000),
  detached_by uuid NOT NULL REFERENCES users (id),
  detached_at timestamptz NOT NULL DEFAULT now(),
  undo_reason text CHECK (length(undo_reason) BETWEEN 10 AND 2000),
  undone_by uuid REFERENCES users (id),
  undone_at timestamptz,
  -- False until the linkage actor has turned the detachment (or its undoing) into pair decisions.
  applied boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  CHECK ((undone_at IS NULL) = (undone_by IS NULL) AND (undone_at IS NULL) = (undo_reason IS NULL))
);
CREATE UNIQUE INDEX linkage_detachments_active_idx ON linkage_detachments (person_id) WHERE undone_at IS NULL;
CREATE INDEX linkage_detachments_from_idx ON linkage_detachments (from_cluster_id);
CREATE INDEX linkage_detachments_unapplied_idx ON linkage_detachments (id) WHERE NOT applied;

-- The pair decisions a detachment made, with what each pair had before, so that undoing restores it.
-- `decided_at` is the time the detachment decided the pair: a later decision by a reviewer changes the
-- pair's own decided_at, and then undoing leaves that decision alone.
CREATE TABLE linkage_separations (
  detachment_id uuid NOT NULL REFERENCES linkage_detachments (id),
  pair_id uuid NOT NULL REFERENCES linkage_pairs (id) ON DELETE CASCADE,
  other_person_id uuid NOT NULL REFERENCES people (id),
  previous_decision text CHECK (previous_decision IN ('same', 'different')),
  previous_decided_by uuid REFERENCES users (id),
  previous_decided_at timestamptz,
  decided_at timestamptz NOT NULL,
  PRIMARY KEY (detachment_id, pair_id)
);

ALTER TABLE linkage_detachments ENABLE ROW LEVEL SECURITY;
ALTER TABLE linkage_detachments FORCE ROW LEVEL SECURITY;
ALTER TABLE linkage_separations ENABLE ROW LEVEL SECURITY;
ALTER TABLE linkage_separations FORCE ROW LEVEL SECURITY;

CREATE POLICY linkage_detachments_linkage ON linkage_detachments FOR ALL TO enlace_app
  USING (enlace_actor_links_records()) WITH CHECK (enlace_actor_links_records());
-- Supervisors see and make detachments of records they may see; a detachment names no other record.
CREATE POLICY linkage_detachments_review ON linkage_detachments FOR SELECT TO enlace_app
  USING ('supervisor' = ANY (enlace_actor_roles()) AND EXISTS (SELECT 1 FROM people p WHERE p.id = person_id));
CREATE POLICY linkage_detachments_detach ON linkage_detachments FOR INSERT TO enlace_app
  WITH CHECK ('supervisor' = ANY (enlace_actor_roles()) AND detached_by = enlace_actor_user() AND NOT applied
              AND undone_at IS NULL AND EXISTS (SELECT 1 FROM people p WHERE p.id = person_id));
CREATE POLICY linkage_detachments_undo ON linkage_detachments FOR UPDATE TO enlace_app
  USING ('supervisor' = ANY (enlace_actor_roles()) AND EXISTS (SELECT 1 FROM people p WHERE p.id = person_id))
  WITH CHECK (undone_by = enlace_actor_user() AND NOT applied);

CREATE POLICY linkage_separations_linkage ON linkage_separations FOR ALL TO enlace_app
  USING (enlace_actor_links_records()) WITH CHECK (enlace_actor_links_records());

-- A reviewer's detachment moves the cluster's version on, so that a second reviewer's stale page fails.
CREATE POLICY person_clusters_review ON person_clusters FOR UPDATE TO enlace_app
  USING ('supervisor' = ANY (enlace_actor_roles()) AND EXISTS (SELECT 1 FROM linkage_records r WHERE r.cluster_id = id))
  WITH CHECK ('supervisor' = ANY (enlace_actor_roles()));

GRANT UPDATE (version) ON person_clusters TO enlace_app;
GRANT SELECT, INSERT ON linkage_detachments TO enlace_app;
GRANT UPDATE (from_cluster_id, undo_reason, undone_by, undone_at, applied, version) ON linkage_detachments TO enlace_app;
GRANT SELECT, INSERT ON linkage_separations TO enlace_app;
