-- The live signed-in session behind a token hash, as one function (docs/benchmarks.md, "Load").
--
-- Every request resolved its session with a statement of its own: a round trip before any work. A case
-- read now sends the session in the first message of its own transaction, beside BEGIN and the read,
-- and sets the actor's settings from the session's row in SQL: one round trip of its three fewer. A
-- statement in a message of several is parsed and planned every time it runs, and this one cost more to
-- plan than to run; a PL/pgSQL function keeps its plan per connection. So the rules live here, once, for
-- both callers (the request's own statement and the case read's message). They are the rules of the
-- application's statement before this migration (src/platform/auth/session-store.ts), word for word: a
-- live session is signed in (no pending step), not revoked, within both timeouts, of an account that is
-- not disabled, in an institution that is not suspended. Its idle expiry slides forward to
-- `idle_expiry` when it has fallen behind `slide_before`, so most requests only read.
-- SECURITY INVOKER (the default): it reads and writes as the application did.

CREATE FUNCTION enlace_live_session(token bytea, at timestamptz, idle_expiry timestamptz, slide_before timestamptz)
RETURNS TABLE (
  id uuid, username text, display_name text, locale text, authenticated_at timestamptz, agency_id uuid,
  agency_code text, agency_name text, agency_type text, roles text[], mfa_enrolled boolean
)
LANGUAGE plpgsql VOLATILE SET search_path = public AS $$
BEGIN
  RETURN QUERY
  SELECT u.id, u.username, u.display_name, u.locale, s.authenticated_at, a.id, a.code, a.name, a.agency_type,
    coalesce((SELECT array_agg(r.role ORDER BY r.role) FROM user_roles r WHERE r.user_id = u.id), '{}'),
    EXISTS (SELECT FROM user_mfa m WHERE m.user_id = u.id AND m.confirmed_at IS NOT NULL)
  FROM sessions s
  JOIN users u ON u.id = s.user_id
  JOIN agencies a ON a.id = u.agency_id
  WHERE s.token_hash = token
    AND s.revoked_at IS NULL
    AND s.pending_step IS NULL
    AND s.idle_expires_at > at
    AND s.absolute_expires_at > at
    AND u.disabled_at IS NULL
    AND a.disabled_at IS NULL;
  IF FOUND THEN
    UPDATE sessions s SET last_seen_at = at, idle_expires_at = idle_expiry
    WHERE s.token_hash = token AND s.idle_expires_at < slide_before;
  END IF;
END
$$;

REVOKE ALL ON FUNCTION enlace_live_session(bytea, timestamptz, timestamptz, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION enlace_live_session(bytea, timestamptz, timestamptz, timestamptz) TO enlace_app;
