-- Audit entries wait for the sealer in audit_pending. A row trigger added each entry there with its
-- own INSERT: one function call and one statement per audit entry, which a bulk import (one entry per
-- case, tens of thousands of cases in one statement) paid row by row. A statement trigger adds every
-- entry of the statement at once from its transition table: the same rows in audit_pending, in the same
-- transaction, with the same foreign key to their entry (docs/benchmarks.md, "Bundle import").

CREATE FUNCTION enlace_mark_audit_entries_pending() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO audit_pending (entry_id) SELECT id FROM new_entries;
  RETURN NULL;
END $$;

DROP TRIGGER audit_entries_pending ON audit_entries;
CREATE TRIGGER audit_entries_pending AFTER INSERT ON audit_entries
  REFERENCING NEW TABLE AS new_entries
  FOR EACH STATEMENT EXECUTE FUNCTION enlace_mark_audit_entries_pending();
DROP FUNCTION enlace_mark_audit_pending();
