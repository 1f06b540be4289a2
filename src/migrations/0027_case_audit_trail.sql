-- A case's audit trail (issue 4): every audit entry about one case, for the auditors and supervisors of
-- the agency that owns it (and the platform operator's auditors). The rule is the one in
-- src/platform/access/case-audit-access.ts; docs/security.md says why.
--
-- Entries name their case in three ways: the case itself (record_type 'case'), a record of the case
-- carrying `caseId` in its details (notes, exploitation, referrals…), or a person of the case (reveals
-- and reads of a person's record). Exports name no case: an export is of every case the exporting
-- agency owns, so the trail shows the owning agency's exports since the case was created.

CREATE INDEX audit_entries_case_detail_idx ON audit_entries ((details ->> 'caseId'), id)
  WHERE details ? 'caseId';
CREATE INDEX audit_entries_exports_idx ON audit_entries (actor_agency_id, id) WHERE action = 'case.export';

-- Whether the acting user may read the trail. SECURITY DEFINER: auditors never see case rows, and
-- walls are hidden from those they keep out.
CREATE FUNCTION enlace_actor_reads_case_audit(target uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (
    SELECT 1 FROM cases c
    WHERE c.id = target
      AND NOT enlace_actor_walled_from(c.id)
      AND (
        ('auditor' = ANY (enlace_actor_roles())
          AND (c.owning_agency_id = enlace_actor_agency() OR enlace_actor_is_platform_operator()))
        OR ('supervisor' = ANY (enlace_actor_roles()) AND c.owning_agency_id = enlace_actor_agency())
      )
  )
$$;

-- The facts the application's rule decides on; no row when the case does not exist.
CREATE FUNCTION enlace_case_audit_facts(target uuid)
RETURNS TABLE (owned_by_actor_agency boolean, walled boolean, platform_operator boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT c.owning_agency_id = enlace_actor_agency(), enlace_actor_walled_from(c.id),
         enlace_actor_is_platform_operator()
  FROM cases c WHERE c.id = target
$$;

-- One page of the trail, newest first, entries older than `before_entry` (all when null). Each way an
-- entry names the case is read newest first up to the page size, then merged. Nothing for a caller
-- the rule above refuses. SECURITY DEFINER: the audit log's own policy shows an agency's auditors only
-- what their own agency's people did, and a case's trail is also what others did to it.
CREATE FUNCTION enlace_case_audit_trail(target uuid, before_entry bigint, page_size integer)
RETURNS TABLE (
  id bigint,
  occurred_at timestamptz,
  actor_user_id uuid,
  actor_name text,
  actor_agency_code text,
  actor_roles text[],
  action text,
  record_type text,
  record_id text,
  reason text,
  details jsonb
)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  WITH the_case AS (
    SELECT c.id, c.id::text AS key, c.owning_agency_id, c.created_at FROM cases c
    WHERE c.id = target AND enlace_actor_reads_case_audit(target)
  ),
  page AS (
    (SELECT e.id FROM audit_entries e, the_case c
      WHERE e.record_type = 'case' AND e.record_id = c.key AND e.id < coalesce(before_entry, 9223372036854775807)
      ORDER BY e.id DESC LIMIT page_size)
    UNION
    (SELECT e.id FROM audit_entries e, the_case c
      WHERE e.details ? 'caseId' AND e.details ->> 'caseId' = c.key
        AND e.id < coalesce(before_entry, 9223372036854775807)
      ORDER BY e.details ->> 'caseId', e.id DESC LIMIT page_size)
    UNION
    (SELECT e.id FROM audit_entries e, the_case c
      WHERE e.record_type = 'person'
        AND e.record_id IN (SELECT p.id::text FROM people p WHERE p.case_id = c.id)
        AND e.id < coalesce(before_entry, 9223372036854775807)
      ORDER BY e.id DESC LIMIT page_size)
    UNION
    (SELECT e.id FROM audit_entries e, the_case c
      WHERE e.action = 'case.export' AND e.actor_agency_id = c.owning_agency_id
        AND e.occurred_at >= c.created_at AND e.id < coalesce(before_entry, 9223372036854775807)
      ORDER BY e.actor_agency_id, e.id DESC LIMIT page_size)
  )
  SELECT e.id, e.occurred_at, e.actor_user_id, u.display_name, a.code, e.actor_roles, e.action, e.record_type, e.record_id,
         e.reason, e.details
  FROM audit_entries e
  JOIN page ON page.id = e.id
  LEFT JOIN users u ON u.id = e.actor_user_id
  LEFT JOIN agencies a ON a.id = e.actor_agency_id
  ORDER BY e.id DESC
  LIMIT page_size
$$;

REVOKE ALL ON FUNCTION enlace_actor_reads_case_audit(uuid), enlace_case_audit_facts(uuid),
  enlace_case_audit_trail(uuid, bigint, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION enlace_actor_reads_case_audit(uuid), enlace_case_audit_facts(uuid),
  enlace_case_audit_trail(uuid, bigint, integer) TO enlace_app;
