-- Safe publication of statistics (issue 8, item 6): the national commission approves which indicators
-- of a year are released; each approval stores an immutable snapshot of the figures as published
-- (after disclosure control), which the public reads without signing in. A release is never edited
-- and never deleted: it can only be withdrawn, once, with a written reason.
-- The snapshot holds no record, person, case or user of any agency: only protected aggregates and the
-- names of the agencies whose records were counted.

-- Statisticians and supervisors of the interagency commission approve and withdraw releases.
CREATE FUNCTION enlace_actor_publishes_statistics() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
  SELECT enlace_actor_roles() && ARRAY['statistician', 'supervisor'] AND EXISTS (
    SELECT 1 FROM agencies a WHERE a.id = enlace_actor_agency() AND a.agency_type = 'interagency_commission')
$$;

CREATE TABLE statistical_releases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  year smallint NOT NULL CHECK (year BETWEEN 2000 AND 2999),
  indicator_codes text[] NOT NULL CHECK (cardinality(indicator_codes) BETWEEN 1 AND 200),
  threshold smallint NOT NULL CHECK (threshold BETWEEN 2 AND 100),
  epsilon double precision CHECK (epsilon > 0 AND epsilon <= 10),
  privacy_budget double precision CHECK ((epsilon IS NULL) = (privacy_budget IS NULL)),
  -- The published indicators exactly as the public reads them; the noise in them was drawn once, here.
  figures jsonb NOT NULL CHECK (jsonb_typeof(figures) = 'array'),
  computed_at timestamptz NOT NULL,
  publisher_name text NOT NULL CHECK (char_length(publisher_name) BETWEEN 1 AND 300),
  approved_by uuid NOT NULL DEFAULT enlace_actor_user() REFERENCES users (id),
  approved_by_agency_id uuid NOT NULL DEFAULT enlace_actor_agency() REFERENCES agencies (id),
  approved_at timestamptz NOT NULL DEFAULT now(),
  withdrawn_at timestamptz,
  withdrawn_by uuid REFERENCES users (id),
  withdrawal_reason text CHECK (char_length(withdrawal_reason) BETWEEN 20 AND 2000),
  CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL) AND (withdrawn_at IS NULL) = (withdrawal_reason IS NULL))
);
-- One release in force per year: two versions of the same year's figures could be differenced.
CREATE UNIQUE INDEX statistical_releases_one_in_force ON statistical_releases (year) WHERE withdrawn_at IS NULL;

-- What was approved stays as it was approved; a withdrawal is written once and never undone.
CREATE FUNCTION enlace_statistical_releases_withdraw_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'a statistical release is never deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF OLD.withdrawn_at IS NOT NULL
     OR (NEW.id, NEW.year, NEW.indicator_codes, NEW.threshold, NEW.epsilon, NEW.privacy_budget, NEW.figures,
         NEW.computed_at, NEW.publisher_name, NEW.approved_by, NEW.approved_by_agency_id, NEW.approved_at)
        IS DISTINCT FROM
        (OLD.id, OLD.year, OLD.indicator_codes, OLD.threshold, OLD.epsilon, OLD.privacy_budget, OLD.figures,
         OLD.computed_at, OLD.publisher_name, OLD.approved_by, OLD.approved_by_agency_id, OLD.approved_at) THEN
    RAISE EXCEPTION 'a statistical release is immutable; it can only be withdrawn once'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER statistical_releases_withdraw_only BEFORE UPDATE OR DELETE ON statistical_releases
  FOR EACH ROW EXECUTE FUNCTION enlace_statistical_releases_withdraw_only();

ALTER TABLE statistical_releases ENABLE ROW LEVEL SECURITY;
ALTER TABLE statistical_releases FORCE ROW LEVEL SECURITY;

-- Anyone, signed in or not, reads releases in force; the commission also reads withdrawn ones.
CREATE POLICY statistical_releases_read ON statistical_releases FOR SELECT TO enlace_app
  USING (withdrawn_at IS NULL OR enlace_actor_publishes_statistics());
CREATE POLICY statistical_releases_approve ON statistical_releases FOR INSERT TO enlace_app
  WITH CHECK (enlace_actor_publishes_statistics() AND approved_by = enlace_actor_user()
              AND approved_by_agency_id = enlace_actor_agency() AND withdrawn_at IS NULL);
CREATE POLICY statistical_releases_withdraw ON statistical_releases FOR UPDATE TO enlace_app
  USING (enlace_actor_publishes_statistics() AND withdrawn_at IS NULL)
  WITH CHECK (withdrawn_by = enlace_actor_user());

GRANT SELECT, INSERT ON statistical_releases TO enlace_app;
GRANT UPDATE (withdrawn_at, withdrawn_by, withdrawal_reason) ON statistical_releases TO enlace_app;
