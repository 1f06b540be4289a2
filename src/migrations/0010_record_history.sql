-- Every change to a case record, kept as history: who, when, which record, which fields, and (for
-- fields that neither identify nor locate anyone) the values before and after. Encrypted fields are
-- named without values, so history never holds plaintext that the field encryption protects.
-- Append-only for the application, like the audit log.

CREATE TABLE record_changes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  record_type text NOT NULL CHECK (record_type ~ '^[a-z][a-z_]{1,39}$'),
  record_id uuid NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  change_kind text NOT NULL CHECK (change_kind IN ('created', 'updated', 'removed')),
  -- The field group a reader needs to see this change (identity, location, investigation, needs);
  -- null when the case summary is enough.
  field_group text CHECK (field_group IN ('identity', 'location', 'investigation', 'needs')),
  changes jsonb NOT NULL CHECK (jsonb_typeof(changes) = 'array'),
  reason text CHECK (char_length(reason) <= 2000),
  changed_by uuid NOT NULL REFERENCES users (id) DEFAULT enlace_actor_user(),
  changed_by_agency_id uuid NOT NULL REFERENCES agencies (id) DEFAULT enlace_actor_agency(),
  request_id text DEFAULT nullif(current_setting('enlace.request_id', true), ''),
  changed_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (record_type, record_id, version)
);
CREATE INDEX record_changes_case_idx ON record_changes (case_id, id DESC);

ALTER TABLE record_changes ENABLE ROW LEVEL SECURITY;
CREATE POLICY record_changes_with_case ON record_changes FOR SELECT TO enlace_app
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
CREATE POLICY record_changes_write ON record_changes FOR INSERT TO enlace_app
  WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id)
              AND changed_by = enlace_actor_user() AND changed_by_agency_id = enlace_actor_agency());

CREATE FUNCTION enlace_record_changes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'record_changes is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER record_changes_append_only BEFORE UPDATE OR DELETE ON record_changes
  FOR EACH ROW EXECUTE FUNCTION enlace_record_changes_append_only();
CREATE TRIGGER record_changes_no_truncate BEFORE TRUNCATE ON record_changes
  FOR EACH STATEMENT EXECUTE FUNCTION enlace_record_changes_append_only();

GRANT SELECT, INSERT ON record_changes TO enlace_app;
