-- The referral network (issue 6): a directory of service providers (each an agency, so that its staff
-- sign in as its users) and their services, and referrals of survivors to those services. Nothing here
-- names a survivor's decision on testifying: services cannot be made to depend on cooperation.
-- Field rules mirror src/modules/referrals; the application names the field first, these hold if it erred.

-- Agencies whose supervisors set providers' monitoring status: oversight bodies, never the provider.
CREATE FUNCTION enlace_actor_monitors_providers() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
  SELECT 'supervisor' = ANY (enlace_actor_roles()) AND EXISTS (
    SELECT 1 FROM agencies a WHERE a.id = enlace_actor_agency()
      AND a.agency_type IN ('interagency_commission', 'human_rights_commission'))
$$;
CREATE FUNCTION enlace_actor_edits_directory() RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT enlace_actor_roles() && ARRAY['supervisor', 'administrator'] $$;

CREATE TABLE service_providers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  agency_id uuid NOT NULL UNIQUE REFERENCES agencies (id),
  monitoring_status text NOT NULL DEFAULT 'unmonitored'
    CHECK (monitoring_status IN ('accredited', 'visited', 'under_review', 'suspended', 'unmonitored')),
  -- The day of the accreditation, visit, review or suspension.
  monitored_on date,
  -- An institutional desk (telephone, e-mail), never a person's.
  contact text CHECK (char_length(contact) BETWEEN 1 AND 300),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((monitoring_status = 'unmonitored') = (monitored_on IS NULL))
);

CREATE TABLE provider_services (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_id uuid NOT NULL REFERENCES service_providers (id),
  service_type text NOT NULL CHECK (service_type IN ('shelter', 'medical', 'psychological', 'legal', 'social',
    'migration', 'repatriation', 'reintegration', 'interpretation')),
  name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
  -- Eligibility; an empty list accepts everyone.
  sexes text[] NOT NULL DEFAULT '{}' CHECK (sexes <@ ARRAY['female', 'male', 'intersex', 'unknown']),
  genders text[] NOT NULL DEFAULT '{}' CHECK (genders <@ ARRAY['feminine', 'masculine',
    'transgender_feminine', 'transgender_masculine', 'non_conforming', 'unknown']),
  min_age smallint CHECK (min_age BETWEEN 0 AND 120),
  max_age smallint CHECK (max_age BETWEEN 0 AND 120),
  exploitation_forms text[] NOT NULL DEFAULT '{}' CHECK (cardinality(exploitation_forms) <= 11),
  nationalities text[] NOT NULL DEFAULT '{}'
    CHECK (array_to_string(nationalities, ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
  languages text[] NOT NULL DEFAULT '{}' CHECK (cardinality(languages) <= 40),
  disability_access boolean NOT NULL DEFAULT false,
  accepts_children boolean NOT NULL DEFAULT false,
  -- Shelters only: how secure, how long, whether residents may go out alone (the seed: a shelter that
  -- keeps women in for three months can re-traumatise them, so it is recorded, not hidden).
  security_level text CHECK (security_level IN ('standard', 'high')),
  max_stay_days integer CHECK (max_stay_days BETWEEN 1 AND 3650),
  may_leave_unaccompanied boolean,
  -- Coverage: ISO 3166-2:MX states without the prefix, and municipalities by name inside them.
  states text[] NOT NULL CHECK (cardinality(states) BETWEEN 1 AND 32
    AND array_to_string(states, ',') ~ '^[A-Z]{3}(,[A-Z]{3})*$'),
  municipalities text[] NOT NULL DEFAULT '{}' CHECK (cardinality(municipalities) <= 100),
  -- Places; null: not limited (legal advice, interpretation).
  capacity integer CHECK (capacity >= 0),
  occupancy integer NOT NULL DEFAULT 0 CHECK (occupancy >= 0),
  cost text NOT NULL DEFAULT 'free' CHECK (cost IN ('free', 'sliding_scale', 'paid')),
  contact text CHECK (char_length(contact) BETWEEN 1 AND 300),
  active boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age),
  CHECK (capacity IS NULL OR occupancy <= capacity),
  CHECK (service_type = 'shelter'
         OR (security_level IS NULL AND max_stay_days IS NULL AND may_leave_unaccompanied IS NULL))
);
CREATE INDEX provider_services_provider_idx ON provider_services (provider_id);

-- Monitoring is set by oversight bodies only; everything else by the provider's own editors.
CREATE FUNCTION enlace_service_providers_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.monitoring_status, NEW.monitored_on) IS DISTINCT FROM (OLD.monitoring_status, OLD.monitored_on)
     AND NOT enlace_actor_monitors_providers() THEN
    RAISE EXCEPTION 'only an oversight body sets monitoring' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.contact IS DISTINCT FROM OLD.contact AND NEW.agency_id IS DISTINCT FROM enlace_actor_agency() THEN
    RAISE EXCEPTION 'only the provider edits its entry' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER service_providers_guard BEFORE UPDATE ON service_providers
  FOR EACH ROW EXECUTE FUNCTION enlace_service_providers_guard();

