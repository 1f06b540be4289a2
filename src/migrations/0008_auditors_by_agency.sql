-- An agency's auditors read the entries of their own agency's people; the platform operator's
-- auditors read every entry, including those Enlace itself wrote (no agency).

DROP POLICY audit_entries_auditors ON audit_entries;
CREATE POLICY audit_entries_auditors ON audit_entries FOR SELECT TO enlace_app
  USING ('auditor' = ANY (enlace_actor_roles())
         AND (actor_agency_id = enlace_actor_agency() OR enlace_actor_is_platform_operator()));
