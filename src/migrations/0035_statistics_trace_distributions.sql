-- Tracing the figures that are not counts of case records (issue 8 §2): sentence lengths, time to the
-- jurisdiction decision and prevention activities, by the same rules of access as enlace_statistics_trace
-- (0030). Each function selects the records by the predicates of the function the figure is computed
-- from, so that a change to one must be made to the other; test/statistics/figure-trace.db.test.ts fails
-- when a trace no longer agrees with its figure.
--
-- National figure readers receive every record as a reference; case workers (and, for prevention, the
-- staff who record it) receive the records they may see and only a count of the others; anyone else,
-- nothing. Rows are paged after `after_unit` in unit order; every row repeats the totals (a single row
-- with null unit when the page is empty).

-- The convictions of a period, each with its prison term in months (null: not set yet), as
-- enlace_statistics_sentences (0021) selects them.
CREATE FUNCTION enlace_statistics_trace_sentences(period_start date, period_end date, after_unit uuid,
  page_size integer)
RETURNS TABLE (unit uuid, case_id uuid, case_reference text, agency_id uuid, recorded_on date, months integer,
               traced bigint, hidden bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $fn$
DECLARE
  national boolean := enlace_actor_computes_national_statistics();
BEGIN
  IF NOT (national OR enlace_actor_works_cases()) THEN RETURN; END IF;
  RETURN QUERY
  WITH counted AS (
    SELECT v.id AS unit, c.id AS case_id, c.reference, g.agency_id, v.decided_on,
      v.prison_years * 12 + v.prison_months AS months,
      (national OR enlace_case_visible(c.id, c.owning_agency_id, c.opened_by_agency_id)) AS visible
    FROM verdicts v JOIN charges h ON h.id = v.charge_id JOIN legal_proceedings g ON g.id = h.proceeding_id
      JOIN cases c ON c.id = v.case_id
    WHERE v.outcome = 'conviction' AND v.decided_on >= period_start AND v.decided_on < period_end
  ),
  tally AS (SELECT count(*) AS traced, count(*) FILTER (WHERE NOT k.visible) AS hidden FROM counted k)
  SELECT p.unit, p.case_id, p.reference, p.agency_id, p.decided_on, p.months, t.traced, t.hidden
  FROM tally t LEFT JOIN LATERAL (
    SELECT * FROM counted k WHERE k.visible AND (after_unit IS NULL OR k.unit > after_unit)
    ORDER BY k.unit LIMIT page_size
  ) p ON true
  ORDER BY p.unit;
END $fn$;

-- The cases opened in a period (the view jurisdiction_timelines' opened_at is the case's created_at)
-- with their jurisdiction timelines, as enlace_statistics_jurisdiction_timelines (0021) hands them
-- over: times, decisions and agencies, the transfer requests without their ids or any free text.
CREATE FUNCTION enlace_statistics_trace_jurisdiction(opened_from timestamptz, opened_before timestamptz,
  after_unit uuid, page_size integer)
RETURNS TABLE (unit uuid, case_reference text, agency_id uuid, opened_at timestamptz, decisions jsonb,
               transfers jsonb, traced bigint, hidden bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $fn$
DECLARE
  national boolean := enlace_actor_computes_national_statistics();
BEGIN
  IF NOT (national OR enlace_actor_works_cases()) THEN RETURN; END IF;
  RETURN QUERY
  WITH counted AS (
    SELECT c.id AS unit, c.reference, c.opened_by_agency_id, c.created_at,
      (national OR enlace_case_visible(c.id, c.owning_agency_id, c.opened_by_agency_id)) AS visible
    FROM cases c
    WHERE c.created_at >= opened_from AND c.created_at < opened_before
  ),
  tally AS (SELECT count(*) AS traced, count(*) FILTER (WHERE NOT k.visible) AS hidden FROM counted k)
  -- Only the page's timelines are assembled: the view aggregates each case's decisions and transfers.
  SELECT p.unit, p.reference, p.opened_by_agency_id, p.created_at, v.decisions,
    coalesce((
      SELECT jsonb_agg(item.transfer || jsonb_build_object('id', item.n::text, 'reason', '', 'responseReason', NULL)
                       ORDER BY item.n)
      FROM jsonb_array_elements(v.transfers) WITH ORDINALITY AS item(transfer, n)
    ), '[]'::jsonb),
    t.traced, t.hidden
  FROM tally t LEFT JOIN LATERAL (
    SELECT * FROM counted k WHERE k.visible AND (after_unit IS NULL OR k.unit > after_unit)
    ORDER BY k.unit LIMIT page_size
  ) p ON true
  LEFT JOIN jurisdiction_timelines v ON v.case_id = p.unit
  ORDER BY p.unit;
END $fn$;

-- The prevention activities of a period a prevention figure (or one of its cells) counts: of the given
-- types (null: every type), in the cell as src/modules/statistics/prevention-figures.ts places them (a
-- campaign in two languages in each language's cell; nationwide activities in the state cell
-- 'national'). They hold no personal data but keep the log's access rule (0021,
-- prevention_activities_read): national readers see all, recorders their own agency's.
CREATE FUNCTION enlace_statistics_trace_prevention(period_start date, period_end date, activity_types text[],
  traced_dimension text, traced_cell text, after_unit uuid, page_size integer)
RETURNS TABLE (unit uuid, agency_id uuid, held_on date, activity_type text, audience text, state_code text,
               languages text[], people_reached integer, traced bigint, hidden bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $fn$
DECLARE
  national boolean := enlace_actor_computes_national_statistics();
  recorder boolean := enlace_actor_records_prevention();
BEGIN
  IF NOT (national OR recorder) THEN RETURN; END IF;
  RETURN QUERY
  WITH counted AS (
    SELECT a.id AS unit, a.agency_id, a.held_on, a.activity_type, a.audience, a.state_code, a.languages,
      a.people_reached, (national OR (recorder AND a.agency_id = enlace_actor_agency())) AS visible
    FROM prevention_activities a
    WHERE a.held_on >= period_start AND a.held_on < period_end
      AND (activity_types IS NULL OR a.activity_type = ANY (activity_types))
      AND CASE traced_dimension
        WHEN 'total' THEN true
        WHEN 'activity_type' THEN a.activity_type = traced_cell
        WHEN 'audience' THEN a.audience = traced_cell
        WHEN 'language' THEN traced_cell = ANY (a.languages)
        WHEN 'state' THEN coalesce(a.state_code, 'national') = traced_cell
        WHEN 'agency' THEN a.agency_id::text = traced_cell
        ELSE false
      END
  ),
  tally AS (SELECT count(*) AS traced, count(*) FILTER (WHERE NOT k.visible) AS hidden FROM counted k)
  SELECT p.unit, p.agency_id, p.held_on, p.activity_type, p.audience, p.state_code, p.languages,
    p.people_reached, t.traced, t.hidden
  FROM tally t LEFT JOIN LATERAL (
    SELECT * FROM counted k WHERE k.visible AND (after_unit IS NULL OR k.unit > after_unit)
    ORDER BY k.unit LIMIT page_size
  ) p ON true
  ORDER BY p.unit;
END $fn$;

REVOKE ALL ON FUNCTION enlace_statistics_trace_sentences(date, date, uuid, integer),
  enlace_statistics_trace_jurisdiction(timestamptz, timestamptz, uuid, integer),
  enlace_statistics_trace_prevention(date, date, text[], text, text, uuid, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION enlace_statistics_trace_sentences(date, date, uuid, integer),
  enlace_statistics_trace_jurisdiction(timestamptz, timestamptz, uuid, integer),
  enlace_statistics_trace_prevention(date, date, text[], text, text, uuid, integer) TO enlace_app;