-- Referrals: a survivor of a case to one service. The provider's agency is kept on the row so that
-- row-level security can show it what was sent to it and nothing else; it never sees the case. What the
-- provider needs to know is copied at sending (needs and the profile matching used, never identity).
CREATE TABLE referrals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  person_id uuid NOT NULL REFERENCES people (id),
  service_id uuid NOT NULL REFERENCES provider_services (id),
  provider_agency_id uuid NOT NULL REFERENCES agencies (id),
  from_agency_id uuid NOT NULL DEFAULT enlace_actor_agency() REFERENCES agencies (id),
  created_by uuid NOT NULL DEFAULT enlace_actor_user() REFERENCES users (id),
  urgency text NOT NULL CHECK (urgency IN ('routine', 'urgent', 'emergency')),
  status text NOT NULL CHECK (status IN ('proposed', 'sent', 'accepted', 'declined', 'started', 'completed',
    'withdrawn', 'survivor_declined')),
  needs text[] NOT NULL DEFAULT '{}' CHECK (cardinality(needs) <= 9),
  profile jsonb NOT NULL DEFAULT '{}'::jsonb
    CHECK (jsonb_typeof(profile) = 'object' AND octet_length(profile::text) <= 2000),
  -- The consent that allows sharing with this provider, or why it was sent without one (a supervisor).
  consent_id uuid REFERENCES consents (id),
  consent_override_reason text CHECK (char_length(consent_override_reason) BETWEEN 20 AND 2000),
  monitoring_override_reason text CHECK (char_length(monitoring_override_reason) BETWEEN 20 AND 2000),
  sent_at timestamptz,
  respond_by timestamptz,
  -- Set once by the sweep: the reminder halfway to the deadline, the escalation past it.
  reminded_at timestamptz,
  escalated_at timestamptz,
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (reminded_at IS NULL OR reminded_at >= sent_at),
  CHECK (status = 'proposed' OR status = 'withdrawn' AND sent_at IS NULL
         OR (sent_at IS NOT NULL AND respond_by IS NOT NULL
             AND (consent_id IS NOT NULL OR consent_override_reason IS NOT NULL))),
  CHECK (escalated_at IS NULL OR escalated_at > respond_by)
);
CREATE INDEX referrals_case_idx ON referrals (case_id);
CREATE INDEX referrals_provider_idx ON referrals (provider_agency_id, status);
CREATE INDEX referrals_awaiting_escalation ON referrals (respond_by) WHERE status = 'sent' AND escalated_at IS NULL;
CREATE TRIGGER referrals_person_in_case BEFORE INSERT OR UPDATE OF person_id, case_id
  ON referrals FOR EACH ROW EXECUTE FUNCTION enlace_person_in_record_role('survivor');

