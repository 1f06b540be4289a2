/** SQL that renders an entry's fields exactly as `EntryFields` hashes them (alias `e`). */
export const ENTRY_FIELDS_SQL = `
  e.id::text AS id,
  to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "occurredAt",
  e.actor_user_id::text AS "actorUserId",
  e.actor_agency_id::text AS "actorAgencyId",
  e.actor_roles AS "actorRoles",
  e.request_id AS "requestId",
  e.action,
  e.record_type AS "recordType",
  e.record_id AS "recordId",
  e.reason,
  e.details::text AS details`;
