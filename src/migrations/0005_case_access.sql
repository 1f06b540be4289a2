-- Cases and who may reach them: the owning authority, agencies a case is shared with, users assigned
-- to it, walls against complicit institutions and declared conflicts, and break-glass grants.
-- Row-level security enforces the same rules as src/platform/access/case-access.ts.

CREATE FUNCTION enlace_actor_user() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('enlace.user_id', true), '')::uuid $$;
CREATE FUNCTION enlace_actor_agency() RETURNS uuid LANGUAGE sql STABLE AS
  $$ SELECT nullif(current_setting('enlace.agency_id', true), '')::uuid $$;
CREATE FUNCTION enlace_actor_roles() RETURNS text[] LANGUAGE sql STABLE AS
  $$ SELECT coalesce(string_to_array(nullif(current_setting('enlace.roles', true), ''), ','), '{}') $$;
-- Roles that work on cases; statisticians, auditors and administrators never read case rows.
CREATE FUNCTION enlace_actor_works_cases() RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT enlace_actor_roles() && ARRAY['intake_officer', 'case_worker', 'investigator', 'prosecutor',
                                        'shelter_staff', 'supervisor'] $$;

CREATE TABLE cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference text NOT NULL UNIQUE CHECK (reference ~ '^[A-Z0-9-]{4,40}$'),
  opened_by_agency_id uuid NOT NULL REFERENCES agencies (id),
  owning_agency_id uuid NOT NULL REFERENCES agencies (id),
  state_code text CHECK (state_code ~ '^[A-Z]{3}$'),
  municipality text CHECK (char_length(municipality) <= 200),
  status text NOT NULL DEFAULT 'identification'
    CHECK (status IN ('identification', 'investigation', 'prosecution', 'trial', 'sentenced', 'closed')),
  opened_on date NOT NULL DEFAULT current_date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX cases_owning_agency_idx ON cases (owning_agency_id);
CREATE INDEX cases_opened_by_agency_idx ON cases (opened_by_agency_id);

CREATE TABLE case_shares (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  agency_id uuid NOT NULL REFERENCES agencies (id),
  reason text NOT NULL CHECK (char_length(reason) BETWEEN 10 AND 2000),
  shared_by uuid NOT NULL REFERENCES users (id),
  shared_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  revoked_at timestamptz,
  revoked_by uuid REFERENCES users (id)
);
CREATE INDEX case_shares_agency_idx ON case_shares (agency_id, case_id);

CREATE TABLE case_assignments (
  case_id uuid NOT NULL REFERENCES cases (id),
  user_id uuid NOT NULL REFERENCES users (id),
  assigned_by uuid REFERENCES users (id),
  assigned_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, user_id)
);
CREATE INDEX case_assignments_user_idx ON case_assignments (user_id);

-- A wall keeps an institution (whose official is a suspect) or a person (who declared a conflict)
-- away from a case, whatever else would let them in.
CREATE TABLE case_walls (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  agency_id uuid REFERENCES agencies (id),
  user_id uuid REFERENCES users (id),
  cause text NOT NULL CHECK (cause IN ('official_suspect', 'conflict_of_interest')),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((agency_id IS NULL) <> (user_id IS NULL))
);
CREATE INDEX case_walls_case_idx ON case_walls (case_id);

CREATE TABLE break_glass_grants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  user_id uuid NOT NULL REFERENCES users (id),
  reason text NOT NULL CHECK (char_length(reason) BETWEEN 20 AND 2000),
  granted_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  CHECK (expires_at > granted_at AND expires_at <= granted_at + interval '24 hours')
);
CREATE INDEX break_glass_grants_user_idx ON break_glass_grants (user_id, case_id);

-- Whether the acting user may see a case at all (field rules are applied by the application).
-- SECURITY DEFINER: the checks read shares, walls and grants that the actor may not list directly.
CREATE FUNCTION enlace_case_visible(target uuid, owning uuid, opened_by uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT enlace_actor_works_cases() AND (
    (
      NOT EXISTS (
        SELECT 1 FROM case_walls w
        WHERE w.case_id = target AND (w.agency_id = enlace_actor_agency() OR w.user_id = enlace_actor_user())
      )
      AND (
        owning = enlace_actor_agency() OR opened_by = enlace_actor_agency()
        OR EXISTS (
          SELECT 1 FROM case_shares s
          WHERE s.case_id = target AND s.agency_id = enlace_actor_agency() AND s.revoked_at IS NULL
            AND (s.expires_at IS NULL OR s.expires_at > now())
        )
        OR EXISTS (SELECT 1 FROM case_assignments a WHERE a.case_id = target AND a.user_id = enlace_actor_user())
      )
    )
    OR EXISTS (
      SELECT 1 FROM break_glass_grants g
      WHERE g.case_id = target AND g.user_id = enlace_actor_user() AND g.expires_at > now()
    )
  )
$$;

ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
CREATE POLICY cases_visible ON cases FOR SELECT TO enlace_app
  USING (enlace_case_visible(id, owning_agency_id, opened_by_agency_id));
CREATE POLICY cases_open ON cases FOR INSERT TO enlace_app
  WITH CHECK (enlace_actor_works_cases() AND opened_by_agency_id = enlace_actor_agency());
CREATE POLICY cases_change ON cases FOR UPDATE TO enlace_app
  USING (enlace_case_visible(id, owning_agency_id, opened_by_agency_id));

ALTER TABLE case_shares ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_assignments ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_walls ENABLE ROW LEVEL SECURITY;
ALTER TABLE break_glass_grants ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_shares_visible ON case_shares FOR ALL TO enlace_app
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id)) WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
CREATE POLICY case_assignments_visible ON case_assignments FOR ALL TO enlace_app
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id)) WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
CREATE POLICY case_walls_visible ON case_walls FOR SELECT TO enlace_app
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
-- Anyone declares their own conflict; an institution is walled off by someone who can see the case.
CREATE POLICY case_walls_add ON case_walls FOR INSERT TO enlace_app
  WITH CHECK (user_id = enlace_actor_user() OR (agency_id IS NOT NULL AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id)));

-- Whether a wall keeps the acting user or their agency from a case (walls are hidden from them).
CREATE FUNCTION enlace_actor_walled_from(target uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (
    SELECT 1 FROM case_walls w
    WHERE w.case_id = target AND (w.agency_id = enlace_actor_agency() OR w.user_id = enlace_actor_user())
  )
$$;

-- A supervisor opens a grant for themself only, never into a case walled off from them.
CREATE POLICY break_glass_own ON break_glass_grants FOR SELECT TO enlace_app USING (user_id = enlace_actor_user());
CREATE POLICY break_glass_open ON break_glass_grants FOR INSERT TO enlace_app
  WITH CHECK (user_id = enlace_actor_user() AND 'supervisor' = ANY (enlace_actor_roles())
              AND NOT enlace_actor_walled_from(case_id));

GRANT SELECT, INSERT, UPDATE ON cases TO enlace_app;
GRANT SELECT, INSERT, UPDATE ON case_shares TO enlace_app;
GRANT SELECT, INSERT, DELETE ON case_assignments TO enlace_app;
GRANT SELECT, INSERT ON case_walls TO enlace_app;
GRANT SELECT, INSERT ON break_glass_grants TO enlace_app;
