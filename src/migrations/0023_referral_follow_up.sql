-- Finishing the referral network (issue 6): the history of each provider's monitoring, the follow-up of
-- protection measures (immigration relief, repatriation, witness protection, compensation) with their
-- escalation, referral changes in the case history, and referral counts for statisticians.
-- As in 0017, nothing here names a survivor's decision on testifying.

-- Each accreditation, visit, review or suspension recorded for a provider, oldest first; append-only.
-- Providers monitored before this migration have their current status only.
CREATE TABLE provider_monitoring_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  provider_id uuid NOT NULL REFERENCES service_providers (id),
  status text NOT NULL CHECK (status IN ('accredited', 'visited', 'under_review', 'suspended')),
  monitored_on date NOT NULL,
  recorded_by uuid NOT NULL DEFAULT enlace_actor_user() REFERENCES users (id),
  recorded_by_agency_id uuid NOT NULL DEFAULT enlace_actor_agency() REFERENCES agencies (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX provider_monitoring_events_provider_idx ON provider_monitoring_events (provider_id, id);
CREATE TRIGGER provider_monitoring_events_append_only BEFORE UPDATE OR DELETE ON provider_monitoring_events
  FOR EACH ROW EXECUTE FUNCTION enlace_record_changes_append_only();
ALTER TABLE provider_monitoring_events ENABLE ROW LEVEL SECURITY;
-- Like the directory, the monitoring record holds no case data: every signed-in user reads it.
CREATE POLICY provider_monitoring_events_read ON provider_monitoring_events FOR SELECT TO enlace_app
  USING (true);
CREATE POLICY provider_monitoring_events_add ON provider_monitoring_events FOR INSERT TO enlace_app
  WITH CHECK (enlace_actor_monitors_providers() AND recorded_by = enlace_actor_user()
              AND recorded_by_agency_id = enlace_actor_agency());
GRANT SELECT, INSERT ON provider_monitoring_events TO enlace_app;

-- Open protection measures past their follow-up deadline, each escalated once by the sweep. The
-- deadlines are the application's (src/modules/follow-up/follow-up-rules.ts); the row keeps the one used.
CREATE TABLE protection_follow_up_escalations (
  measure_id uuid PRIMARY KEY REFERENCES protection_measures (id) ON DELETE CASCADE,
  case_id uuid NOT NULL REFERENCES cases (id),
  due_on date NOT NULL,
  escalated_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE protection_follow_up_escalations ENABLE ROW LEVEL SECURITY;
-- Seen with the measure, as its row-level security allows (witness protection: the investigation only).
CREATE POLICY protection_follow_up_escalations_read ON protection_follow_up_escalations FOR SELECT
  TO enlace_app USING (EXISTS (SELECT 1 FROM protection_measures m WHERE m.id = measure_id));
GRANT SELECT ON protection_follow_up_escalations TO enlace_app;

-- Marks every open measure whose kind has a deadline (days after it was applied for, requested or
-- ordered, by kind) and that is past it, once, by the database's clock; returns who must be told.
CREATE FUNCTION enlace_escalate_overdue_protection(deadline_days jsonb)
RETURNS TABLE (measure_id uuid, case_id uuid, kind text, due_on date, recorded_by uuid,
               responsible_agency_id uuid)
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  WITH marked AS (
    INSERT INTO protection_follow_up_escalations (measure_id, case_id, due_on)
    SELECT m.id, m.case_id, m.requested_on + (deadline_days ->> m.kind)::integer
    FROM protection_measures m
    WHERE m.status IN ('applied', 'requested', 'ordered') AND deadline_days ? m.kind
      AND m.requested_on + (deadline_days ->> m.kind)::integer < (now() AT TIME ZONE 'UTC')::date
    ON CONFLICT (measure_id) DO NOTHING
    RETURNING protection_follow_up_escalations.measure_id, protection_follow_up_escalations.case_id,
              protection_follow_up_escalations.due_on)
  SELECT k.measure_id, k.case_id, m.kind, k.due_on, m.recorded_by, m.recorded_by_agency_id
  FROM marked k JOIN protection_measures m ON m.id = k.measure_id
$$;
REVOKE ALL ON FUNCTION enlace_escalate_overdue_protection(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION enlace_escalate_overdue_protection(jsonb) TO enlace_app;

-- A provider that answers a referral writes that change into the case's history without seeing the
-- case: only for a referral sent to it, under its own name.
CREATE POLICY record_changes_referral_answer ON record_changes FOR INSERT TO enlace_app
  WITH CHECK (record_type = 'referral' AND changed_by = enlace_actor_user()
              AND changed_by_agency_id = enlace_actor_agency()
              AND EXISTS (SELECT 1 FROM referrals r WHERE r.id = record_id AND r.case_id = record_changes.case_id
                            AND enlace_actor_serves_referral(r.provider_agency_id, r.status)));

-- Referrals for statistics (statisticians only, who see no case rows): one row per referral that was
-- sent, accepted or left unanswered past its deadline in the period, without ids or free text, with
-- the consents that say how the survivor may enter statistics.
CREATE FUNCTION enlace_referral_counts(period_from timestamptz, period_to timestamptz)
RETURNS TABLE (state_code text, service_type text, made boolean, accepted boolean, overdue boolean,
               consents jsonb)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT x.state_code, x.service_type, x.made, x.accepted, x.overdue, x.consents FROM (
    SELECT c.state_code, s.service_type,
      coalesce(r.sent_at >= period_from AND r.sent_at < period_to, false) AS made,
      EXISTS (SELECT 1 FROM referral_events e WHERE e.referral_id = r.id AND e.status = 'accepted'
                AND e.at >= period_from AND e.at < period_to) AS accepted,
      coalesce(r.respond_by >= period_from AND r.respond_by < period_to AND r.respond_by < now()
        AND NOT EXISTS (SELECT 1 FROM referral_events e WHERE e.referral_id = r.id
                          AND e.status NOT IN ('proposed', 'sent') AND e.at <= r.respond_by), false) AS overdue,
      coalesce((SELECT jsonb_agg(jsonb_build_object('scopes', k.scopes, 'givenOn', k.given_on,
                                                    'revokedOn', k.revoked_on))
                FROM consents k WHERE k.person_id = r.person_id), '[]'::jsonb) AS consents
    FROM referrals r JOIN cases c ON c.id = r.case_id JOIN provider_services s ON s.id = r.service_id
    WHERE 'statistician' = ANY (enlace_actor_roles())
  ) x
  WHERE x.made OR x.accepted OR x.overdue
$$;
REVOKE ALL ON FUNCTION enlace_referral_counts(timestamptz, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION enlace_referral_counts(timestamptz, timestamptz) TO enlace_app;

-- The coverage-gap profiles of 0017, now with the day each survivor's case was opened, so that unmet
-- need can be counted for a period.
DROP FUNCTION enlace_survivor_service_profiles();
CREATE FUNCTION enlace_survivor_service_profiles()
RETURNS TABLE (state_code text, sex text, gender text, birth_year smallint, has_disability boolean,
               speaks_indigenous boolean, forms text[], needs text[], served text[], consents jsonb,
               opened_on date)
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
              FROM consents k WHERE k.person_id = p.id), '[]'::jsonb),
    c.opened_on
  FROM people p JOIN cases c ON c.id = p.case_id
  WHERE p.role = 'survivor' AND cardinality(p.needs) > 0 AND 'statistician' = ANY (enlace_actor_roles())
$$;
REVOKE ALL ON FUNCTION enlace_survivor_service_profiles() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION enlace_survivor_service_profiles() TO enlace_app;
