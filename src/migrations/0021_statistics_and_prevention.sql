-- The statistics engine (issue 8): the prevention activity log, and the functions through which
-- statisticians and the national commission's supervisors receive the country's records as aggregates
-- only — grouped counts and anonymous values, never a case, person or record id, never free text.
-- Everyone else receives nothing from them. Indicator rules live in src/modules/statistics.

-- Who computes national figures: statisticians, and supervisors of the interagency commission.
CREATE FUNCTION enlace_actor_computes_national_statistics() RETURNS boolean LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public AS $$
  SELECT 'statistician' = ANY (enlace_actor_roles()) OR ('supervisor' = ANY (enlace_actor_roles()) AND EXISTS (
    SELECT 1 FROM agencies a WHERE a.id = enlace_actor_agency() AND a.agency_type = 'interagency_commission'))
$$;

-- Staff who record their own agency's prevention work (not the oversight roles).
CREATE FUNCTION enlace_actor_records_prevention() RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT enlace_actor_roles() && ARRAY['intake_officer', 'case_worker', 'investigator', 'prosecutor',
       'shelter_staff', 'supervisor'] $$;

-- Trainings (by the role trained), awareness campaigns, tourism-sector trainings and other activities.
-- Counts of people reached only: no participant is ever named.
CREATE TABLE prevention_activities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agency_id uuid NOT NULL DEFAULT enlace_actor_agency() REFERENCES agencies (id),
  activity_type text NOT NULL CHECK (activity_type IN ('training', 'awareness_campaign', 'tourism_training',
    'other')),
  held_on date NOT NULL,
  -- Null: nationwide or abroad.
  state_code text CHECK (state_code ~ '^[A-Z]{3}$'),
  audience text NOT NULL CHECK (audience IN ('police', 'prosecutors', 'judges', 'migration_officers',
    'labour_inspectors', 'consular_staff', 'health_workers', 'educators', 'service_providers',
    'tourism_workers', 'general_public', 'students', 'other')),
  languages text[] NOT NULL CHECK (cardinality(languages) BETWEEN 1 AND 20),
  people_reached integer NOT NULL CHECK (people_reached BETWEEN 0 AND 200000000),
  recorded_by uuid NOT NULL DEFAULT enlace_actor_user() REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
);
CREATE INDEX prevention_activities_agency_idx ON prevention_activities (agency_id, held_on DESC);
CREATE INDEX prevention_activities_held_idx ON prevention_activities (held_on);

ALTER TABLE prevention_activities ENABLE ROW LEVEL SECURITY;
CREATE POLICY prevention_activities_read ON prevention_activities FOR SELECT TO enlace_app
  USING ((agency_id = enlace_actor_agency() AND enlace_actor_records_prevention())
         OR (SELECT enlace_actor_computes_national_statistics()));
CREATE POLICY prevention_activities_add ON prevention_activities FOR INSERT TO enlace_app
  WITH CHECK (agency_id = enlace_actor_agency() AND recorded_by = enlace_actor_user()
              AND enlace_actor_records_prevention());
CREATE POLICY prevention_activities_change ON prevention_activities FOR UPDATE TO enlace_app
  USING (agency_id = enlace_actor_agency() AND enlace_actor_records_prevention())
  WITH CHECK (agency_id = enlace_actor_agency() AND enlace_actor_records_prevention());
GRANT SELECT, INSERT ON prevention_activities TO enlace_app;
GRANT UPDATE (activity_type, held_on, state_code, audience, languages, people_reached, updated_at, version)
  ON prevention_activities TO enlace_app;

-- Whether a survivor's consent for statistics is in force on a day: the rule of
-- src/modules/consent/statistics-use.ts (statisticsConsentInForce), which a test holds this to.
CREATE FUNCTION enlace_statistics_consent_in_force(target_case uuid, target_person uuid, as_of date)
RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM consents k WHERE k.case_id = target_case AND k.person_id = target_person
    AND 'statistics' = ANY (k.scopes) AND k.given_on <= as_of AND (k.revoked_on IS NULL OR k.revoked_on > as_of))
$$;

-- Every counted unit of a year's case-based indicators, grouped: one row per indicator (dimension
-- `total`), per (indicator, agency) (`agency`, the agency's id as cell) and per (indicator, dimension,
-- cell). `consented` splits each row by the survivor's consent for statistics (null where no survivor
-- is counted: suspects, proceedings); `counted` are the units that count, `candidates` those the indicator looked at, `complete` those
-- among the candidates that carry every field it needs. Forms map to Palermo purposes by `palermo`
-- (form → purpose, from FORM_MAPPINGS in TypeScript), so the mapping has one home.
CREATE FUNCTION enlace_statistics_cells(period_start date, period_end date, as_of date, palermo jsonb)
RETURNS TABLE (indicator text, dimension text, cell text, consented boolean,
               counted bigint, candidates bigint, complete bigint)
