-- A cheaper row-level check of a case, exactly as strict (docs/benchmarks.md, "Bundle import").
--
-- Every case-child row a statement writes or reads checks its case through the policy of cases, and that
-- policy called enlace_case_visible for each row: a SECURITY DEFINER function running a query of its own,
-- about half of a bulk import's time. Most of those rows belong to cases of the caller's own agency, and
-- such a case is visible exactly when no wall keeps the caller or their agency from it. The policy now
-- says that first, in plain SQL the planner expands inline, and calls the function only when it does not
-- hold. PostgreSQL evaluates the arms of an OR in the order written and stops at the first true one
-- (test/access/case-visible-fast-path.db.test.ts proves the function is not called on that path).
--
-- Walls are hidden from the people they keep out, so the policy cannot read case_walls itself. Each case
-- carries instead the agencies and users walled off from it, maintained by the database from case_walls
-- alone: whatever a statement writes into the column, a trigger puts back what case_walls says. Those
-- who may read the column already see the case and its walls; those it names never see the row.

ALTER TABLE cases ADD COLUMN walled_off uuid[] NOT NULL DEFAULT '{}';

CREATE FUNCTION enlace_walls_of(target uuid) RETURNS uuid[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce(array_agg(DISTINCT coalesce(w.agency_id, w.user_id)), '{}') FROM case_walls w
  WHERE w.case_id = target
$$;
REVOKE ALL ON FUNCTION enlace_walls_of(uuid) FROM PUBLIC;

-- No wall can exist before its case (foreign key), so a new case needs no trigger: walls named in an
-- INSERT only keep the fast path away, and the full check decides. Walls are never removed; any other
-- change of the column is replaced by what case_walls says.
CREATE FUNCTION enlace_case_walled_off_from_walls() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  NEW.walled_off := enlace_walls_of(NEW.id);
  RETURN NEW;
END $$;
CREATE TRIGGER cases_walled_off_from_walls BEFORE UPDATE ON cases FOR EACH ROW
  WHEN (NEW.walled_off IS DISTINCT FROM OLD.walled_off)
  EXECUTE FUNCTION enlace_case_walled_off_from_walls();

CREATE FUNCTION enlace_case_walls_added() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  UPDATE cases c SET walled_off = enlace_walls_of(c.id)
  WHERE c.id IN (SELECT DISTINCT a.case_id FROM added_walls a);
  RETURN NULL;
END $$;
CREATE TRIGGER case_walls_mark_cases AFTER INSERT ON case_walls REFERENCING NEW TABLE AS added_walls
  FOR EACH STATEMENT EXECUTE FUNCTION enlace_case_walls_added();

UPDATE cases c SET walled_off = enlace_walls_of(c.id)
WHERE EXISTS (SELECT 1 FROM case_walls w WHERE w.case_id = c.id);

-- The fast path implies enlace_case_visible (its own-agency branch), so the policy admits exactly what
-- the function admits.
ALTER POLICY cases_visible ON cases USING (
  (owning_agency_id = enlace_actor_agency() AND enlace_actor_works_cases()
    AND NOT (walled_off && ARRAY[enlace_actor_agency(), enlace_actor_user()]))
  OR enlace_case_visible(id, owning_agency_id, opened_by_agency_id)
);
