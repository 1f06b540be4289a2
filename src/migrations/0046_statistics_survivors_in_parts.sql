-- The annual figures' survivor counts in parts (issue 8, performance; docs/benchmarks.md, "Annual
-- figures"). Migration 0043 split the cells into two halves that ran side by side, the second reading
-- the year's survivors again to count them by form. Now:
--   * enlace_statistics_survivor_cells(..., part, parts) counts everything about the year's survivors
--     (survivors identified in every breakdown, by form too; foreign survivors; unmet needs) for the
--     people of one part of `parts`. Every record of a person falls in the same part, so each person is
--     counted once, in one part, and the parts' rows add up to the whole: the engine runs the parts on
--     their own connections and adds them;
--   * enlace_statistics_services_justice_cells counts the rest (referrals, survivors assisted, shelter
--     use, protection measures and the legal track), as 0043's second half did without its survivors.
-- And people with a single record in the year, most of them, are counted without first being grouped
-- by person (their record is their tally), and a record's repeated need is dropped by its position
-- instead of by sorting all needs. enlace_statistics_cells returns the same rows as before (one part).

DROP FUNCTION enlace_statistics_survivor_cells(date, date, date, jsonb);
DROP FUNCTION enlace_statistics_forms_services_justice_cells(date, date, date, jsonb);

CREATE FUNCTION enlace_statistics_survivor_cells(period_start date, period_end date, as_of date, palermo jsonb,
  part integer, parts integer)
RETURNS TABLE (indicator text, dimension text, cell text,
               persons bigint, records bigint, candidates bigint, complete bigint,
               consented_persons bigint, consented_records bigint, consented_candidates bigint,
               consented_complete bigint)
-- work_mem: the units of a year at a million people are hashed in memory instead of spilling to disk.
-- enable_sort: the planner guesses a handful of rows out of grouping sets and sorts the tens of
-- thousands there are to group them; hashing them is cheaper (a sort still runs where nothing else can).
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public SET work_mem = '256MB'
  SET enable_sort = off AS $fn$
