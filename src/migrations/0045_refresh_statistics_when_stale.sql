-- An import refreshes the planner's statistics of cases and people so that its row-level security
-- checks stay linear (0016). ANALYZE holds its table's lock until the import commits, so imports
-- running side by side (the scaled demo loads three institutions at once) waited for each other's
-- whole transaction. The importer now says how many rows it has written to each table, and a table is
-- refreshed only while its statistics count fewer rows than that: a table the planner would take for
-- (nearly) empty. Once the statistics know the table is larger, an import adds too little to change a
-- plan, and autovacuum's analyze keeps them current.
DROP FUNCTION enlace_refresh_case_statistics();

CREATE FUNCTION enlace_refresh_case_statistics(written_cases bigint, written_people bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF (SELECT reltuples FROM pg_class WHERE oid = 'cases'::regclass) < written_cases THEN
    ANALYZE cases;
  END IF;
  IF (SELECT reltuples FROM pg_class WHERE oid = 'people'::regclass) < written_people THEN
    ANALYZE people;
  END IF;
END $$;
REVOKE ALL ON FUNCTION enlace_refresh_case_statistics(bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION enlace_refresh_case_statistics(bigint, bigint) TO enlace_app;
