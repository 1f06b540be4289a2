-- The audit entries of reads answered in session, several in one commit (docs/benchmarks.md, "Audit
-- entries in one commit").
--
-- Since 0048 each case read committed its own entry (enlace_record_in_session): a statement, a
-- transaction and a flush of the write-ahead log per read, about 270 µs of PostgreSQL's CPU, nearly half
-- of all it spends on the read. The application now gathers the entries of reads that finish while an
-- earlier batch is being committed and commits them together; a read is still answered only once its
-- own entry has committed. A read alone commits at once, as before.
--
-- The entries come column by column, one array element per entry (roles joined by commas, as the
-- actor's settings carry them). `tokens` are the sessions those reads ran in, each once, with its read's
-- window as enlace_slide_session takes it. A session whose idle expiry has not fallen behind is only
-- read, never locked. One another transaction holds at that moment (a revocation, another process
-- sliding it) is skipped rather than waited for: the batch cannot deadlock with a transaction that
-- locks the same sessions in another order, and a later read slides it.
CREATE FUNCTION enlace_record_in_sessions(
  actors uuid[], actor_agencies uuid[], actor_roles text[], request_ids text[], actions text[],
  record_types text[], record_ids text[], reasons text[], details jsonb[],
  tokens bytea[], at timestamptz, idle_expiries timestamptz[], slide_befores timestamptz[]
)
RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = public AS $$
BEGIN
  INSERT INTO audit_entries (
    actor_user_id, actor_agency_id, actor_roles, request_id, action, record_type, record_id, reason, details
  )
  SELECT e.actor, e.actor_agency, string_to_array(e.roles, ','), e.request_id, e.action, e.record_type,
    e.record_id, e.reason, e.details
  FROM unnest(actors, actor_agencies, actor_roles, request_ids, actions, record_types, record_ids, reasons, details)
    AS e(actor, actor_agency, roles, request_id, action, record_type, record_id, reason, details);
  FOR i IN 1 .. coalesce(cardinality(tokens), 0) LOOP
    PERFORM FROM sessions s WHERE s.token_hash = tokens[i] AND s.idle_expires_at < slide_befores[i]
      FOR UPDATE SKIP LOCKED;
    IF FOUND THEN
      UPDATE sessions s SET last_seen_at = at, idle_expires_at = idle_expiries[i] WHERE s.token_hash = tokens[i];
    END IF;
  END LOOP;
END
$$;

REVOKE ALL ON FUNCTION enlace_record_in_sessions(
  uuid[], uuid[], text[], text[], text[], text[], text[], text[], jsonb[], bytea[], timestamptz, timestamptz[], timestamptz[]
) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION enlace_record_in_sessions(
  uuid[], uuid[], text[], text[], text[], text[], text[], text[], jsonb[], bytea[], timestamptz, timestamptz[], timestamptz[]
) TO enlace_app;

-- Replaced by the function above, which commits a batch of one as it committed one entry.
DROP FUNCTION enlace_record_in_session(
  bytea, timestamptz, timestamptz, timestamptz, uuid, uuid, text[], text, text, text, text, text, jsonb
);