BEGIN
  IF parts IS NULL OR part IS NULL OR parts < 1 OR part < 0 OR part >= parts THEN
    RAISE EXCEPTION 'part % of % does not exist', part, parts USING ERRCODE = '22023';
  END IF;
  IF NOT enlace_actor_computes_national_statistics() THEN RETURN; END IF;
  -- EXECUTE plans with the year's dates known, where a SQL function's generic plan guesses.
  RETURN QUERY EXECUTE $query$
  -- The year's survivor records with the person linkage says each is (hashing the year's cases and
  -- survivors is cheaper than an index lookup for each). Materialized apart from the part's filter so that
  -- the filter cannot draw the planner into hashing every person and linkage record first.
  WITH year_survivors AS MATERIALIZED (
    SELECT p.id, p.case_id, p.recorded_by_agency_id AS agency_id, p.sex, p.nationality, p.needs, c.state_code,
      coalesce(l.cluster_id, p.id) AS person
    FROM cases c JOIN people p ON p.case_id = c.id
      LEFT JOIN linkage_records l ON l.person_id = p.id
    WHERE c.opened_on >= $1 AND c.opened_on < $2 AND p.role = 'survivor'
  ),
  -- The part's people (a person's records all fall in one part), each record with its consent and
  -- latest identification decision looked up by index (LIMIT 1 keeps the planner from hashing every
  -- consent or decision of every year).
  survivors AS MATERIALIZED (
    SELECT v.*, k.holds IS NOT NULL AS consented
    FROM year_survivors v
      LEFT JOIN LATERAL (SELECT d.status FROM identification_decisions d WHERE d.person_id = v.id
        ORDER BY d.decided_at DESC LIMIT 1) d ON true
      LEFT JOIN LATERAL (SELECT true AS holds FROM consents k WHERE k.case_id = v.case_id AND k.person_id = v.id
        AND enlace_statistics_consent_holds(k.scopes, k.given_on, k.revoked_on, $3) LIMIT 1) k ON true
    WHERE (uuid_hash(v.person) & 2147483647) % $6 = $5 AND d.status IS DISTINCT FROM 'not_a_victim'
  ),
  -- Services a person received, whichever of their records the referral was made for.
  served AS (
    SELECT DISTINCT coalesce(l.cluster_id, r.person_id) AS person, s.service_type
    FROM referrals r JOIN provider_services s ON s.id = r.service_id
      LEFT JOIN linkage_records l ON l.person_id = r.person_id
    WHERE r.status IN ('accepted', 'started', 'completed')
  ),
  -- Records flattened: each record's cells and flags, and whether its person has other records this
  -- year. A person with one record falls in one cell of each breakdown with that record's tallies, so
  -- only people with several records need grouping by person (about one record in five at a million).
  survivor_records AS MATERIALIZED (
    SELECT v.person, v.id, v.case_id, v.agency_id, coalesce(v.state_code, 'unknown') AS state, v.nationality,
      coalesce(v.sex, 'unknown') AS sex, v.consented, v.needs, v.state_code IS NOT NULL AS known_state,
      v.state_code IS NOT NULL AND v.sex IS NOT NULL AND v.nationality IS NOT NULL AS complete,
      v.nationality IS NOT NULL AS known_nationality, coalesce(v.nationality <> 'MX', false) AS foreign,
      count(*) OVER (PARTITION BY v.person) > 1 AS shared
    FROM survivors v
  ),
  survivor_people AS (
    SELECT GROUPING(s.agency_id, s.state, s.nationality, s.sex) AS breakdown,
      s.agency_id, s.state, s.nationality, s.sex,
      1 AS persons, count(*) AS records, count(*) FILTER (WHERE s.complete) AS complete,
      bool_or(s.consented)::int AS consented_persons,
      count(*) FILTER (WHERE s.consented) AS consented_records,
      count(*) FILTER (WHERE s.complete AND s.consented) AS consented_complete,
      bool_or(s.foreign)::int AS foreign_persons,
      count(*) FILTER (WHERE s.foreign) AS foreign_records,
      count(*) FILTER (WHERE s.known_nationality) AS known_nationality,
      bool_or(s.foreign AND s.consented)::int AS consented_foreign_persons,
      count(*) FILTER (WHERE s.foreign AND s.consented) AS consented_foreign,
      count(*) FILTER (WHERE s.known_nationality AND s.consented) AS consented_known_nationality
    FROM survivor_records s WHERE s.shared
    GROUP BY GROUPING SETS ((s.person), (s.person, s.agency_id), (s.person, s.state), (s.person, s.nationality),
      (s.person, s.sex))
    UNION ALL
    SELECT GROUPING(s.agency_id, s.state, s.nationality, s.sex) AS breakdown,
      s.agency_id, s.state, s.nationality, s.sex,
      count(*), count(*), count(*) FILTER (WHERE s.complete),
      count(*) FILTER (WHERE s.consented), count(*) FILTER (WHERE s.consented),
      count(*) FILTER (WHERE s.complete AND s.consented),
      count(*) FILTER (WHERE s.foreign), count(*) FILTER (WHERE s.foreign),
      count(*) FILTER (WHERE s.known_nationality),
      count(*) FILTER (WHERE s.foreign AND s.consented), count(*) FILTER (WHERE s.foreign AND s.consented),
      count(*) FILTER (WHERE s.known_nationality AND s.consented)
    FROM survivor_records s WHERE NOT s.shared
    GROUP BY GROUPING SETS ((), (s.agency_id), (s.state), (s.nationality), (s.sex))
    -- The total of a year without such people is no row, as for every other indicator.
    HAVING count(*) > 0
  ),
  survivor_cells AS (
    SELECT p.breakdown, p.agency_id, p.state, p.nationality, p.sex,
      sum(p.persons)::bigint AS persons, sum(p.records)::bigint AS records, sum(p.complete)::bigint AS complete,
      sum(p.consented_persons)::bigint AS consented_persons,
      sum(p.consented_records)::bigint AS consented_records, sum(p.consented_complete)::bigint AS consented_complete,
      sum(p.foreign_persons)::bigint AS foreign_persons,
      sum(p.foreign_records)::bigint AS foreign_records, sum(p.known_nationality)::bigint AS known_nationality,
      sum(p.consented_foreign_persons)::bigint AS consented_foreign_persons,
      sum(p.consented_foreign)::bigint AS consented_foreign,
      sum(p.consented_known_nationality)::bigint AS consented_known_nationality
    FROM survivor_people p GROUP BY p.breakdown, p.agency_id, p.state, p.nationality, p.sex
  ),
  -- Each unmet need (a need of a kind of service none of the person's records was served) of each
  -- record, once however often the record's list repeats it (kept at its first position).
  unmet AS (
    SELECT s.person, n.need, s.agency_id, s.state, s.known_state, s.consented, s.shared
    FROM survivor_records s, unnest(s.needs) WITH ORDINALITY n (need, position)
    WHERE n.position = array_position(s.needs, n.need)
      AND NOT EXISTS (SELECT 1 FROM served v WHERE v.person = s.person AND v.service_type = n.need)
  ),
  -- Each person's unmet need once in each cell (GROUPING: 3 total and service type, 1 agency, 2 state)
  -- with the tallies of their records that have it; people with one record as they are.
  need_people AS (
    SELECT GROUPING(n.agency_id, n.state) AS breakdown, n.need, n.agency_id, n.state,
      1 AS persons, count(*) AS records, count(*) FILTER (WHERE n.known_state) AS complete,
      bool_or(n.consented)::int AS consented_persons,
      count(*) FILTER (WHERE n.consented) AS consented_records,
      count(*) FILTER (WHERE n.known_state AND n.consented) AS consented_complete
    FROM unmet n WHERE n.shared
    GROUP BY GROUPING SETS ((n.person, n.need), (n.person, n.need, n.agency_id), (n.person, n.need, n.state))
    UNION ALL
    SELECT GROUPING(n.agency_id, n.state) AS breakdown, n.need, n.agency_id, n.state,
      count(*), count(*), count(*) FILTER (WHERE n.known_state),
      count(*) FILTER (WHERE n.consented), count(*) FILTER (WHERE n.consented),
      count(*) FILTER (WHERE n.known_state AND n.consented)
    FROM unmet n WHERE NOT n.shared
    GROUP BY GROUPING SETS ((n.need), (n.need, n.agency_id), (n.need, n.state))
  ),
  -- Unmet needs by kind of service in each cell: a person's need is of one kind, so the cells of every
  -- kind add up to the cell of all kinds.
  need_cells AS (
    SELECT p.breakdown, p.need, p.agency_id, p.state, sum(p.persons) AS persons, sum(p.records) AS records,
      sum(p.complete) AS complete, sum(p.consented_persons) AS consented_persons,
      sum(p.consented_records) AS consented_records, sum(p.consented_complete) AS consented_complete
    FROM need_people p GROUP BY p.breakdown, p.need, p.agency_id, p.state
  ),
  -- Survivors by form: each record once per form and per Palermo purpose (two forms may share one),
  -- then each person once per cell; people with one record as they are.
  form_records AS (
    SELECT DISTINCT d.dimension, d.cell, s.id, s.person, s.consented, s.complete, s.shared
    FROM survivor_records s JOIN exploitations e ON e.case_id = s.case_id AND e.person_id = s.id,
      unnest(e.forms) f,
      LATERAL (VALUES ('form_mexican_law', f), ('form_palermo', coalesce($4 ->> f, 'none'))) d (dimension, cell)
  ),
  form_people AS (
    SELECT r.dimension, r.cell, 1 AS persons, count(*) AS records, count(*) FILTER (WHERE r.complete) AS complete,
      bool_or(r.consented)::int AS consented_persons, count(*) FILTER (WHERE r.consented) AS consented_records,
      count(*) FILTER (WHERE r.complete AND r.consented) AS consented_complete
    FROM form_records r WHERE r.shared GROUP BY r.dimension, r.cell, r.person
    UNION ALL
    SELECT r.dimension, r.cell, count(*), count(*), count(*) FILTER (WHERE r.complete),
      count(*) FILTER (WHERE r.consented), count(*) FILTER (WHERE r.consented),
      count(*) FILTER (WHERE r.complete AND r.consented)
    FROM form_records r WHERE NOT r.shared GROUP BY r.dimension, r.cell
  ),
  counted_directly (indicator, dimension, cell, persons, records, candidates, complete, consented_persons,
      consented_records, consented_candidates, consented_complete) AS (
    SELECT 'protection.survivors_identified' AS indicator, b.dimension, b.cell, s.persons, s.records,
      s.records AS candidates, s.complete, s.consented_persons, s.consented_records,
      s.consented_records AS consented_candidates, s.consented_complete
    FROM survivor_cells s JOIN (VALUES (15, 'total'), (7, 'agency'), (11, 'state'), (13, 'nationality'),
      (14, 'sex')) b0 (breakdown, dimension) ON b0.breakdown = s.breakdown,
      LATERAL (SELECT b0.dimension, CASE b0.dimension WHEN 'agency' THEN s.agency_id::text
        WHEN 'state' THEN s.state WHEN 'nationality' THEN coalesce(s.nationality, 'unknown')
        WHEN 'sex' THEN s.sex END) b (dimension, cell)
    UNION ALL
    SELECT 'protection.foreign_survivors', b.dimension, b.cell, s.foreign_persons, s.foreign_records,
      s.records, s.known_nationality, s.consented_foreign_persons, s.consented_foreign, s.consented_records,
      s.consented_known_nationality
    FROM survivor_cells s JOIN (VALUES (15, 'total'), (7, 'agency'), (13, 'nationality'))
      b0 (breakdown, dimension) ON b0.breakdown = s.breakdown,
      LATERAL (SELECT b0.dimension, CASE b0.dimension WHEN 'agency' THEN s.agency_id::text
        WHEN 'nationality' THEN s.nationality END) b (dimension, cell)
    WHERE b.dimension <> 'nationality' OR s.nationality IS NOT NULL
    UNION ALL
    SELECT 'protection.unmet_needs', b.dimension, b.cell, sum(n.persons)::bigint, sum(n.records)::bigint,
      sum(n.records)::bigint, sum(n.complete)::bigint, sum(n.consented_persons)::bigint,
      sum(n.consented_records)::bigint, sum(n.consented_records)::bigint, sum(n.consented_complete)::bigint
    FROM need_cells n JOIN (VALUES (3, 'total'), (3, 'service_type'), (1, 'agency'), (2, 'state'))
      b0 (breakdown, dimension) ON b0.breakdown = n.breakdown,
      LATERAL (SELECT b0.dimension, CASE b0.dimension WHEN 'service_type' THEN n.need
        WHEN 'agency' THEN n.agency_id::text WHEN 'state' THEN n.state END) b (dimension, cell)
    GROUP BY b.dimension, b.cell
    UNION ALL
    SELECT 'protection.survivors_identified', p.dimension, p.cell, sum(p.persons)::bigint, sum(p.records)::bigint,
      sum(p.records)::bigint, sum(p.complete)::bigint, sum(p.consented_persons)::bigint,
      sum(p.consented_records)::bigint, sum(p.consented_records)::bigint, sum(p.consented_complete)::bigint
    FROM form_people p GROUP BY p.dimension, p.cell
  )
  SELECT * FROM counted_directly
  $query$ USING period_start, period_end, as_of, palermo, part, parts;
END $fn$;

CREATE FUNCTION enlace_statistics_services_justice_cells(period_start date, period_end date, as_of date,
  palermo jsonb)
RETURNS TABLE (indicator text, dimension text, cell text,
               persons bigint, records bigint, candidates bigint, complete bigint,
               consented_persons bigint, consented_records bigint, consented_candidates bigint,
               consented_complete bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public SET work_mem = '256MB'
  SET enable_sort = off AS $fn$
BEGIN
  IF NOT enlace_actor_computes_national_statistics() THEN RETURN; END IF;
  -- EXECUTE plans with the year's dates known, where a SQL function's generic plan guesses.
  RETURN QUERY EXECUTE $query$
  WITH proceedings AS (
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
      coalesce(l.cluster_id, m.person_id) AS person,
      k.holds IS NOT NULL AS consented
    FROM protection_measures m CROSS JOIN LATERAL (SELECT p.nationality FROM people p WHERE p.id = m.person_id
        OFFSET 0) p
      LEFT JOIN LATERAL (SELECT l.cluster_id FROM linkage_records l WHERE l.person_id = m.person_id OFFSET 0) l ON true
      LEFT JOIN LATERAL (SELECT true AS holds FROM consents k WHERE k.case_id = m.case_id AND k.person_id = m.person_id
        AND enlace_statistics_consent_holds(k.scopes, k.given_on, k.revoked_on, $3) LIMIT 1) k ON true
    WHERE m.kind IN ('immigration_relief', 'repatriation')
      AND m.resolved_on >= $1 AND m.resolved_on < $2
  ),
  sent_referrals AS (
    SELECT r.id, r.person_id, r.from_agency_id, r.provider_agency_id, r.status, r.escalated_at, s.service_type,
      c.state_code, coalesce(l.cluster_id, r.person_id) AS person,
      k.holds IS NOT NULL AS consented
    FROM referrals r JOIN provider_services s ON s.id = r.service_id JOIN cases c ON c.id = r.case_id
      LEFT JOIN linkage_records l ON l.person_id = r.person_id
      LEFT JOIN LATERAL (SELECT true AS holds FROM consents k WHERE k.case_id = r.case_id AND k.person_id = r.person_id
        AND enlace_statistics_consent_holds(k.scopes, k.given_on, k.revoked_on, $3) LIMIT 1) k ON true
    WHERE r.sent_at >= $1 AND r.sent_at < $2
  ),
  -- Referral counts: each referral falls once in each cell (GROUPING: 7 total, 3 agency, 5 state,
  -- 6 service type).
  referral_cells AS (
    SELECT GROUPING(r.from_agency_id, r.state, r.service_type) AS breakdown, r.from_agency_id, r.state,
      r.service_type, count(*) AS referrals, count(*) FILTER (WHERE r.consented) AS consented,
      count(*) FILTER (WHERE r.accepted) AS accepted,
      count(*) FILTER (WHERE r.accepted AND r.consented) AS consented_accepted,
      count(*) FILTER (WHERE r.overdue) AS overdue,
      count(*) FILTER (WHERE r.overdue AND r.consented) AS consented_overdue
    FROM (SELECT s.from_agency_id, coalesce(s.state_code, 'unknown') AS state, s.service_type, s.consented,
            s.status IN ('accepted', 'started', 'completed') AS accepted, s.escalated_at IS NOT NULL AS overdue
          FROM sent_referrals s) r
    GROUP BY GROUPING SETS ((), (r.from_agency_id), (r.state), (r.service_type))
    -- The total of a year without referrals is no row, as for every other indicator.
    HAVING count(*) > 0
  ),
  counted_directly (indicator, dimension, cell, persons, records, candidates, complete, consented_persons,
      consented_records, consented_candidates, consented_complete) AS (
    SELECT x.indicator, b.dimension, b.cell, x.counted, x.counted, r.referrals, r.referrals, x.consented_counted,
      x.consented_counted, r.consented, r.consented
    FROM referral_cells r JOIN (VALUES (7, 'total'), (3, 'agency'), (5, 'state'), (6, 'service_type'))
      b0 (breakdown, dimension) ON b0.breakdown = r.breakdown,
      LATERAL (SELECT b0.dimension, CASE b0.dimension WHEN 'agency' THEN r.from_agency_id::text
        WHEN 'state' THEN r.state WHEN 'service_type' THEN r.service_type END) b (dimension, cell),
      LATERAL (VALUES ('protection.referrals_made', r.referrals, r.consented),
        ('protection.referrals_accepted', r.accepted, r.consented_accepted),
        ('protection.referrals_overdue', r.overdue, r.consented_overdue)) x (indicator, counted, consented_counted)
  ),
  -- The other indicators, where a unit (a proceeding with two forms, a person with two referrals) may
  -- fall in a cell more than once: one row per unit and cell it falls in, each indicator expanding only
  -- the dimensions it has. `person` is whom the unit is about once linkage has told people apart (the
  -- unit itself where the indicator counts no survivor).
  -- Units about survivors: each person once per cell, counting when one of their records counts.
  survivor_units (indicator, dimension, cell, unit, person, consented, counts, complete) AS (
    SELECT CASE m.kind WHEN 'immigration_relief' THEN 'protection.immigration_relief'
      ELSE 'protection.repatriations' END, d.dimension, d.cell, m.person_id, m.person, m.consented, true,
      m.nationality IS NOT NULL
    FROM measures m, LATERAL (VALUES ('total', NULL), ('agency', m.agency_id::text),
      ('nationality', coalesce(m.nationality, 'unknown'))) d (dimension, cell)
    WHERE m.status IN ('granted', 'completed')
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
  ),
  -- Units that are themselves what is counted (proceedings, suspects, bilateral investigations,
  -- extraditions): no consent and no person to tell apart, so each unit once per cell.
  record_units (indicator, dimension, cell, unit, counts, complete) AS (
    SELECT x.indicator, d.dimension, d.cell, g.id, true,
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
    SELECT x.indicator, d.dimension, d.cell, v.person_id, true,
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
    SELECT 'prosecution.officials_investigated', d.dimension, d.cell, o.person_id, true, g.state_code IS NOT NULL
    FROM proceedings g JOIN official_suspects o ON o.case_id = g.case_id,
      LATERAL (VALUES ('total', NULL), ('agency', g.agency_id::text), ('state', coalesce(g.state_code, 'unknown')))
        d (dimension, cell)
    WHERE g.investigation_opened_on >= $1 AND g.investigation_opened_on < $2
    UNION ALL
    SELECT 'prosecution.officials_prosecuted', d.dimension, d.cell, o.person_id, true, g.state_code IS NOT NULL
    FROM proceedings g JOIN official_suspects o ON o.case_id = g.case_id,
      LATERAL (VALUES ('total', NULL), ('agency', g.agency_id::text), ('state', coalesce(g.state_code, 'unknown')))
        d (dimension, cell)
    WHERE g.prosecution_initiated_on >= $1 AND g.prosecution_initiated_on < $2
      AND EXISTS (SELECT 1 FROM charges h WHERE h.proceeding_id = g.id AND h.person_id = o.person_id)
    UNION ALL
    SELECT 'prosecution.bilateral_investigations', d.dimension, d.cell, b.id, true, true
    FROM bilateral_investigations b,
      LATERAL (VALUES ('total', NULL), ('agency', b.recorded_by_agency_id::text)) d (dimension, cell)
    WHERE b.started_on >= $1 AND b.started_on < $2
    UNION ALL
    SELECT 'prosecution.extraditions', d.dimension, d.cell, x.id, true, true
    FROM extradition_requests x,
      LATERAL (VALUES ('total', NULL), ('agency', x.recorded_by_agency_id::text)) d (dimension, cell)
    WHERE x.status = 'granted' AND x.decided_on >= $1 AND x.decided_on < $2
  ),
  per_record AS (
    SELECT u.indicator, u.dimension, u.cell, u.unit, u.person, u.consented,
      bool_or(u.counts) AS counts, bool_or(u.complete) AS complete
    FROM survivor_units u GROUP BY u.indicator, u.dimension, u.cell, u.unit, u.person, u.consented
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
  ),
  per_unit AS (
    SELECT u.indicator, u.dimension, u.cell, bool_or(u.counts) AS counts, bool_or(u.complete) AS complete
    FROM record_units u GROUP BY u.indicator, u.dimension, u.cell, u.unit
  )
  SELECT p.indicator, p.dimension, p.cell, count(*) FILTER (WHERE p.counts), sum(p.records)::bigint,
    sum(p.candidates)::bigint, sum(p.complete)::bigint, count(*) FILTER (WHERE p.consented_counts),
    sum(p.consented_records)::bigint, sum(p.consented_candidates)::bigint, sum(p.consented_complete)::bigint
  FROM per_person p GROUP BY p.indicator, p.dimension, p.cell
  UNION ALL
  SELECT u.indicator, u.dimension, u.cell, count(*) FILTER (WHERE u.counts), count(*) FILTER (WHERE u.counts),
    count(*), count(*) FILTER (WHERE u.complete), 0, 0, 0, 0
  FROM per_unit u GROUP BY u.indicator, u.dimension, u.cell
  UNION ALL
  SELECT * FROM counted_directly
  $query$ USING period_start, period_end, as_of, palermo;
END $fn$;

CREATE OR REPLACE FUNCTION enlace_statistics_cells(period_start date, period_end date, as_of date, palermo jsonb)
RETURNS TABLE (indicator text, dimension text, cell text,
               persons bigint, records bigint, candidates bigint, complete bigint,
               consented_persons bigint, consented_records bigint, consented_candidates bigint,
               consented_complete bigint)
LANGUAGE sql STABLE SET search_path = public AS $$
  SELECT * FROM enlace_statistics_survivor_cells(period_start, period_end, as_of, palermo, 0, 1)
  UNION ALL
  SELECT * FROM enlace_statistics_services_justice_cells(period_start, period_end, as_of, palermo)
$$;

REVOKE ALL ON FUNCTION enlace_statistics_survivor_cells(date, date, date, jsonb, integer, integer),
  enlace_statistics_services_justice_cells(date, date, date, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION enlace_statistics_survivor_cells(date, date, date, jsonb, integer, integer),
  enlace_statistics_services_justice_cells(date, date, date, jsonb) TO enlace_app;
