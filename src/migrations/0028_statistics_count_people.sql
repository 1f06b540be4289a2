-- Statistics count people, not records (issues 7 and 8): indicators whose unit is a survivor count the
-- person clusters of record linkage (0022), each record not linked yet counting alone. The rule for
-- consent within a cluster: consent for statistics is evaluated for each record first, then people are
-- told apart among the records that may count (docs/statistics.md, "Counting people"). Also faster:
-- a year's cases are found by date, and consent is looked up once per record through an inlined rule.

-- A year's survivors are found through the cases opened in it instead of reading every person.
CREATE INDEX cases_opened_on_idx ON cases (opened_on);

-- The rule of src/modules/consent/statistics-use.ts (statisticsConsentInForce) for one consent record:
-- an expression the planner inlines, so that the figures join consents instead of calling a function
-- per person. enlace_statistics_consent_in_force uses it too, and a test holds it to the TypeScript.
CREATE FUNCTION enlace_statistics_consent_holds(scopes text[], given_on date, revoked_on date, as_of date)
RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT 'statistics' = ANY (scopes) AND given_on <= as_of AND (revoked_on IS NULL OR revoked_on > as_of)
$$;

CREATE OR REPLACE FUNCTION enlace_statistics_consent_in_force(target_case uuid, target_person uuid, as_of date)
RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM consents k WHERE k.case_id = target_case AND k.person_id = target_person
    AND enlace_statistics_consent_holds(k.scopes, k.given_on, k.revoked_on, as_of))
$$;

-- The cells now say, for each (indicator, dimension, cell), how many people (`persons`: distinct person
-- clusters for survivor indicators, units otherwise) and records count, how many records were
-- candidates and how many of those were complete — over every record and over the records with consent
-- for statistics in force (`consented_*`, zero for indicators that count no survivor). People are told
-- apart within each cell: a person seen by two agencies is one in each agency's cell and one in the
-- total, so agency cells do not add up to the total.
DROP FUNCTION enlace_statistics_cells(date, date, date, jsonb);

CREATE FUNCTION enlace_statistics_cells(period_start date, period_end date, as_of date, palermo jsonb)
RETURNS TABLE (indicator text, dimension text, cell text,
               persons bigint, records bigint, candidates bigint, complete bigint,
               consented_persons bigint, consented_records bigint, consented_candidates bigint,
               consented_complete bigint)
