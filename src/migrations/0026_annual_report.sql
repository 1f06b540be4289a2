-- The annual report (issue 8): the tier history, reviewers' judgements on the TVPA criteria, and the
-- recommendations the report tracks. No personal data: reviewers and authors are user ids, texts are
-- institutional. Access mirrors src/modules/report/report-access.ts: statisticians anywhere and members
-- of the interagency commission read; the commission's statisticians and supervisors write; an agency
-- that owns a recommendation reads that one.

CREATE FUNCTION enlace_actor_in_commission() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
  SELECT EXISTS (SELECT 1 FROM agencies a WHERE a.id = enlace_actor_agency()
                 AND a.agency_type = 'interagency_commission')
$$;
CREATE FUNCTION enlace_actor_reads_reports() RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT 'statistician' = ANY (enlace_actor_roles()) OR enlace_actor_in_commission() $$;
CREATE FUNCTION enlace_actor_writes_reports() RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT enlace_actor_in_commission() AND enlace_actor_roles() && ARRAY['statistician', 'supervisor'] $$;

-- One tier per assessed year; `waived` marks a third Watch List year kept there by a waiver.
CREATE TABLE tier_history (
  year smallint PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  tier text NOT NULL CHECK (tier IN ('1', '2', '2_watch_list', '3')),
  waived boolean NOT NULL DEFAULT false CHECK (NOT waived OR tier = '2_watch_list'),
  recorded_by uuid REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
);
-- Mexico's published history (domain.md §10); recorded_by is null: nobody in Enlace decided it.
INSERT INTO tier_history (year, tier)
  SELECT y, '2' FROM generate_series(2001, 2003) AS y
  UNION ALL SELECT y, '2_watch_list' FROM generate_series(2004, 2007) AS y
  UNION ALL SELECT y, '2' FROM generate_series(2008, 2015) AS y;

CREATE TABLE assessment_judgements (
  year smallint NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  criterion text NOT NULL CHECK (criterion IN ('prohibits_and_punishes', 'punishment_commensurate',
    'punishment_stringent', 'serious_sustained_efforts', 'law_enforcement', 'victim_protection', 'prevention',
    'international_cooperation', 'extradition', 'migration_monitoring', 'official_complicity',
    'foreign_victims', 'partnerships', 'self_monitoring', 'appreciable_progress', 'demand_reduction')),
  rating text NOT NULL CHECK (rating IN ('met', 'partly_met', 'not_met')),
  note text NOT NULL DEFAULT '' CHECK (char_length(note) <= 2000),
  reviewer_id uuid NOT NULL DEFAULT enlace_actor_user() REFERENCES users (id),
  judged_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  PRIMARY KEY (year, criterion)
);

CREATE TABLE recommendations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  text_es text NOT NULL CHECK (char_length(text_es) BETWEEN 1 AND 2000),
  text_en text NOT NULL CHECK (char_length(text_en) BETWEEN 1 AND 2000),
  owner_agency_id uuid NOT NULL REFERENCES agencies (id),
  due_on date NOT NULL,
  indicator_codes text[] NOT NULL DEFAULT '{}' CHECK (cardinality(indicator_codes) <= 20
    AND array_to_string(indicator_codes, ',') ~ '^([a-z_]+\.[a-z_]+(,[a-z_]+\.[a-z_]+)*)?$'),
  status text NOT NULL DEFAULT 'not_started'
    CHECK (status IN ('not_started', 'in_progress', 'achieved', 'dropped')),
  -- Set on the items loaded from the seed's recommendations, so that loading them twice adds nothing.
  seed_key text UNIQUE CHECK (seed_key ~ '^[a-z_]{1,60}$'),
  created_by uuid NOT NULL DEFAULT enlace_actor_user() REFERENCES users (id),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX recommendations_owner_idx ON recommendations (owner_agency_id);

CREATE TABLE recommendation_notes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  recommendation_id uuid NOT NULL REFERENCES recommendations (id),
  text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 2000),
  status text NOT NULL CHECK (status IN ('not_started', 'in_progress', 'achieved', 'dropped')),
  written_by uuid NOT NULL DEFAULT enlace_actor_user() REFERENCES users (id),
  written_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX recommendation_notes_item_idx ON recommendation_notes (recommendation_id, id);
CREATE TRIGGER recommendation_notes_append_only BEFORE UPDATE OR DELETE ON recommendation_notes
  FOR EACH ROW EXECUTE FUNCTION enlace_record_changes_append_only();

ALTER TABLE tier_history ENABLE ROW LEVEL SECURITY;
ALTER TABLE tier_history FORCE ROW LEVEL SECURITY;
ALTER TABLE assessment_judgements ENABLE ROW LEVEL SECURITY;
ALTER TABLE assessment_judgements FORCE ROW LEVEL SECURITY;
ALTER TABLE recommendations ENABLE ROW LEVEL SECURITY;
ALTER TABLE recommendations FORCE ROW LEVEL SECURITY;
ALTER TABLE recommendation_notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE recommendation_notes FORCE ROW LEVEL SECURITY;

CREATE POLICY tier_history_read ON tier_history FOR SELECT TO enlace_app USING (enlace_actor_reads_reports());
CREATE POLICY tier_history_record ON tier_history FOR INSERT TO enlace_app
  WITH CHECK (enlace_actor_writes_reports() AND recorded_by = enlace_actor_user());
CREATE POLICY tier_history_change ON tier_history FOR UPDATE TO enlace_app
  USING (enlace_actor_writes_reports()) WITH CHECK (recorded_by = enlace_actor_user());
CREATE POLICY judgements_read ON assessment_judgements FOR SELECT TO enlace_app
  USING (enlace_actor_reads_reports());
CREATE POLICY judgements_write ON assessment_judgements FOR INSERT TO enlace_app
  WITH CHECK (enlace_actor_writes_reports() AND reviewer_id = enlace_actor_user());
CREATE POLICY judgements_change ON assessment_judgements FOR UPDATE TO enlace_app
  USING (enlace_actor_writes_reports()) WITH CHECK (reviewer_id = enlace_actor_user());
CREATE POLICY recommendations_read ON recommendations FOR SELECT TO enlace_app
  USING (enlace_actor_reads_reports() OR owner_agency_id = enlace_actor_agency());
CREATE POLICY recommendations_add ON recommendations FOR INSERT TO enlace_app
  WITH CHECK (enlace_actor_writes_reports() AND created_by = enlace_actor_user());
CREATE POLICY recommendations_change ON recommendations FOR UPDATE TO enlace_app
  USING (enlace_actor_writes_reports());
CREATE POLICY recommendation_notes_read ON recommendation_notes FOR SELECT TO enlace_app
  USING (EXISTS (SELECT 1 FROM recommendations r WHERE r.id = recommendation_id));
CREATE POLICY recommendation_notes_add ON recommendation_notes FOR INSERT TO enlace_app
  WITH CHECK (enlace_actor_writes_reports() AND written_by = enlace_actor_user());

GRANT EXECUTE ON FUNCTION enlace_actor_in_commission(), enlace_actor_reads_reports(),
  enlace_actor_writes_reports() TO enlace_app;
GRANT SELECT, INSERT ON tier_history, assessment_judgements, recommendations, recommendation_notes TO enlace_app;
GRANT UPDATE (tier, waived, recorded_by, recorded_at, version) ON tier_history TO enlace_app;
GRANT UPDATE (rating, note, reviewer_id, judged_at, version) ON assessment_judgements TO enlace_app;
GRANT UPDATE (text_es, text_en, owner_agency_id, due_on, indicator_codes, status, version, updated_at)
  ON recommendations TO enlace_app;