-- The provider answers (its status moves); what was sent, with which consent, stays the sender's.
CREATE FUNCTION enlace_referrals_provider_answers_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF enlace_actor_user() IS NOT NULL AND NOT enlace_case_records_writable(NEW.case_id)
     AND (to_jsonb(NEW) - ARRAY['status', 'version', 'updated_at'])
         IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['status', 'version', 'updated_at']) THEN
    RAISE EXCEPTION 'a provider only answers a referral' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER referrals_provider_answers_only BEFORE UPDATE ON referrals
  FOR EACH ROW EXECUTE FUNCTION enlace_referrals_provider_answers_only();

-- Who did what and when, on both sides; append-only.
CREATE TABLE referral_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  referral_id uuid NOT NULL REFERENCES referrals (id),
  status text NOT NULL,
  reason text CHECK (char_length(reason) <= 2000),
  actor_id uuid NOT NULL DEFAULT enlace_actor_user() REFERENCES users (id),
  actor_agency_id uuid NOT NULL DEFAULT enlace_actor_agency() REFERENCES agencies (id),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX referral_events_referral_idx ON referral_events (referral_id, id);
CREATE TRIGGER referral_events_append_only BEFORE UPDATE OR DELETE ON referral_events
  FOR EACH ROW EXECUTE FUNCTION enlace_record_changes_append_only();

ALTER TABLE service_providers ENABLE ROW LEVEL SECURITY;
ALTER TABLE provider_services ENABLE ROW LEVEL SECURITY;
ALTER TABLE referrals ENABLE ROW LEVEL SECURITY;
ALTER TABLE referral_events ENABLE ROW LEVEL SECURITY;

-- The directory holds no case data: every signed-in user reads it.
CREATE POLICY service_providers_read ON service_providers FOR SELECT TO enlace_app USING (true);
CREATE POLICY service_providers_register ON service_providers FOR INSERT TO enlace_app
  WITH CHECK (agency_id = enlace_actor_agency() AND enlace_actor_edits_directory()
              AND monitoring_status = 'unmonitored');
CREATE POLICY service_providers_change ON service_providers FOR UPDATE TO enlace_app
  USING ((agency_id = enlace_actor_agency() AND enlace_actor_edits_directory()) OR enlace_actor_monitors_providers());
CREATE POLICY provider_services_read ON provider_services FOR SELECT TO enlace_app USING (true);
CREATE POLICY provider_services_write ON provider_services FOR ALL TO enlace_app
  USING (enlace_actor_edits_directory() AND EXISTS (
    SELECT 1 FROM service_providers p WHERE p.id = provider_id AND p.agency_id = enlace_actor_agency()))
  WITH CHECK (enlace_actor_edits_directory() AND EXISTS (
    SELECT 1 FROM service_providers p WHERE p.id = provider_id AND p.agency_id = enlace_actor_agency()));

