-- The statistician's de-identified export (issue 4, import and export): the country's case records at
-- record level, without anything that identifies a person. Statisticians otherwise read no case row
-- (row-level security hands them nothing), so the extract comes through one SECURITY DEFINER function
-- that answers only to a statistician and builds each line from non-identifying columns only: no name,
-- document, contact point, birth date (the birth year only), reference, municipality, free text or
-- encrypted column. Dates of exploitation become years, an indigenous language whether one is spoken.
-- Record ids leave the database only to be replaced by keyed pseudonyms in the application
-- (src/modules/exchange/statistical-extract/), which also applies the consent-for-statistics policy to
-- the `consented` column, as the statistics engine does with enlace_statistics_cells (0021).

CREATE FUNCTION enlace_actor_is_statistician() RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT 'statistician' = ANY (enlace_actor_roles()) $$;

-- One row per case, person, exploitation and suspect role. `consented`: whether the person's consent
-- for statistics is in force on `as_of` (survivors and witnesses, and their exploitation); null where
-- the row is not a survivor's or witness's (cases, suspects, suspect roles).
CREATE FUNCTION enlace_statistical_extract(as_of date)
RETURNS TABLE (line_type text, record_id uuid, case_id uuid, person_id uuid, consented boolean, fields jsonb)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  WITH consenting AS (
    SELECT p.id, p.case_id, p.role,
      CASE WHEN p.role = 'suspect' THEN NULL
           ELSE enlace_statistics_consent_in_force(p.case_id, p.id, as_of) END AS consented
    FROM people p
    WHERE enlace_actor_is_statistician()
  )
  SELECT 'case', c.id, c.id, NULL::uuid, NULL::boolean,
    jsonb_build_object('stateCode', c.state_code, 'status', c.status,
      'openedYear', extract(year FROM c.opened_on)::int, 'agencyCode', a.code)
  FROM cases c JOIN agencies a ON a.id = c.owning_agency_id
  WHERE enlace_actor_is_statistician()
  UNION ALL
  SELECT 'person', p.id, p.case_id, p.id, k.consented,
    jsonb_strip_nulls(jsonb_build_object('role', p.role, 'sex', p.sex, 'gender', p.gender,
      'birthYear', p.birth_year, 'nationality', p.nationality,
      'speaksIndigenousLanguage', p.indigenous_language IS NOT NULL, 'hasDisability', p.has_disability,
      'disabilities', to_jsonb(p.disabilities), 'needs', to_jsonb(p.needs),
      'publicOfficial', p.public_official, 'officialAgencyCode', o.code))
  FROM people p JOIN consenting k ON k.id = p.id LEFT JOIN agencies o ON o.id = p.official_agency_id
  UNION ALL
  SELECT 'exploitation', e.id, e.case_id, e.person_id, k.consented,
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
  SELECT 'suspectRole', r.id, r.case_id, r.person_id, NULL::boolean,
    jsonb_strip_nulls(jsonb_build_object('processRoles', to_jsonb(r.process_roles),
      'publicOfficial', r.public_official, 'officialAgencyCode', o.code, 'organisedCrime', r.organised_crime))
  FROM suspect_roles r JOIN consenting k ON k.id = r.person_id LEFT JOIN agencies o ON o.id = r.official_agency_id
$$;

REVOKE ALL ON FUNCTION enlace_actor_is_statistician(), enlace_statistical_extract(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION enlace_actor_is_statistician(), enlace_statistical_extract(date) TO enlace_app;
