-- The sealer's queue without its foreign key (docs/benchmarks.md, "Case read latency").
--
-- audit_pending's reference to audit_entries made every audited act check it: a query per entry that
-- locks the new entry's row (FOR KEY SHARE), which writes that lock to its tuple and to the write-ahead
-- log. On the case read, the most frequent audited act, that cost 40–110 µs of PostgreSQL's CPU per read.
-- It guarded nothing reachable: only the trigger of 0036 writes the queue, from the rows its own
-- statement inserted, in the same transaction (a rollback takes both); enlace_app cannot touch the
-- queue; entries are never deleted (audit_entries_append_only, audit_entries_no_truncate). What does
-- guard the evidence stays: the chain's reference to its entries, and `enlace audit verify`, which
-- reports any entry neither sealed nor pending.

ALTER TABLE audit_pending DROP CONSTRAINT audit_pending_entry_id_fkey;