-- work_mem: the units of a year at a million people are hashed in memory instead of spilling to disk.
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public SET work_mem = '256MB' AS $fn$
BEGIN
  IF NOT enlace_actor_computes_national_statistics() THEN RETURN; END IF;
  -- EXECUTE plans with the year's dates known, where a SQL function's generic plan guesses.
  RETURN QUERY EXECUTE $query$
  WITH survivors AS (
    SELECT p.id, p.case_id, p.recorded_by_agency_id AS agency_id, p.sex, p.nationality, p.needs, c.state_code,
      enlace_statistics_consent_in_force(p.case_id, p.id, $3) AS consented
    FROM people p JOIN cases c ON c.id = p.case_id
    WHERE p.role = 'survivor' AND c.opened_on >= $1 AND c.opened_on < $2
      AND (SELECT d.status FROM identification_decisions d WHERE d.person_id = p.id
           ORDER BY d.decided_at DESC LIMIT 1) IS DISTINCT FROM 'not_a_victim'
  ),
  survivor_forms AS (
    SELECT s.id, f AS form FROM survivors s JOIN exploitations e ON e.case_id = s.case_id AND e.person_id = s.id,
      unnest(e.forms) f
  ),
  proceedings AS (
    SELECT g.id, g.case_id, g.agency_id, g.investigation_opened_on, g.prosecution_initiated_on, c.state_code,
      coalesce((SELECT array_agg(DISTINCT h.form) FROM charges h WHERE h.proceeding_id = g.id),
               (SELECT array_agg(DISTINCT f) FROM exploitations e, unnest(e.forms) f WHERE e.case_id = g.case_id),
               ARRAY[NULL::text]) AS forms
    FROM legal_proceedings g JOIN cases c ON c.id = g.case_id
    WHERE ((g.investigation_opened_on >= $1 AND g.investigation_opened_on < $2)
      OR (g.prosecution_initiated_on >= $1 AND g.prosecution_initiated_on < $2))
  ),
  verdicts_in_year AS (
    SELECT v.outcome, h.person_id, h.form, g.agency_id, c.state_code,
      coalesce(r.public_official, false) AS official
    FROM verdicts v JOIN charges h ON h.id = v.charge_id JOIN legal_proceedings g ON g.id = h.proceeding_id
      JOIN cases c ON c.id = v.case_id LEFT JOIN suspect_roles r ON r.person_id = h.person_id
    WHERE v.decided_on >= $1 AND v.decided_on < $2
  ),
  official_suspects AS (
    SELECT r.person_id, r.case_id FROM suspect_roles r WHERE r.public_official
  ),
  measures AS (
    SELECT m.id, m.kind, m.status, m.recorded_by_agency_id AS agency_id, p.nationality,
      enlace_statistics_consent_in_force(m.case_id, m.person_id, $3) AS consented, m.person_id
    FROM protection_measures m JOIN people p ON p.id = m.person_id
    WHERE m.kind IN ('immigration_relief', 'repatriation')
      AND m.resolved_on >= $1 AND m.resolved_on < $2
  ),
  sent_referrals AS (
    SELECT r.id, r.person_id, r.from_agency_id, r.provider_agency_id, r.status, r.escalated_at, s.service_type,
      c.state_code, enlace_statistics_consent_in_force(r.case_id, r.person_id, $3) AS consented
    FROM referrals r JOIN provider_services s ON s.id = r.service_id JOIN cases c ON c.id = r.case_id
    WHERE r.sent_at >= $1 AND r.sent_at < $2
  ),
  served AS (
    SELECT DISTINCT r.person_id, s.service_type FROM referrals r JOIN provider_services s ON s.id = r.service_id
    WHERE r.status IN ('accepted', 'started', 'completed')
  ),
  units (indicator, agency_id, unit, consented, counts, complete, form, state, nationality, sex, service) AS (
    SELECT 'protection.survivors_identified', s.agency_id, s.id, s.consented, true,
      s.state_code IS NOT NULL AND s.sex IS NOT NULL AND s.nationality IS NOT NULL,
      NULL, coalesce(s.state_code, 'unknown'), coalesce(s.nationality, 'unknown'), coalesce(s.sex, 'unknown'), NULL
    FROM survivors s
    UNION ALL
    SELECT 'protection.survivors_identified', s.agency_id, s.id, s.consented, true,
      s.state_code IS NOT NULL AND s.sex IS NOT NULL AND s.nationality IS NOT NULL, f.form,
      NULL, NULL, NULL, NULL
    FROM survivors s JOIN survivor_forms f ON f.id = s.id
    UNION ALL
    SELECT 'protection.foreign_survivors', s.agency_id, s.id, s.consented,
      s.nationality IS NOT NULL AND s.nationality <> 'MX', s.nationality IS NOT NULL,
      NULL, NULL, s.nationality, NULL, NULL
    FROM survivors s
    UNION ALL
    SELECT 'protection.unmet_needs', s.agency_id, md5(s.id::text || need)::uuid, s.consented, true,
      s.state_code IS NOT NULL,
      NULL, coalesce(s.state_code, 'unknown'), NULL, NULL, need
    FROM survivors s, unnest(s.needs) need
    WHERE NOT EXISTS (SELECT 1 FROM served v WHERE v.person_id = s.id AND v.service_type = need)
    UNION ALL
    SELECT CASE m.kind WHEN 'immigration_relief' THEN 'protection.immigration_relief'
      ELSE 'protection.repatriations' END,
      m.agency_id, m.person_id, m.consented, true, m.nationality IS NOT NULL,
      NULL, NULL, coalesce(m.nationality, 'unknown'), NULL, NULL
    FROM measures m WHERE m.status IN ('granted', 'completed')
    UNION ALL
    SELECT 'protection.referrals_made', r.from_agency_id, r.id, r.consented, true, true,
      NULL, coalesce(r.state_code, 'unknown'), NULL, NULL, r.service_type
    FROM sent_referrals r
    UNION ALL
    SELECT 'protection.referrals_accepted', r.from_agency_id, r.id, r.consented,
      r.status IN ('accepted', 'started', 'completed'), true,
      NULL, coalesce(r.state_code, 'unknown'), NULL, NULL, r.service_type
    FROM sent_referrals r
    UNION ALL
    SELECT 'protection.referrals_overdue', r.from_agency_id, r.id, r.consented, r.escalated_at IS NOT NULL,
      true, NULL, coalesce(r.state_code, 'unknown'), NULL, NULL, r.service_type
    FROM sent_referrals r
    UNION ALL
    SELECT 'protection.survivors_assisted', r.provider_agency_id, r.person_id, r.consented,
      r.status IN ('accepted', 'started', 'completed'), true,
      NULL, coalesce(r.state_code, 'unknown'), NULL, NULL, r.service_type
    FROM sent_referrals r
    UNION ALL
    SELECT 'protection.shelter_use', r.provider_agency_id, r.person_id, r.consented,
      r.status IN ('accepted', 'started', 'completed'), true,
      NULL, coalesce(r.state_code, 'unknown'), NULL, NULL, NULL
    FROM sent_referrals r WHERE r.service_type = 'shelter'
    UNION ALL
    SELECT 'prosecution.investigations', g.agency_id, g.id, NULL::boolean, true,
      f.form IS NOT NULL AND g.state_code IS NOT NULL,
      coalesce(f.form, 'unknown'), coalesce(g.state_code, 'unknown'), NULL, NULL, NULL
    FROM proceedings g, unnest(g.forms) f(form)
    WHERE g.investigation_opened_on >= $1 AND g.investigation_opened_on < $2
    UNION ALL
    SELECT 'prosecution.prosecutions', g.agency_id, g.id, NULL::boolean, true,
      f.form IS NOT NULL AND g.state_code IS NOT NULL,
      coalesce(f.form, 'unknown'), coalesce(g.state_code, 'unknown'), NULL, NULL, NULL
    FROM proceedings g, unnest(g.forms) f(form)
    WHERE g.prosecution_initiated_on >= $1 AND g.prosecution_initiated_on < $2
    UNION ALL
    SELECT CASE v.outcome WHEN 'conviction' THEN 'prosecution.convictions' ELSE 'prosecution.acquittals' END,
      v.agency_id, v.person_id, NULL::boolean, true, v.state_code IS NOT NULL,
      v.form, coalesce(v.state_code, 'unknown'), NULL, NULL, NULL
    FROM verdicts_in_year v
    UNION ALL
    SELECT 'prosecution.officials_convicted', v.agency_id, v.person_id, NULL::boolean, true,
      v.state_code IS NOT NULL, v.form, coalesce(v.state_code, 'unknown'), NULL, NULL, NULL
    FROM verdicts_in_year v WHERE v.official AND v.outcome = 'conviction'
    UNION ALL
    SELECT 'prosecution.officials_investigated', g.agency_id, o.person_id, NULL::boolean, true,
      g.state_code IS NOT NULL, NULL, coalesce(g.state_code, 'unknown'), NULL, NULL, NULL
    FROM proceedings g JOIN official_suspects o ON o.case_id = g.case_id
    WHERE g.investigation_opened_on >= $1 AND g.investigation_opened_on < $2
    UNION ALL
    SELECT 'prosecution.officials_prosecuted', g.agency_id, o.person_id, NULL::boolean, true,
      g.state_code IS NOT NULL, NULL, coalesce(g.state_code, 'unknown'), NULL, NULL, NULL
    FROM proceedings g JOIN official_suspects o ON o.case_id = g.case_id
    WHERE g.prosecution_initiated_on >= $1 AND g.prosecution_initiated_on < $2
      AND EXISTS (SELECT 1 FROM charges h WHERE h.proceeding_id = g.id AND h.person_id = o.person_id)
    UNION ALL
    SELECT 'prosecution.bilateral_investigations', b.recorded_by_agency_id, b.id, NULL::boolean, true, true,
      NULL, NULL, NULL, NULL, NULL
    FROM bilateral_investigations b
    WHERE b.started_on >= $1 AND b.started_on < $2
    UNION ALL
    SELECT 'prosecution.extraditions', x.recorded_by_agency_id, x.id, NULL::boolean, true, true,
      NULL, NULL, NULL, NULL, NULL
    FROM extradition_requests x
    WHERE x.status = 'granted' AND x.decided_on >= $1 AND x.decided_on < $2
  ),
  -- One row per unit and dimension it falls in, each unit once per cell; then plain counts. (Grouping
  -- sets with count(DISTINCT …) sorted the units once per set: three times slower.)
  per_cell AS (
    SELECT u.indicator, d.dimension, d.cell, u.consented, u.unit,
      bool_or(u.counts) AS counts, bool_or(u.complete) AS complete
    FROM units u, LATERAL (VALUES ('total', NULL), ('agency', u.agency_id::text), ('form_mexican_law', u.form),
      ('form_palermo', CASE WHEN u.form IS NULL THEN NULL WHEN u.form = 'unknown' THEN 'unknown'
                            ELSE coalesce($4 ->> u.form, 'none') END),
      ('state', u.state), ('nationality', u.nationality), ('sex', u.sex), ('service_type', u.service))
      AS d (dimension, cell)
    WHERE d.dimension = 'total' OR d.cell IS NOT NULL
    GROUP BY u.indicator, d.dimension, d.cell, u.consented, u.unit
  )
  SELECT indicator, dimension, cell, consented, count(*) FILTER (WHERE counts), count(*),
    count(*) FILTER (WHERE complete)
  FROM per_cell GROUP BY indicator, dimension, cell, consented
  $query$ USING period_start, period_end, as_of, palermo;
