-- Tamper-evident audit log. Entries are written in the same transaction as the act they record;
-- a sealer links them into a SHA-256 hash chain shortly after, in the order it finds them, so no
-- request waits on a lock held through commit. Both tables are append-only.

CREATE TABLE audit_entries (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  -- The actor comes from the transaction's context (withActor), the same one row-level security reads.
  actor_user_id uuid DEFAULT nullif(current_setting('enlace.user_id', true), '')::uuid,
  actor_agency_id uuid DEFAULT nullif(current_setting('enlace.agency_id', true), '')::uuid,
  actor_roles text[] NOT NULL
    DEFAULT coalesce(string_to_array(nullif(current_setting('enlace.roles', true), ''), ','), '{}'),
  request_id text DEFAULT nullif(current_setting('enlace.request_id', true), ''),
  action text NOT NULL CHECK (action ~ '^[a-z][a-z_]*(\.[a-z][a-z_]*)+$'),
  record_type text CHECK (record_type ~ '^[a-z][a-z_]*$'),
  record_id text CHECK (char_length(record_id) <= 100),
  reason text CHECK (char_length(reason) <= 2000),
  details jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(details) = 'object')
);
CREATE INDEX audit_entries_occurred_at_idx ON audit_entries (occurred_at);
CREATE INDEX audit_entries_record_idx ON audit_entries (record_type, record_id);
CREATE INDEX audit_entries_actor_idx ON audit_entries (actor_user_id);

-- Entries waiting for the sealer. Not part of the evidence: `audit verify` finds any entry left out.
CREATE TABLE audit_pending (entry_id bigint PRIMARY KEY REFERENCES audit_entries (id));

CREATE TABLE audit_chain (
  position bigint PRIMARY KEY CHECK (position > 0),
  entry_id bigint NOT NULL UNIQUE REFERENCES audit_entries (id),
  previous_hash bytea NOT NULL CHECK (octet_length(previous_hash) = 32),
  entry_hash bytea NOT NULL CHECK (octet_length(entry_hash) = 32),
  sealed_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE FUNCTION enlace_mark_audit_pending() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO audit_pending (entry_id) VALUES (NEW.id);
  RETURN NULL;
END $$;
CREATE TRIGGER audit_entries_pending AFTER INSERT ON audit_entries
  FOR EACH ROW EXECUTE FUNCTION enlace_mark_audit_pending();

CREATE FUNCTION enlace_refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only: % on % refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
  FOR EACH ROW EXECUTE FUNCTION enlace_refuse_audit_change();
CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
  FOR EACH STATEMENT EXECUTE FUNCTION enlace_refuse_audit_change();
CREATE TRIGGER audit_chain_append_only BEFORE UPDATE OR DELETE ON audit_chain
  FOR EACH ROW EXECUTE FUNCTION enlace_refuse_audit_change();
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
  FOR EACH STATEMENT EXECUTE FUNCTION enlace_refuse_audit_change();

-- The application writes entries and nothing else; auditors read them through row-level security.
REVOKE ALL ON audit_entries, audit_pending, audit_chain FROM PUBLIC;
GRANT INSERT ON audit_entries TO enlace_app;
GRANT SELECT ON audit_entries, audit_chain TO enlace_app;
ALTER TABLE audit_entries ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_chain ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_entries_insert ON audit_entries FOR INSERT TO enlace_app WITH CHECK (true);
CREATE POLICY audit_entries_auditors ON audit_entries FOR SELECT TO enlace_app
  USING ('auditor' = ANY (string_to_array(current_setting('enlace.roles', true), ',')));
CREATE POLICY audit_chain_auditors ON audit_chain FOR SELECT TO enlace_app
  USING ('auditor' = ANY (string_to_array(current_setting('enlace.roles', true), ',')));