-- A referral is seen with its case, and by the provider it was sent to (never a proposal, never the case).
CREATE FUNCTION enlace_actor_serves_referral(provider uuid, referral_status text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT provider = enlace_actor_agency() AND referral_status <> 'proposed'
    AND enlace_actor_roles() && ARRAY['shelter_staff', 'case_worker', 'supervisor']
$$;
CREATE POLICY referrals_read ON referrals FOR SELECT TO enlace_app
  USING (enlace_case_in_reach(case_id) OR enlace_actor_serves_referral(provider_agency_id, status));
CREATE POLICY referrals_add ON referrals FOR INSERT TO enlace_app
  WITH CHECK (enlace_case_records_writable(case_id) AND from_agency_id = enlace_actor_agency()
              AND created_by = enlace_actor_user());
CREATE POLICY referrals_change ON referrals FOR UPDATE TO enlace_app
  USING (enlace_case_records_writable(case_id) OR enlace_actor_serves_referral(provider_agency_id, status))
  WITH CHECK (enlace_case_records_writable(case_id) OR enlace_actor_serves_referral(provider_agency_id, status));
CREATE POLICY referral_events_read ON referral_events FOR SELECT TO enlace_app
  USING (EXISTS (SELECT 1 FROM referrals r WHERE r.id = referral_id));
CREATE POLICY referral_events_add ON referral_events FOR INSERT TO enlace_app
  WITH CHECK (EXISTS (SELECT 1 FROM referrals r WHERE r.id = referral_id)
              AND actor_id = enlace_actor_user() AND actor_agency_id = enlace_actor_agency());

-- The overdue sweep: marks sent referrals left unanswered past their deadline, each once, by the
-- database's clock (as enlace_escalate_overdue_transfers in 0011).
CREATE FUNCTION enlace_escalate_overdue_referrals()
RETURNS TABLE (referral_id uuid, case_id uuid, from_agency_id uuid, provider_agency_id uuid,
               urgency text, respond_by timestamptz)
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  UPDATE referrals r SET escalated_at = now()
  WHERE r.status = 'sent' AND r.respond_by < now() AND r.escalated_at IS NULL
  RETURNING r.id, r.case_id, r.from_agency_id, r.provider_agency_id, r.urgency, r.respond_by
$$;
-- Halfway to the deadline, a sent referral still unanswered is marked reminded, once.
CREATE FUNCTION enlace_remind_pending_referrals()
RETURNS TABLE (referral_id uuid, provider_agency_id uuid, urgency text, respond_by timestamptz)
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  UPDATE referrals r SET reminded_at = now()
  WHERE r.status = 'sent' AND r.reminded_at IS NULL AND r.respond_by > now()
    AND now() >= r.sent_at + (r.respond_by - r.sent_at) / 2
  RETURNING r.id, r.provider_agency_id, r.urgency, r.respond_by
$$;
REVOKE ALL ON FUNCTION enlace_escalate_overdue_referrals(), enlace_remind_pending_referrals() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION enlace_escalate_overdue_referrals(), enlace_remind_pending_referrals() TO enlace_app;

-- The coverage-gap report (statisticians, who see no case rows): each survivor with needs as matching
-- reads them, without ids or free text (an indigenous language only as whether one is spoken), with the
-- kinds of service already received and the consents that say how the person may enter statistics.
CREATE FUNCTION enlace_survivor_service_profiles()
RETURNS TABLE (state_code text, sex text, gender text, birth_year smallint, has_disability boolean,
               speaks_indigenous boolean, forms text[], needs text[], served text[], consents jsonb)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT c.state_code, p.sex, p.gender, p.birth_year, coalesce(p.has_disability, false),
    p.indigenous_language IS NOT NULL,
    coalesce((SELECT array_agg(DISTINCT f ORDER BY f) FROM exploitations e, unnest(e.forms) f
              WHERE e.person_id = p.id), '{}'),
    p.needs,
    coalesce((SELECT array_agg(DISTINCT s.service_type ORDER BY s.service_type) FROM referrals r
              JOIN provider_services s ON s.id = r.service_id
              WHERE r.person_id = p.id AND r.status IN ('accepted', 'started', 'completed')), '{}'),
    coalesce((SELECT jsonb_agg(jsonb_build_object('scopes', k.scopes, 'givenOn', k.given_on, 'revokedOn', k.revoked_on))
              FROM consents k WHERE k.person_id = p.id), '[]'::jsonb)
  FROM people p JOIN cases c ON c.id = p.case_id
  WHERE p.role = 'survivor' AND cardinality(p.needs) > 0 AND 'statistician' = ANY (enlace_actor_roles())
$$;
REVOKE ALL ON FUNCTION enlace_survivor_service_profiles() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION enlace_survivor_service_profiles() TO enlace_app;

GRANT SELECT, INSERT, UPDATE ON service_providers, provider_services TO enlace_app;
-- reminded_at and escalated_at are the sweep's alone.
GRANT SELECT, INSERT ON referrals TO enlace_app;
GRANT UPDATE (status, version, updated_at, consent_id, consent_override_reason, monitoring_override_reason,
  sent_at, respond_by) ON referrals TO enlace_app;
GRANT SELECT, INSERT ON referral_events TO enlace_app;
