-- A case read in two prepared statements (docs/benchmarks.md, "Case read latency").
--
-- Since 0047 a case read sent BEGIN, its session and the read in one message, then its audit entry with
-- COMMIT in another. A message of several statements travels as text, so PostgreSQL parsed and planned
-- each of them on every read: about a fifth of its work per read. Each message is now one call of a
-- function, sent as a named prepared statement (bound, never parsed or planned again on a connection),
-- and each commits on its own:
--   1. enlace_open_case_read: the live session, the actor's settings from it, and the case as
--      row-level security lets that actor see it, with the facts of the actor's relation to it. It
--      writes nothing, so a read the application then refuses (its own check, the request limits)
--      leaves no trace and slides no session, as before.
--   2. enlace_record_in_session: once the application has checked the caller's relation, the audit
--      entry, and the session's idle expiry slid. The answer leaves only after this commits, so no
--      case is answered without its entry.
--
-- The rules of a live session stay in one place, now enlace_session_of, which both the request's own
-- session statement (enlace_live_session) and the case read use. The functions run as the caller
-- (SECURITY INVOKER, the default): the same grants and policies as the statements they replace.

-- The live signed-in session behind a token hash, word for word the rules of 0047: signed in (no
-- pending step), not revoked, within both timeouts, of an account that is not disabled, in an
-- institution that is not suspended. A SQL function with a standard body, so a caller's plan inlines it.
CREATE FUNCTION enlace_session_of(token bytea, at timestamptz)
RETURNS TABLE (
  user_id uuid, username text, display_name text, locale text, authenticated_at timestamptz,
  agency_id uuid, agency_code text, agency_name text, agency_type text, roles text[], mfa_enrolled boolean
)
LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT u.id, u.username, u.display_name, u.locale, s.authenticated_at, a.id, a.code, a.name, a.agency_type,
    coalesce((SELECT array_agg(r.role ORDER BY r.role) FROM public.user_roles r WHERE r.user_id = u.id), '{}'),
    EXISTS (SELECT FROM public.user_mfa m WHERE m.user_id = u.id AND m.confirmed_at IS NOT NULL)
  FROM public.sessions s
  JOIN public.users u ON u.id = s.user_id
  JOIN public.agencies a ON a.id = u.agency_id
  WHERE s.token_hash = token
    AND s.revoked_at IS NULL
    AND s.pending_step IS NULL
    AND s.idle_expires_at > at
    AND s.absolute_expires_at > at
    AND u.disabled_at IS NULL
    AND a.disabled_at IS NULL;
END;

-- A live session's idle expiry slides forward to `idle_expiry` when it has fallen behind `slide_before`,
-- so most requests only read.
CREATE FUNCTION enlace_slide_session(token bytea, at timestamptz, idle_expiry timestamptz, slide_before timestamptz)
RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = public AS $$
BEGIN
  UPDATE sessions s SET last_seen_at = at, idle_expires_at = idle_expiry
  WHERE s.token_hash = token AND s.idle_expires_at < slide_before;
END
$$;

-- The request's own session statement: the same answer as 0047's, from the rules above. Its user's id
-- is now `user_id`, as in every row that carries a session.
DROP FUNCTION enlace_live_session(bytea, timestamptz, timestamptz, timestamptz);
CREATE FUNCTION enlace_live_session(token bytea, at timestamptz, idle_expiry timestamptz, slide_before timestamptz)
RETURNS TABLE (
  user_id uuid, username text, display_name text, locale text, authenticated_at timestamptz,
  agency_id uuid, agency_code text, agency_name text, agency_type text, roles text[], mfa_enrolled boolean
)
LANGUAGE plpgsql VOLATILE SET search_path = public AS $$
BEGIN
  RETURN QUERY SELECT * FROM enlace_session_of(token, at);
  IF FOUND THEN
    PERFORM enlace_slide_session(token, at, idle_expiry, slide_before);
  END IF;
END
$$;

