-- Which record each imported line became, by the importing agency's stable external id: importing the
-- same file twice finds its records here and creates nothing new. Exports name records by these ids.

CREATE TABLE import_keys (
  agency_id uuid NOT NULL REFERENCES agencies (id),
  record_type text NOT NULL CHECK (record_type ~ '^[a-z][a-z_]{1,39}$'),
  external_id text NOT NULL CHECK (external_id ~ '^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$'),
  record_id uuid NOT NULL,
  case_id uuid NOT NULL REFERENCES cases (id),
  imported_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (agency_id, record_type, external_id)
);
CREATE INDEX import_keys_record_idx ON import_keys (record_id);

ALTER TABLE import_keys ENABLE ROW LEVEL SECURITY;
-- An agency sees its own keys for cases it can still see; keys never reveal another agency's files.
CREATE POLICY import_keys_own ON import_keys FOR SELECT TO enlace_app
  USING (agency_id = enlace_actor_agency() AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
CREATE POLICY import_keys_write ON import_keys FOR INSERT TO enlace_app
  WITH CHECK (agency_id = enlace_actor_agency() AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));

GRANT SELECT, INSERT ON import_keys TO enlace_app;

-- Which of these case references are already used, in cases the caller may not see as well: an import
-- must say so before writing, instead of failing at commit. Answers only yes/no per reference.
CREATE FUNCTION enlace_references_taken(candidates text[]) RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce(array_agg(reference), '{}') FROM cases
  WHERE reference = ANY (candidates) AND enlace_actor_works_cases()
$$;
REVOKE ALL ON FUNCTION enlace_references_taken(text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION enlace_references_taken(text[]) TO enlace_app;

-- A large import writes tens of thousands of cases before the people that point at them, in one
-- transaction. Until the tables' statistics say so, the planner takes them for empty and checks each
-- new person's case (row-level security) by scanning every case: quadratic. ANALYZE counts the rows the
-- running transaction inserted, so refreshing the statistics between the two steps keeps it linear.
CREATE FUNCTION enlace_refresh_case_statistics() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  ANALYZE cases;
  ANALYZE people;
END $$;
REVOKE ALL ON FUNCTION enlace_refresh_case_statistics() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION enlace_refresh_case_statistics() TO enlace_app;
