-- The case list (issue 4, measured by `npm run bench -- case-list-scale`, docs/benchmarks.md). The list
-- reads each relation that can make a case visible in its own branch, newest first, and stops after the
-- page (src/modules/cases/store.ts): these indexes give the owning agency's branch and the opening
-- agency's (cases it opened and transferred) their cases in that order, so row-level security checks
-- the rows a page needs instead of every case in the country.
CREATE INDEX cases_owning_agency_recent_idx ON cases (owning_agency_id, created_at DESC, id);
-- Its first column serves every lookup the single-column index served.
DROP INDEX cases_owning_agency_idx;
-- Only transferred cases: the opening agency's own cases are found through the owning index.
CREATE INDEX cases_transferred_recent_idx ON cases (opened_by_agency_id, created_at DESC, id)
  WHERE opened_by_agency_id <> owning_agency_id;