-- work_mem: the units of a year at a million people are hashed in memory instead of spilling to disk.
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public SET work_mem = '256MB' AS $fn$
BEGIN
  IF NOT enlace_actor_computes_national_statistics() THEN RETURN; END IF;
  -- EXECUTE plans with the year's dates known, where a SQL function's generic plan guesses.
  RETURN QUERY EXECUTE $query$
  WITH consented_records AS (
    SELECT DISTINCT k.case_id, k.person_id FROM consents k
    WHERE enlace_statistics_consent_holds(k.scopes, k.given_on, k.revoked_on, $3)
  ),
  not_victims AS (
    SELECT d.person_id FROM (
      SELECT DISTINCT ON (d.person_id) d.person_id, d.status FROM identification_decisions d
      ORDER BY d.person_id, d.decided_at DESC) d
    WHERE d.status = 'not_a_victim'
  ),
  survivors AS (
    SELECT p.id, p.case_id, p.recorded_by_agency_id AS agency_id, p.sex, p.nationality, p.needs, c.state_code,
      coalesce(l.cluster_id, p.id) AS person, g.person_id IS NOT NULL AS consented
    FROM cases c JOIN people p ON p.case_id = c.id
      LEFT JOIN linkage_records l ON l.person_id = p.id
      LEFT JOIN consented_records g ON g.case_id = p.case_id AND g.person_id = p.id
    WHERE c.opened_on >= $1 AND c.opened_on < $2 AND p.role = 'survivor'
      AND NOT EXISTS (SELECT 1 FROM not_victims n WHERE n.person_id = p.id)
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
    SELECT m.kind, m.status, m.recorded_by_agency_id AS agency_id, p.nationality, m.person_id,
      coalesce(l.cluster_id, m.person_id) AS person, g.person_id IS NOT NULL AS consented
    FROM protection_measures m JOIN people p ON p.id = m.person_id
      LEFT JOIN linkage_records l ON l.person_id = m.person_id
      LEFT JOIN consented_records g ON g.case_id = m.case_id AND g.person_id = m.person_id
    WHERE m.kind IN ('immigration_relief', 'repatriation')
      AND m.resolved_on >= $1 AND m.resolved_on < $2
  ),
  sent_referrals AS (
    SELECT r.id, r.person_id, r.from_agency_id, r.provider_agency_id, r.status, r.escalated_at, s.service_type,
      c.state_code, coalesce(l.cluster_id, r.person_id) AS person, g.person_id IS NOT NULL AS consented
    FROM referrals r JOIN provider_services s ON s.id = r.service_id JOIN cases c ON c.id = r.case_id
      LEFT JOIN linkage_records l ON l.person_id = r.person_id
      LEFT JOIN consented_records g ON g.case_id = r.case_id AND g.person_id = r.person_id
    WHERE r.sent_at >= $1 AND r.sent_at < $2
  ),
  -- Services a person received, whichever of their records the referral was made for.
  served AS (
    SELECT DISTINCT coalesce(l.cluster_id, r.person_id) AS person, s.service_type
    FROM referrals r JOIN provider_services s ON s.id = r.service_id
      LEFT JOIN linkage_records l ON l.person_id = r.person_id
    WHERE r.status IN ('accepted', 'started', 'completed')
  ),
  -- One row per counted unit (a record, referral, proceeding…) and cell it falls in; each indicator
  -- expands only the dimensions it has. `person` is whom the unit is about once linkage has told
  -- people apart (the unit itself where the indicator counts no survivor).
  units (indicator, dimension, cell, unit, person, consented, counts, complete) AS (
    SELECT 'protection.survivors_identified', d.dimension, d.cell, s.id, s.person, s.consented, true,
      s.state_code IS NOT NULL AND s.sex IS NOT NULL AND s.nationality IS NOT NULL
    FROM survivors s, LATERAL (VALUES ('total', NULL), ('agency', s.agency_id::text),
      ('state', coalesce(s.state_code, 'unknown')), ('nationality', coalesce(s.nationality, 'unknown')),
      ('sex', coalesce(s.sex, 'unknown'))) d (dimension, cell)
    UNION ALL
    SELECT 'protection.survivors_identified', d.dimension, d.cell, s.id, s.person, s.consented, true,
      s.state_code IS NOT NULL AND s.sex IS NOT NULL AND s.nationality IS NOT NULL
    FROM survivors s JOIN exploitations e ON e.case_id = s.case_id AND e.person_id = s.id, unnest(e.forms) f,
      LATERAL (VALUES ('form_mexican_law', f), ('form_palermo', coalesce($4 ->> f, 'none'))) d (dimension, cell)
    UNION ALL
    SELECT 'protection.foreign_survivors', d.dimension, d.cell, s.id, s.person, s.consented,
      s.nationality IS NOT NULL AND s.nationality <> 'MX', s.nationality IS NOT NULL
    FROM survivors s, LATERAL (VALUES ('total', NULL), ('agency', s.agency_id::text),
      ('nationality', s.nationality)) d (dimension, cell)
    WHERE d.cell IS NOT NULL OR d.dimension = 'total'
    UNION ALL
    SELECT 'protection.unmet_needs', d.dimension, d.cell, md5(s.id::text || need)::uuid,
      md5(s.person::text || need)::uuid, s.consented, true, s.state_code IS NOT NULL
    FROM survivors s, unnest(s.needs) need, LATERAL (VALUES ('total', NULL), ('agency', s.agency_id::text),
      ('state', coalesce(s.state_code, 'unknown')), ('service_type', need)) d (dimension, cell)
    WHERE NOT EXISTS (SELECT 1 FROM served v WHERE v.person = s.person AND v.service_type = need)
    UNION ALL
    SELECT CASE m.kind WHEN 'immigration_relief' THEN 'protection.immigration_relief'
      ELSE 'protection.repatriations' END, d.dimension, d.cell, m.person_id, m.person, m.consented, true,
      m.nationality IS NOT NULL
    FROM measures m, LATERAL (VALUES ('total', NULL), ('agency', m.agency_id::text),
      ('nationality', coalesce(m.nationality, 'unknown'))) d (dimension, cell)
    WHERE m.status IN ('granted', 'completed')
    UNION ALL
    SELECT x.indicator, d.dimension, d.cell, r.id, r.id, r.consented, x.counts, true
    FROM sent_referrals r, LATERAL (VALUES ('protection.referrals_made', true),
      ('protection.referrals_accepted', r.status IN ('accepted', 'started', 'completed')),
      ('protection.referrals_overdue', r.escalated_at IS NOT NULL)) x (indicator, counts),
      LATERAL (VALUES ('total', NULL), ('agency', r.from_agency_id::text),
        ('state', coalesce(r.state_code, 'unknown')), ('service_type', r.service_type)) d (dimension, cell)
    UNION ALL
    SELECT 'protection.survivors_assisted', d.dimension, d.cell, r.person_id, r.person, r.consented,
      r.status IN ('accepted', 'started', 'completed'), true
    FROM sent_referrals r, LATERAL (VALUES ('total', NULL), ('agency', r.provider_agency_id::text),
      ('state', coalesce(r.state_code, 'unknown')), ('service_type', r.service_type)) d (dimension, cell)
    UNION ALL
    SELECT 'protection.shelter_use', d.dimension, d.cell, r.person_id, r.person, r.consented,
      r.status IN ('accepted', 'started', 'completed'), true
    FROM sent_referrals r, LATERAL (VALUES ('total', NULL), ('agency', r.provider_agency_id::text),
      ('state', coalesce(r.state_code, 'unknown'))) d (dimension, cell)
    WHERE r.service_type = 'shelter'
    UNION ALL
    SELECT x.indicator, d.dimension, d.cell, g.id, g.id, NULL::boolean, true,
      f.form IS NOT NULL AND g.state_code IS NOT NULL
    FROM proceedings g, unnest(g.forms) f (form),
      LATERAL (SELECT 'prosecution.investigations' WHERE g.investigation_opened_on >= $1
                 AND g.investigation_opened_on < $2
               UNION ALL
               SELECT 'prosecution.prosecutions' WHERE g.prosecution_initiated_on >= $1
                 AND g.prosecution_initiated_on < $2) x (indicator),
      LATERAL (VALUES ('total', NULL), ('agency', g.agency_id::text),
        ('form_mexican_law', coalesce(f.form, 'unknown')),
        ('form_palermo', CASE WHEN f.form IS NULL THEN 'unknown' ELSE coalesce($4 ->> f.form, 'none') END),
        ('state', coalesce(g.state_code, 'unknown'))) d (dimension, cell)
    UNION ALL
    SELECT x.indicator, d.dimension, d.cell, v.person_id, v.person_id, NULL::boolean, true,
      v.state_code IS NOT NULL
    FROM verdicts_in_year v,
      LATERAL (SELECT CASE v.outcome WHEN 'conviction' THEN 'prosecution.convictions'
                      ELSE 'prosecution.acquittals' END
               UNION ALL
               SELECT 'prosecution.officials_convicted' WHERE v.official AND v.outcome = 'conviction') x (indicator),
      LATERAL (VALUES ('total', NULL), ('agency', v.agency_id::text), ('form_mexican_law', v.form),
        ('form_palermo', coalesce($4 ->> v.form, 'none')), ('state', coalesce(v.state_code, 'unknown')))
        d (dimension, cell)
    UNION ALL
    SELECT 'prosecution.officials_investigated', d.dimension, d.cell, o.person_id, o.person_id, NULL::boolean,
      true, g.state_code IS NOT NULL
    FROM proceedings g JOIN official_suspects o ON o.case_id = g.case_id,
      LATERAL (VALUES ('total', NULL), ('agency', g.agency_id::text), ('state', coalesce(g.state_code, 'unknown')))
        d (dimension, cell)
    WHERE g.investigation_opened_on >= $1 AND g.investigation_opened_on < $2
    UNION ALL
    SELECT 'prosecution.officials_prosecuted', d.dimension, d.cell, o.person_id, o.person_id, NULL::boolean,
      true, g.state_code IS NOT NULL
    FROM proceedings g JOIN official_suspects o ON o.case_id = g.case_id,
      LATERAL (VALUES ('total', NULL), ('agency', g.agency_id::text), ('state', coalesce(g.state_code, 'unknown')))
        d (dimension, cell)
    WHERE g.prosecution_initiated_on >= $1 AND g.prosecution_initiated_on < $2
      AND EXISTS (SELECT 1 FROM charges h WHERE h.proceeding_id = g.id AND h.person_id = o.person_id)
    UNION ALL
    SELECT 'prosecution.bilateral_investigations', d.dimension, d.cell, b.id, b.id, NULL::boolean, true, true
    FROM bilateral_investigations b,
      LATERAL (VALUES ('total', NULL), ('agency', b.recorded_by_agency_id::text)) d (dimension, cell)
    WHERE b.started_on >= $1 AND b.started_on < $2
    UNION ALL
    SELECT 'prosecution.extraditions', d.dimension, d.cell, x.id, x.id, NULL::boolean, true, true
    FROM extradition_requests x,
      LATERAL (VALUES ('total', NULL), ('agency', x.recorded_by_agency_id::text)) d (dimension, cell)
    WHERE x.status = 'granted' AND x.decided_on >= $1 AND x.decided_on < $2
  ),
  -- Each unit once per cell (a survivor with two forms of one Palermo purpose, a person with two
  -- referrals); then each person once per cell, counting when one of their records counts — over
  -- every record, and over those with consent — and then plain counts. (Grouping sets with
  -- count(DISTINCT …) sorted the units once per set: three times slower.)
  per_record AS (
    SELECT u.indicator, u.dimension, u.cell, u.unit, u.person, u.consented,
      bool_or(u.counts) AS counts, bool_or(u.complete) AS complete
    FROM units u GROUP BY u.indicator, u.dimension, u.cell, u.unit, u.person, u.consented
  ),
  per_person AS (
    SELECT r.indicator, r.dimension, r.cell,
      bool_or(r.counts) AS counts, bool_or(r.counts AND r.consented) AS consented_counts,
      count(*) FILTER (WHERE r.counts) AS records, count(*) AS candidates,
      count(*) FILTER (WHERE r.complete) AS complete,
      count(*) FILTER (WHERE r.counts AND r.consented) AS consented_records,
      count(*) FILTER (WHERE r.consented) AS consented_candidates,
      count(*) FILTER (WHERE r.complete AND r.consented) AS consented_complete
    FROM per_record r GROUP BY r.indicator, r.dimension, r.cell, r.person
  )
  SELECT p.indicator, p.dimension, p.cell, count(*) FILTER (WHERE p.counts), sum(p.records)::bigint,
    sum(p.candidates)::bigint, sum(p.complete)::bigint, count(*) FILTER (WHERE p.consented_counts),
    sum(p.consented_records)::bigint, sum(p.consented_candidates)::bigint, sum(p.consented_complete)::bigint
  FROM per_person p GROUP BY p.indicator, p.dimension, p.cell
  $query$ USING period_start, period_end, as_of, palermo;
END $fn$;

REVOKE ALL ON FUNCTION enlace_statistics_cells(date, date, date, jsonb),
  enlace_statistics_consent_holds(text[], date, date, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION enlace_statistics_cells(date, date, date, jsonb),
  enlace_statistics_consent_holds(text[], date, date, date) TO enlace_app;
