-- Case reads without planning on every statement (docs/benchmarks.md, "Case read latency").
--
-- The visibility checks were SQL functions marked SECURITY DEFINER. PostgreSQL cannot inline those, and
-- it plans the body of a non-inlined SQL function again in every statement that calls it: each read of
-- a case planned the row-level security check (four subqueries) before running it, about a millisecond,
-- several times as long as the check itself. A PL/pgSQL function plans its body once per connection and
-- keeps the plan. The rules are the same, word for word, as in 0005_case_access.sql; only the language
-- changes, and CREATE OR REPLACE keeps the policies that call them and the grants.

CREATE OR REPLACE FUNCTION enlace_case_visible(target uuid, owning uuid, opened_by uuid) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
  RETURN enlace_actor_works_cases() AND (
    (
      NOT EXISTS (
        SELECT 1 FROM case_walls w
        WHERE w.case_id = target AND (w.agency_id = enlace_actor_agency() OR w.user_id = enlace_actor_user())
      )
      AND (
        owning = enlace_actor_agency() OR opened_by = enlace_actor_agency()
        OR EXISTS (
          SELECT 1 FROM case_shares s
          WHERE s.case_id = target AND s.agency_id = enlace_actor_agency() AND s.revoked_at IS NULL
            AND (s.expires_at IS NULL OR s.expires_at > now())
        )
        OR EXISTS (SELECT 1 FROM case_assignments a WHERE a.case_id = target AND a.user_id = enlace_actor_user())
      )
    )
    OR EXISTS (
      SELECT 1 FROM break_glass_grants g
      WHERE g.case_id = target AND g.user_id = enlace_actor_user() AND g.expires_at > now()
    )
  );
END
$$;

CREATE OR REPLACE FUNCTION enlace_actor_walled_from(target uuid) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
  RETURN EXISTS (
    SELECT 1 FROM case_walls w
    WHERE w.case_id = target AND (w.agency_id = enlace_actor_agency() OR w.user_id = enlace_actor_user())
  );
END
$$;

-- A case as row-level security lets the caller see it, with the shares, assignments, walls and
-- break-glass grants that decide the caller's relation to it (src/modules/cases/store.ts). Planning
-- that statement cost more than running it, with the policies of cases, case_shares and
-- case_assignments expanded into it; as a PL/pgSQL function it is planned once per connection.
-- SECURITY INVOKER (the default): it reads as the caller, so every policy still applies.
CREATE FUNCTION enlace_case_with_access_facts(target uuid, caller uuid)
RETURNS TABLE (
  id uuid, reference text, status text, "stateCode" text, municipality text, "openedOn" text,
  version integer, "owningAgencyId" uuid, "openedByAgencyId" uuid, "owningAgencyCode" text,
  "owningAgencyName" text, shared text[], assigned text[], walled boolean, "breakGlass" boolean
)
LANGUAGE plpgsql STABLE SET search_path = public AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
  SELECT c.id, c.reference, c.status, c.state_code, c.municipality, to_char(c.opened_on, 'YYYY-MM-DD'),
    c.version, c.owning_agency_id, c.opened_by_agency_id, a.code, a.name,
    coalesce((SELECT array_agg(s.agency_id::text) FROM case_shares s
      WHERE s.case_id = c.id AND s.revoked_at IS NULL AND (s.expires_at IS NULL OR s.expires_at > now())), '{}'),
    coalesce((SELECT array_agg(ca.user_id::text) FROM case_assignments ca WHERE ca.case_id = c.id), '{}'),
    enlace_actor_walled_from(c.id),
    EXISTS (SELECT 1 FROM break_glass_grants g
      WHERE g.case_id = c.id AND g.user_id = caller AND g.expires_at > now())
  FROM cases c
  JOIN agencies a ON a.id = c.owning_agency_id
  WHERE c.id = target;
END
$$;

REVOKE ALL ON FUNCTION enlace_case_with_access_facts(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION enlace_case_with_access_facts(uuid, uuid) TO enlace_app;
