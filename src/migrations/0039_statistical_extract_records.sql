-- The statistician's de-identified extract covers every kind of case record (issue 4): besides cases,
-- people, exploitation and suspect roles (0032), the legal track (proceedings, charges, verdicts with
-- their sentences, appeals, extraditions, bilateral investigations), protection (measures and decisions
-- on testifying) and consents. The rules of 0032 hold for every new line: rows only to a statistician,
-- built from non-identifying columns only (no free text: a bilateral partner's name, a consent's
-- evidence note; no user: who recorded, informed or revoked; no encrypted column), dates as years.
-- `refs` names the other records a line points at (a charge's proceeding, a verdict's charge, an
-- appeal's verdict) by internal id, for the application to replace by pseudonyms like every other id.
-- `consented` follows 0032: the person's consent for statistics for a survivor's or witness's
-- protection, testimony and consent records; null for the legal track (suspects and proceedings, which
-- the consent policy does not concern, as in the statistics engine) and for a suspect's records.
-- A new output column changes the function's type, so it is dropped and created again.

DROP FUNCTION enlace_statistical_extract(date);

CREATE FUNCTION enlace_statistical_extract(as_of date)
RETURNS TABLE (line_type text, record_id uuid, case_id uuid, person_id uuid, consented boolean, refs jsonb,
               fields jsonb)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  WITH consenting AS (
    SELECT p.id, p.case_id, p.role,
      CASE WHEN p.role = 'suspect' THEN NULL
           ELSE enlace_statistics_consent_in_force(p.case_id, p.id, as_of) END AS consented
    FROM people p
    WHERE enlace_actor_is_statistician()
  )
  SELECT 'case', c.id, c.id, NULL::uuid, NULL::boolean, '{}'::jsonb,
    jsonb_build_object('stateCode', c.state_code, 'status', c.status,
      'openedYear', extract(year FROM c.opened_on)::int, 'agencyCode', a.code)
  FROM cases c JOIN agencies a ON a.id = c.owning_agency_id
  WHERE enlace_actor_is_statistician()
  UNION ALL
  SELECT 'person', p.id, p.case_id, p.id, k.consented, '{}'::jsonb,
    jsonb_strip_nulls(jsonb_build_object('role', p.role, 'sex', p.sex, 'gender', p.gender,
      'birthYear', p.birth_year, 'nationality', p.nationality,
      'speaksIndigenousLanguage', p.indigenous_language IS NOT NULL, 'hasDisability', p.has_disability,
      'disabilities', to_jsonb(p.disabilities), 'needs', to_jsonb(p.needs),
      'publicOfficial', p.public_official, 'officialAgencyCode', o.code))
  FROM people p JOIN consenting k ON k.id = p.id LEFT JOIN agencies o ON o.id = p.official_agency_id
  UNION ALL
  SELECT 'exploitation', e.id, e.case_id, e.person_id, k.consented, '{}'::jsonb,
    jsonb_strip_nulls(jsonb_build_object('forms', to_jsonb(e.forms), 'sector', e.sector,
      'recruitment', jsonb_build_object('countryCode', e.recruitment_country_code,
        'stateCode', e.recruitment_state_code, 'year', left(e.recruitment_date, 4)::int),
      'transit', jsonb_build_object('countryCode', e.transit_country_code,
        'stateCode', e.transit_state_code, 'year', left(e.transit_date, 4)::int),
      'exploitation', jsonb_build_object('countryCode', e.exploitation_country_code,
        'stateCode', e.exploitation_state_code, 'year', left(e.exploitation_date, 4)::int,
        'endYear', left(e.exploitation_end_date, 4)::int),
      'methodsOfControl', to_jsonb(e.methods_of_control), 'recruitmentMethods', to_jsonb(e.recruitment_methods),
      'relationship', e.relationship, 'routeCountries', to_jsonb(e.route_countries)))
  FROM exploitations e JOIN consenting k ON k.id = e.person_id
  UNION ALL
  SELECT 'suspectRole', r.id, r.case_id, r.person_id, NULL::boolean, '{}'::jsonb,
    jsonb_strip_nulls(jsonb_build_object('processRoles', to_jsonb(r.process_roles),
      'publicOfficial', r.public_official, 'officialAgencyCode', o.code, 'organisedCrime', r.organised_crime))
  FROM suspect_roles r JOIN consenting k ON k.id = r.person_id LEFT JOIN agencies o ON o.id = r.official_agency_id
  UNION ALL
  -- The authority that opened the file is an institution, not a person.
  SELECT 'legalProceeding', g.id, g.case_id, NULL::uuid, NULL::boolean, '{}'::jsonb,
    jsonb_strip_nulls(jsonb_build_object('agencyCode', a.code,
      'investigationOpenedYear', extract(year FROM g.investigation_opened_on)::int,
      'prosecutionInitiatedYear', extract(year FROM g.prosecution_initiated_on)::int))
  FROM legal_proceedings g JOIN agencies a ON a.id = g.agency_id
  WHERE enlace_actor_is_statistician()
  UNION ALL
  SELECT 'charge', h.id, h.case_id, h.person_id, NULL::boolean, jsonb_build_object('proceeding', h.proceeding_id),
    jsonb_build_object('lawArticle', h.law_article, 'form', h.form,
      'chargedYear', extract(year FROM h.charged_on)::int)
  FROM charges h
  WHERE enlace_actor_is_statistician()
  UNION ALL
  -- A verdict and an appeal also name the suspect of their charge, so that a study counts people.
  SELECT 'verdict', v.id, v.case_id, h.person_id, NULL::boolean, jsonb_build_object('charge', v.charge_id),
    jsonb_strip_nulls(jsonb_build_object('outcome', v.outcome,
      'decidedYear', extract(year FROM v.decided_on)::int,
      'prisonYears', v.prison_years, 'prisonMonths', v.prison_months, 'fineMxn', v.fine_mxn))
  FROM verdicts v JOIN charges h ON h.id = v.charge_id
  WHERE enlace_actor_is_statistician()
  UNION ALL
  SELECT 'appeal', l.id, l.case_id, h.person_id, NULL::boolean, jsonb_build_object('verdict', l.verdict_id),
    jsonb_strip_nulls(jsonb_build_object('appellant', l.appellant,
      'filedYear', extract(year FROM l.filed_on)::int, 'result', l.result,
      'decidedYear', extract(year FROM l.decided_on)::int))
  FROM appeals l JOIN verdicts v ON v.id = l.verdict_id JOIN charges h ON h.id = v.charge_id
  WHERE enlace_actor_is_statistician()
  UNION ALL
  SELECT 'extradition', x.id, x.case_id, x.person_id, NULL::boolean, '{}'::jsonb,
    jsonb_strip_nulls(jsonb_build_object('direction', x.direction, 'countryCode', x.country_code,
      'requestedYear', extract(year FROM x.requested_on)::int, 'status', x.status,
      'decidedYear', extract(year FROM x.decided_on)::int,
      'surrenderedYear', extract(year FROM x.surrendered_on)::int))
  FROM extradition_requests x
  WHERE enlace_actor_is_statistician()
  UNION ALL
  -- The partner institution is free text, as its government names it: only its country.
  SELECT 'bilateralInvestigation', b.id, b.case_id, NULL::uuid, NULL::boolean, '{}'::jsonb,
    jsonb_strip_nulls(jsonb_build_object('countryCode', b.country_code,
      'startedYear', extract(year FROM b.started_on)::int, 'endedYear', extract(year FROM b.ended_on)::int))
  FROM bilateral_investigations b
  WHERE enlace_actor_is_statistician()
  UNION ALL
  SELECT 'protectionMeasure', m.id, m.case_id, m.person_id, k.consented, '{}'::jsonb,
    jsonb_strip_nulls(jsonb_build_object('kind', m.kind, 'relief', m.relief,
      'witnessMeasure', m.witness_measure, 'status', m.status,
      'requestedYear', extract(year FROM m.requested_on)::int,
      'resolvedYear', extract(year FROM m.resolved_on)::int,
      'amountOrderedMxn', m.amount_ordered_mxn, 'amountPaidMxn', m.amount_paid_mxn))
  FROM protection_measures m JOIN consenting k ON k.id = m.person_id
  UNION ALL
  -- Who informed the survivor is a member of staff: only their institution.
  SELECT 'testimonyDecision', d.id, d.case_id, d.person_id, k.consented, '{}'::jsonb,
    jsonb_build_object('decision', d.decision, 'voluntary', d.voluntary,
      'decidedYear', extract(year FROM d.decided_on)::int, 'informedByAgencyCode', a.code)
  FROM testimony_decisions d JOIN consenting k ON k.id = d.person_id
    JOIN agencies a ON a.id = d.informed_by_agency_id
  UNION ALL
  -- Recipients are kinds of institution and institutions; the evidence note and who recorded or
  -- revoked it stay behind.
  SELECT 'consent', n.id, n.case_id, n.person_id, k.consented, '{}'::jsonb,
    jsonb_strip_nulls(jsonb_build_object('scopes', to_jsonb(n.scopes),
      'recipientAgencyTypes', to_jsonb(n.recipient_agency_types),
      'recipientAgencyCodes', to_jsonb(ARRAY(SELECT r.code FROM agencies r
        WHERE r.id = ANY (n.recipient_agency_ids) ORDER BY r.code)),
      'givenYear', extract(year FROM n.given_on)::int, 'revokedYear', extract(year FROM n.revoked_on)::int))
  FROM consents n JOIN consenting k ON k.id = n.person_id
$$;

REVOKE ALL ON FUNCTION enlace_statistical_extract(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION enlace_statistical_extract(date) TO enlace_app;
