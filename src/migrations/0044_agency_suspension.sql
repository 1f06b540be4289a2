-- Suspending and reinstating an institution (dissolved, merged, or under investigation for complicity).
-- A suspended institution is one whose `disabled_at` is set: every directory and picker already leaves
-- those out. Its records stay where they are; what changes is that its people lose access at once and
-- nothing new is routed to it. The database holds those effects even if the application erred.

ALTER TABLE agencies ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version > 0);

-- Suspensions and reinstatements, with the administrator's reason: the institution's own history.
CREATE TABLE agency_status_changes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  agency_id uuid NOT NULL REFERENCES agencies (id),
  version integer NOT NULL CHECK (version > 1),
  status text NOT NULL CHECK (status IN ('suspended', 'active')),
  reason text NOT NULL CHECK (char_length(reason) BETWEEN 20 AND 2000),
  changed_by uuid NOT NULL DEFAULT enlace_actor_user() REFERENCES users (id),
  request_id text DEFAULT nullif(current_setting('enlace.request_id', true), ''),
  changed_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (agency_id, version)
);
CREATE INDEX agency_status_changes_agency_idx ON agency_status_changes (agency_id, id DESC);

CREATE FUNCTION enlace_actor_administers_platform() RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT 'administrator' = ANY (enlace_actor_roles())
            AND enlace_actor_agency() = (SELECT id FROM agencies WHERE code = 'ENLACE') $$;

-- Not forced: it holds no case data, and the schema's owner (backups, restores) reads it whole.
ALTER TABLE agency_status_changes ENABLE ROW LEVEL SECURITY;
CREATE POLICY agency_status_changes_read ON agency_status_changes FOR SELECT TO enlace_app
  USING (enlace_actor_administers_platform());
CREATE POLICY agency_status_changes_write ON agency_status_changes FOR INSERT TO enlace_app
  WITH CHECK (enlace_actor_administers_platform() AND changed_by = enlace_actor_user());

CREATE FUNCTION enlace_agency_status_changes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'agency_status_changes is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER agency_status_changes_append_only BEFORE UPDATE OR DELETE ON agency_status_changes
  FOR EACH ROW EXECUTE FUNCTION enlace_agency_status_changes_append_only();
CREATE TRIGGER agency_status_changes_no_truncate BEFORE TRUNCATE ON agency_status_changes
  FOR EACH STATEMENT EXECUTE FUNCTION enlace_agency_status_changes_append_only();

GRANT SELECT, INSERT ON agency_status_changes TO enlace_app;

-- Only the platform's administrators suspend or reinstate, never the operator itself (nobody could
-- reinstate it), and a suspension ends every session of the institution's people in the same statement.
CREATE FUNCTION enlace_agency_suspension_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_user = 'enlace_app' AND NOT enlace_actor_administers_platform() THEN
    RAISE EXCEPTION 'only the platform''s administrators suspend or reinstate an institution'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.code = 'ENLACE' AND NEW.disabled_at IS NOT NULL THEN
    RAISE EXCEPTION 'the platform operator cannot be suspended' USING ERRCODE = 'check_violation';
  END IF;
  IF OLD.disabled_at IS NULL AND NEW.disabled_at IS NOT NULL THEN
    UPDATE sessions SET revoked_at = now()
     WHERE revoked_at IS NULL AND user_id IN (SELECT id FROM users WHERE agency_id = NEW.id);
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER agencies_suspension_guard BEFORE UPDATE OF disabled_at ON agencies
  FOR EACH ROW WHEN (OLD.disabled_at IS DISTINCT FROM NEW.disabled_at)
  EXECUTE FUNCTION enlace_agency_suspension_guard();

-- No session opens, or completes its second factor, for someone whose institution is suspended.
CREATE FUNCTION enlace_sessions_of_active_agencies() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.revoked_at IS NULL AND EXISTS (
    SELECT FROM users u JOIN agencies a ON a.id = u.agency_id
     WHERE u.id = NEW.user_id AND a.disabled_at IS NOT NULL) THEN
    RAISE EXCEPTION 'the account''s institution is suspended' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER sessions_of_active_agencies BEFORE INSERT OR UPDATE OF token_hash, pending_step ON sessions
  FOR EACH ROW EXECUTE FUNCTION enlace_sessions_of_active_agencies();

-- Nothing new reaches a suspended institution from the application: shares, transfer requests, referrals
-- proposed or sent. The schema's own functions are trusted to decide for themselves: accepting a transfer
-- that a suspended owner asked for shares the case back with it (enlace_accept_transfer), which keeps its
-- own records within its reach once reinstated and sends nothing to anyone while it is suspended.
-- TG_ARGV[0] names the column that holds the receiving institution.
CREATE FUNCTION enlace_refuse_suspended_recipient() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  recipient uuid;
  suspended_code text;
BEGIN
  IF current_user <> 'enlace_app' THEN RETURN NEW; END IF;
  EXECUTE format('SELECT ($1).%I', TG_ARGV[0]) INTO recipient USING NEW;
  SELECT code INTO suspended_code FROM agencies WHERE id = recipient AND disabled_at IS NOT NULL;
  IF suspended_code IS NOT NULL THEN
    RAISE EXCEPTION 'institution % is suspended', suspended_code USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER case_shares_to_active_agency BEFORE INSERT ON case_shares
  FOR EACH ROW EXECUTE FUNCTION enlace_refuse_suspended_recipient('agency_id');
CREATE TRIGGER case_transfers_to_active_agency BEFORE INSERT ON case_transfers
  FOR EACH ROW EXECUTE FUNCTION enlace_refuse_suspended_recipient('to_agency_id');
CREATE TRIGGER referrals_to_active_agency BEFORE INSERT ON referrals
  FOR EACH ROW EXECUTE FUNCTION enlace_refuse_suspended_recipient('provider_agency_id');
CREATE TRIGGER referrals_sent_to_active_agency BEFORE UPDATE OF status ON referrals
  FOR EACH ROW WHEN (NEW.status = 'sent' AND OLD.status IS DISTINCT FROM 'sent')
  EXECUTE FUNCTION enlace_refuse_suspended_recipient('provider_agency_id');