END $fn$;

-- Prison terms of the year's convictions (months; null while the court has not set one), with the
-- authority, for the distribution of sentence lengths.
CREATE FUNCTION enlace_statistics_sentences(period_start date, period_end date)
RETURNS TABLE (agency_id uuid, months integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT g.agency_id, v.prison_years * 12 + v.prison_months
  FROM verdicts v JOIN charges h ON h.id = v.charge_id JOIN legal_proceedings g ON g.id = h.proceeding_id
  WHERE v.outcome = 'conviction' AND v.decided_on >= period_start AND v.decided_on < period_end
    AND enlace_actor_computes_national_statistics()
$$;

-- The jurisdiction timelines of the cases opened in a period, as enlace_anonymous_jurisdiction_timelines
-- (0011) hands them over: no case, request id or free text.
CREATE FUNCTION enlace_statistics_jurisdiction_timelines(opened_from timestamptz, opened_before timestamptz)
RETURNS TABLE (opened_at timestamptz, opened_by uuid, decisions jsonb, transfers jsonb)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT v.opened_at, v.opened_by, v.decisions,
    coalesce((
      SELECT jsonb_agg(item.transfer || jsonb_build_object('id', item.n::text, 'reason', '', 'responseReason', NULL)
                       ORDER BY item.n)
      FROM jsonb_array_elements(v.transfers) WITH ORDINALITY AS item(transfer, n)
    ), '[]'::jsonb)
  FROM jurisdiction_timelines v
  WHERE v.opened_at >= opened_from AND v.opened_at < opened_before AND enlace_actor_computes_national_statistics()
$$;

REVOKE ALL ON FUNCTION enlace_actor_computes_national_statistics(),
  enlace_statistics_cells(date, date, date, jsonb), enlace_statistics_sentences(date, date),
  enlace_statistics_jurisdiction_timelines(timestamptz, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION enlace_actor_computes_national_statistics(),
  enlace_statistics_cells(date, date, date, jsonb), enlace_statistics_sentences(date, date),
  enlace_statistics_jurisdiction_timelines(timestamptz, timestamptz) TO enlace_app;