-- The first statement of a case read: nothing without a live session; otherwise one row with the
-- session, the actor's settings made for the rest of this statement's transaction (row-level security
-- reads them), and the case's columns and access facts (enlace_case_with_access_facts), all null when
-- the actor may not see the case. `breakGlassUntil` is the latest live break-glass grant's end, read
-- only when there is one.
CREATE FUNCTION enlace_open_case_read(token bytea, at timestamptz, request_id text, target uuid)
RETURNS TABLE (
  user_id uuid, username text, display_name text, locale text, authenticated_at timestamptz,
  agency_id uuid, agency_code text, agency_name text, agency_type text, roles text[], mfa_enrolled boolean,
  id uuid, reference text, status text, "stateCode" text, municipality text, "openedOn" text,
  version integer, "owningAgencyId" uuid, "openedByAgencyId" uuid, "owningAgencyCode" text,
  "owningAgencyName" text, shared text[], assigned text[], walled boolean, "breakGlass" boolean,
  "breakGlassUntil" timestamptz
)
LANGUAGE plpgsql VOLATILE SET search_path = public AS $$
#variable_conflict use_column
DECLARE
  live record;
BEGIN
  SELECT * INTO live FROM enlace_session_of(token, at);
  IF NOT FOUND THEN
    RETURN;
  END IF;
  PERFORM set_config('enlace.user_id', live.user_id::text, true),
    set_config('enlace.agency_id', live.agency_id::text, true),
    set_config('enlace.roles', array_to_string(live.roles, ','), true),
    set_config('enlace.request_id', request_id, true);
  RETURN QUERY
  SELECT live.user_id, live.username, live.display_name, live.locale, live.authenticated_at, live.agency_id,
    live.agency_code, live.agency_name, live.agency_type, live.roles, live.mfa_enrolled,
    c.id, c.reference, c.status, c."stateCode", c.municipality, c."openedOn", c.version, c."owningAgencyId",
    c."openedByAgencyId", c."owningAgencyCode", c."owningAgencyName", c.shared, c.assigned, c.walled,
    c."breakGlass",
    CASE WHEN c."breakGlass" THEN (
      SELECT max(g.expires_at) FROM break_glass_grants g
      WHERE g.case_id = target AND g.user_id = live.user_id AND g.expires_at > now()
    ) END
  FROM (SELECT) AS one
  LEFT JOIN enlace_case_with_access_facts(target, live.user_id) AS c ON true;
END
$$;

-- The second statement of a read answered in session: its audit entry, naming the actor the first
-- statement found, and the session's idle expiry slid (enlace_slide_session).
CREATE FUNCTION enlace_record_in_session(
  token bytea, at timestamptz, idle_expiry timestamptz, slide_before timestamptz,
  actor uuid, actor_agency uuid, actor_roles text[], request_id text,
  action text, record_type text, record_id text, reason text, details jsonb
)
RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = public AS $$
BEGIN
  INSERT INTO audit_entries (
    actor_user_id, actor_agency_id, actor_roles, request_id, action, record_type, record_id, reason, details
  ) VALUES (actor, actor_agency, actor_roles, request_id, action, record_type, record_id, reason, details);
  PERFORM enlace_slide_session(token, at, idle_expiry, slide_before);
END
$$;

REVOKE ALL ON FUNCTION enlace_session_of(bytea, timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION enlace_slide_session(bytea, timestamptz, timestamptz, timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION enlace_live_session(bytea, timestamptz, timestamptz, timestamptz) FROM PUBLIC;
REVOKE ALL ON FUNCTION enlace_open_case_read(bytea, timestamptz, text, uuid) FROM PUBLIC;
REVOKE ALL ON FUNCTION enlace_record_in_session(
  bytea, timestamptz, timestamptz, timestamptz, uuid, uuid, text[], text, text, text, text, text, jsonb
) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION enlace_session_of(bytea, timestamptz) TO enlace_app;
GRANT EXECUTE ON FUNCTION enlace_slide_session(bytea, timestamptz, timestamptz, timestamptz) TO enlace_app;
GRANT EXECUTE ON FUNCTION enlace_live_session(bytea, timestamptz, timestamptz, timestamptz) TO enlace_app;
GRANT EXECUTE ON FUNCTION enlace_open_case_read(bytea, timestamptz, text, uuid) TO enlace_app;
GRANT EXECUTE ON FUNCTION enlace_record_in_session(
  bytea, timestamptz, timestamptz, timestamptz, uuid, uuid, text[], text, text, text, text, text, jsonb
) TO enlace_app;
