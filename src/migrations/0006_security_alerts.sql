-- Alerts for auditors: break-glass openings and unusually many identity reads by one person.

CREATE TABLE security_alerts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('break_glass', 'identity_read_rate')),
  -- The agency whose auditors must look; the platform operator's auditors see every alert.
  agency_id uuid NOT NULL REFERENCES agencies (id),
  subject_user_id uuid NOT NULL REFERENCES users (id),
  case_id uuid REFERENCES cases (id),
  details jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(details) = 'object'),
  raised_at timestamptz NOT NULL DEFAULT now(),
  acknowledged_at timestamptz,
  acknowledged_by uuid REFERENCES users (id)
);
CREATE INDEX security_alerts_agency_idx ON security_alerts (agency_id, raised_at DESC);
CREATE INDEX security_alerts_subject_idx ON security_alerts (subject_user_id, kind, raised_at DESC);

CREATE FUNCTION enlace_actor_is_platform_operator() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (SELECT 1 FROM agencies WHERE id = enlace_actor_agency() AND agency_type = 'system_operator')
$$;

-- How many identity reads the acting user made in the last hour (the audit log is closed to them).
CREATE FUNCTION enlace_actor_identity_reads_last_hour() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT count(*)::int FROM audit_entries
  WHERE actor_user_id = enlace_actor_user() AND action = 'identity.read'
    AND occurred_at > clock_timestamp() - interval '1 hour'
$$;

-- Whether an alert of this kind about the acting user was raised in the last hour.
CREATE FUNCTION enlace_actor_recently_alerted(alert_kind text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT EXISTS (
    SELECT 1 FROM security_alerts
    WHERE subject_user_id = enlace_actor_user() AND kind = alert_kind AND raised_at > now() - interval '1 hour'
  )
$$;

ALTER TABLE security_alerts ENABLE ROW LEVEL SECURITY;
CREATE POLICY security_alerts_raise ON security_alerts FOR INSERT TO enlace_app
  WITH CHECK (subject_user_id = enlace_actor_user());
CREATE POLICY security_alerts_auditors ON security_alerts FOR SELECT TO enlace_app
  USING ('auditor' = ANY (enlace_actor_roles())
         AND (agency_id = enlace_actor_agency() OR enlace_actor_is_platform_operator()));
CREATE POLICY security_alerts_acknowledge ON security_alerts FOR UPDATE TO enlace_app
  USING ('auditor' = ANY (enlace_actor_roles())
         AND (agency_id = enlace_actor_agency() OR enlace_actor_is_platform_operator()));

GRANT SELECT, INSERT ON security_alerts TO enlace_app;
GRANT UPDATE (acknowledged_at, acknowledged_by) ON security_alerts TO enlace_app;
