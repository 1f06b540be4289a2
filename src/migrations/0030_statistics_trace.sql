-- Tracing a figure to the records behind it (issue 8 §2). enlace_statistics_trace selects the units one
-- indicator (and optionally one breakdown cell) counts for a year, by the SAME predicates as
-- enlace_statistics_cells (0021): its `units` CTE is that function's, with each unit's case, record type
-- and date added. Whoever changes the counting rules of enlace_statistics_cells (e.g. 0028, counting
-- distinct persons) must change them here too; test/statistics/figure-trace.db.test.ts fails when the
-- traced units of an indicator no longer add up to its figure.
--
-- What the caller receives: national figure readers (statisticians, the commission's supervisors)
-- receive every unit as a de-identified reference (case id and reference, agency, date — never a
-- person, name or free text); case workers receive the units of the cases they may see (the cases
-- row-level policy, enlace_case_visible) and only a count of the others; anyone else, nothing.
-- Rows are paged after `after_unit` in unit order; every row repeats the totals (a single row with
-- null unit when the page is empty).
CREATE FUNCTION enlace_statistics_trace(period_start date, period_end date, as_of date, palermo jsonb,
  traced_indicator text, traced_dimension text, traced_cell text, include_unconsented boolean,
  after_unit uuid, page_size integer)
RETURNS TABLE (unit uuid, record_type text, case_id uuid, case_reference text, agency_id uuid,
               recorded_on date, traced bigint, hidden bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public SET work_mem = '256MB' AS $fn$
DECLARE
  national boolean := enlace_actor_computes_national_statistics();
BEGIN
  IF NOT (national OR enlace_actor_works_cases()) THEN RETURN; END IF;
  RETURN QUERY EXECUTE $query$
  WITH survivors AS (
    SELECT p.id, p.case_id, p.recorded_by_agency_id AS agency_id, p.sex, p.nationality, p.needs, c.state_code,
      c.opened_on, enlace_statistics_consent_in_force(p.case_id, p.id, $3) AS consented
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
    SELECT v.outcome, h.person_id, h.form, g.agency_id, c.state_code, v.case_id, v.decided_on,
      coalesce(r.public_official, false) AS official
    FROM verdicts v JOIN charges h ON h.id = v.charge_id JOIN legal_proceedings g ON g.id = h.proceeding_id
      JOIN cases c ON c.id = v.case_id LEFT JOIN suspect_roles r ON r.person_id = h.person_id
    WHERE v.decided_on >= $1 AND v.decided_on < $2
  ),
  official_suspects AS (
    SELECT r.person_id, r.case_id FROM suspect_roles r WHERE r.public_official
  ),
  measures AS (
    SELECT m.id, m.kind, m.status, m.recorded_by_agency_id AS agency_id, p.nationality, m.case_id, m.resolved_on,
      enlace_statistics_consent_in_force(m.case_id, m.person_id, $3) AS consented, m.person_id
    FROM protection_measures m JOIN people p ON p.id = m.person_id
    WHERE m.kind IN ('immigration_relief', 'repatriation')
      AND m.resolved_on >= $1 AND m.resolved_on < $2
  ),
  sent_referrals AS (
    SELECT r.id, r.person_id, r.from_agency_id, r.provider_agency_id, r.status, r.escalated_at, s.service_type,
      c.state_code, r.case_id, r.sent_at::date AS sent_on,
      enlace_statistics_consent_in_force(r.case_id, r.person_id, $3) AS consented
    FROM referrals r JOIN provider_services s ON s.id = r.service_id JOIN cases c ON c.id = r.case_id
    WHERE r.sent_at >= $1 AND r.sent_at < $2
  ),
  served AS (
    SELECT DISTINCT r.person_id, s.service_type FROM referrals r JOIN provider_services s ON s.id = r.service_id
    WHERE r.status IN ('accepted', 'started', 'completed')
  ),
  units (indicator, agency_id, unit, consented, counts, form, state, nationality, sex, service,
         record_type, case_id, on_date) AS (
    SELECT 'protection.survivors_identified', s.agency_id, s.id, s.consented, true,
      NULL, coalesce(s.state_code, 'unknown'), coalesce(s.nationality, 'unknown'), coalesce(s.sex, 'unknown'), NULL,
      'person', s.case_id, s.opened_on
    FROM survivors s
    UNION ALL
    SELECT 'protection.survivors_identified', s.agency_id, s.id, s.consented, true, f.form,
      NULL, NULL, NULL, NULL, 'person', s.case_id, s.opened_on
    FROM survivors s JOIN survivor_forms f ON f.id = s.id
    UNION ALL
    SELECT 'protection.foreign_survivors', s.agency_id, s.id, s.consented,
      s.nationality IS NOT NULL AND s.nationality <> 'MX',
      NULL, NULL, s.nationality, NULL, NULL, 'person', s.case_id, s.opened_on
    FROM survivors s
    UNION ALL
    SELECT 'protection.unmet_needs', s.agency_id, md5(s.id::text || need)::uuid, s.consented, true,
      NULL, coalesce(s.state_code, 'unknown'), NULL, NULL, need, 'person', s.case_id, s.opened_on
    FROM survivors s, unnest(s.needs) need
    WHERE NOT EXISTS (SELECT 1 FROM served v WHERE v.person_id = s.id AND v.service_type = need)
    UNION ALL
    SELECT CASE m.kind WHEN 'immigration_relief' THEN 'protection.immigration_relief'
      ELSE 'protection.repatriations' END,
      m.agency_id, m.person_id, m.consented, true,
      NULL, NULL, coalesce(m.nationality, 'unknown'), NULL, NULL, 'protection_measure', m.case_id, m.resolved_on
    FROM measures m WHERE m.status IN ('granted', 'completed')
    UNION ALL
    SELECT 'protection.referrals_made', r.from_agency_id, r.id, r.consented, true,
      NULL, coalesce(r.state_code, 'unknown'), NULL, NULL, r.service_type, 'referral', r.case_id, r.sent_on
    FROM sent_referrals r
    UNION ALL
    SELECT 'protection.referrals_accepted', r.from_agency_id, r.id, r.consented,
      r.status IN ('accepted', 'started', 'completed'),
      NULL, coalesce(r.state_code, 'unknown'), NULL, NULL, r.service_type, 'referral', r.case_id, r.sent_on
    FROM sent_referrals r
    UNION ALL
    SELECT 'protection.referrals_overdue', r.from_agency_id, r.id, r.consented, r.escalated_at IS NOT NULL,
      NULL, coalesce(r.state_code, 'unknown'), NULL, NULL, r.service_type, 'referral', r.case_id, r.sent_on
    FROM sent_referrals r
    UNION ALL
    SELECT 'protection.survivors_assisted', r.provider_agency_id, r.person_id, r.consented,
      r.status IN ('accepted', 'started', 'completed'),
      NULL, coalesce(r.state_code, 'unknown'), NULL, NULL, r.service_type, 'referral', r.case_id, r.sent_on
    FROM sent_referrals r
    UNION ALL
    SELECT 'protection.shelter_use', r.provider_agency_id, r.person_id, r.consented,
      r.status IN ('accepted', 'started', 'completed'),
      NULL, coalesce(r.state_code, 'unknown'), NULL, NULL, NULL, 'referral', r.case_id, r.sent_on
    FROM sent_referrals r WHERE r.service_type = 'shelter'
    UNION ALL
    SELECT 'prosecution.investigations', g.agency_id, g.id, NULL::boolean, true,
      coalesce(f.form, 'unknown'), coalesce(g.state_code, 'unknown'), NULL, NULL, NULL,
      'legal_proceeding', g.case_id, g.investigation_opened_on
    FROM proceedings g, unnest(g.forms) f(form)
    WHERE g.investigation_opened_on >= $1 AND g.investigation_opened_on < $2
    UNION ALL
    SELECT 'prosecution.prosecutions', g.agency_id, g.id, NULL::boolean, true,
      coalesce(f.form, 'unknown'), coalesce(g.state_code, 'unknown'), NULL, NULL, NULL,
      'legal_proceeding', g.case_id, g.prosecution_initiated_on
    FROM proceedings g, unnest(g.forms) f(form)
    WHERE g.prosecution_initiated_on >= $1 AND g.prosecution_initiated_on < $2
    UNION ALL
    SELECT CASE v.outcome WHEN 'conviction' THEN 'prosecution.convictions' ELSE 'prosecution.acquittals' END,
      v.agency_id, v.person_id, NULL::boolean, true,
      v.form, coalesce(v.state_code, 'unknown'), NULL, NULL, NULL, 'verdict', v.case_id, v.decided_on
    FROM verdicts_in_year v
    UNION ALL
    SELECT 'prosecution.officials_convicted', v.agency_id, v.person_id, NULL::boolean, true,
      v.form, coalesce(v.state_code, 'unknown'), NULL, NULL, NULL, 'verdict', v.case_id, v.decided_on
    FROM verdicts_in_year v WHERE v.official AND v.outcome = 'conviction'
    UNION ALL
    SELECT 'prosecution.officials_investigated', g.agency_id, o.person_id, NULL::boolean, true,
      NULL, coalesce(g.state_code, 'unknown'), NULL, NULL, NULL,
      'legal_proceeding', g.case_id, g.investigation_opened_on
    FROM proceedings g JOIN official_suspects o ON o.case_id = g.case_id
    WHERE g.investigation_opened_on >= $1 AND g.investigation_opened_on < $2
    UNION ALL
    SELECT 'prosecution.officials_prosecuted', g.agency_id, o.person_id, NULL::boolean, true,
      NULL, coalesce(g.state_code, 'unknown'), NULL, NULL, NULL,
      'legal_proceeding', g.case_id, g.prosecution_initiated_on
    FROM proceedings g JOIN official_suspects o ON o.case_id = g.case_id
    WHERE g.prosecution_initiated_on >= $1 AND g.prosecution_initiated_on < $2
      AND EXISTS (SELECT 1 FROM charges h WHERE h.proceeding_id = g.id AND h.person_id = o.person_id)
    UNION ALL
    SELECT 'prosecution.bilateral_investigations', b.recorded_by_agency_id, b.id, NULL::boolean, true,
      NULL, NULL, NULL, NULL, NULL, 'bilateral_investigation', b.case_id, b.started_on
    FROM bilateral_investigations b
    WHERE b.started_on >= $1 AND b.started_on < $2
    UNION ALL
    SELECT 'prosecution.extraditions', x.recorded_by_agency_id, x.id, NULL::boolean, true,
      NULL, NULL, NULL, NULL, NULL, 'extradition', x.case_id, x.decided_on
    FROM extradition_requests x
    WHERE x.status = 'granted' AND x.decided_on >= $1 AND x.decided_on < $2
  ),
  -- The units in the traced cell, each once, as enlace_statistics_cells' per_cell groups them.
  in_cell AS (
    SELECT u.unit, u.consented, bool_or(u.counts) AS counts,
      (array_agg(u.record_type ORDER BY u.on_date, u.case_id))[1] AS record_type,
      (array_agg(u.case_id ORDER BY u.on_date, u.case_id))[1] AS case_id,
      (array_agg(u.agency_id ORDER BY u.on_date, u.case_id))[1] AS agency_id,
      min(u.on_date) AS on_date
    FROM units u, LATERAL (VALUES ('total', NULL), ('agency', u.agency_id::text), ('form_mexican_law', u.form),
      ('form_palermo', CASE WHEN u.form IS NULL THEN NULL WHEN u.form = 'unknown' THEN 'unknown'
                            ELSE coalesce($4 ->> u.form, 'none') END),
      ('state', u.state), ('nationality', u.nationality), ('sex', u.sex), ('service_type', u.service))
      AS d (dimension, cell)
    WHERE u.indicator = $5 AND d.dimension = $6 AND (d.dimension = 'total' OR d.cell = $7)
    GROUP BY u.unit, u.consented
  ),
  counted AS (
    SELECT i.*, c.reference, ($9 OR enlace_case_visible(c.id, c.owning_agency_id, c.opened_by_agency_id)) AS visible
    FROM in_cell i JOIN cases c ON c.id = i.case_id
    WHERE i.counts AND (i.consented IS DISTINCT FROM false OR $8)
  ),
  tally AS (SELECT count(*) AS traced, count(*) FILTER (WHERE NOT visible) AS hidden FROM counted)
  SELECT p.unit, p.record_type, p.case_id, p.reference, p.agency_id, p.on_date, t.traced, t.hidden
  FROM tally t LEFT JOIN LATERAL (
    SELECT * FROM counted k WHERE k.visible AND ($10::uuid IS NULL OR k.unit > $10) ORDER BY k.unit LIMIT $11
  ) p ON true
  $query$ USING period_start, period_end, as_of, palermo, traced_indicator, traced_dimension, traced_cell,
    include_unconsented, national, after_unit, page_size;
END $fn$;

REVOKE ALL ON FUNCTION enlace_statistics_trace(date, date, date, jsonb, text, text, text, boolean, uuid, integer)
  FROM PUBLIC;
GRANT EXECUTE ON FUNCTION enlace_statistics_trace(date, date, date, jsonb, text, text, text, boolean, uuid, integer)
  TO enlace_app;

-- The assessment's history (issue 8 §4–5): every change to a judgement, a recorded tier or a tracked
-- recommendation, field by field with both values (institutional text only, no personal data), with
-- who made it and why. Read by report readers, written by the commission's writers as themselves,
-- never changed or removed.
CREATE TABLE assessment_changes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  subject text NOT NULL CHECK (subject IN ('judgement', 'tier', 'recommendation')),
  -- The criterion, the year (tier) or the recommendation's id.
  subject_key text NOT NULL CHECK (subject_key ~ '^[a-z0-9_-]{1,60}$'),
  -- The assessed year (null for recommendations, which outlive a year).
  year smallint CHECK (year BETWEEN 2000 AND 2100),
  version integer NOT NULL CHECK (version >= 1),
  changes jsonb NOT NULL CHECK (jsonb_typeof(changes) = 'array'),
  reason text CHECK (char_length(reason) <= 2000),
  changed_by uuid NOT NULL DEFAULT enlace_actor_user() REFERENCES users (id),
  changed_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (subject, subject_key, version)
);
CREATE INDEX assessment_changes_year_idx ON assessment_changes (year, id DESC);
CREATE INDEX assessment_changes_subject_idx ON assessment_changes (subject, subject_key, id DESC);
CREATE TRIGGER assessment_changes_append_only BEFORE UPDATE OR DELETE ON assessment_changes
  FOR EACH ROW EXECUTE FUNCTION enlace_record_changes_append_only();
CREATE TRIGGER assessment_changes_no_truncate BEFORE TRUNCATE ON assessment_changes
  FOR EACH STATEMENT EXECUTE FUNCTION enlace_record_changes_append_only();
ALTER TABLE assessment_changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE assessment_changes FORCE ROW LEVEL SECURITY;
CREATE POLICY assessment_changes_read ON assessment_changes FOR SELECT TO enlace_app
  USING (enlace_actor_reads_reports());
CREATE POLICY assessment_changes_add ON assessment_changes FOR INSERT TO enlace_app
  WITH CHECK (enlace_actor_writes_reports() AND changed_by = enlace_actor_user());
GRANT SELECT, INSERT ON assessment_changes TO enlace_app;
