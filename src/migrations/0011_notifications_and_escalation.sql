-- Jurisdiction clocks and their follow-up: transfer requests escalate to supervisors once their response
-- deadline passes, people are told in the application (and, later, by e-mail or SMS) about what awaits
-- them, and each case's jurisdiction timeline can be replayed for the case and for statistics.

-- When the deadline passed unanswered and the supervisors were told; set once, by the sweep only.
ALTER TABLE case_transfers ADD COLUMN escalated_at timestamptz;
ALTER TABLE case_transfers ADD CONSTRAINT case_transfers_escalated_after_deadline
  CHECK (escalated_at IS NULL OR escalated_at > respond_by);
CREATE INDEX case_transfers_awaiting_escalation ON case_transfers (respond_by)
  WHERE status = 'pending' AND escalated_at IS NULL;

-- Whoever may read a case may read how its jurisdiction moved (the parties still see their requests
-- before the receiver can see the case, through case_transfers_parties).
CREATE POLICY case_transfers_with_case ON case_transfers FOR SELECT TO enlace_app
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));

-- A case is handed over to a competent authority only: a state prosecutor or a federal unit.
DROP POLICY case_transfers_request ON case_transfers;
CREATE POLICY case_transfers_request ON case_transfers FOR INSERT TO enlace_app
  WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND c.owning_agency_id = enlace_actor_agency())
              AND from_agency_id = enlace_actor_agency() AND requested_by = enlace_actor_user()
              AND EXISTS (SELECT 1 FROM agencies a WHERE a.id = to_agency_id AND a.agency_type IN
                          ('state_prosecutor', 'federal_prosecutor_trafficking', 'federal_organized_crime_unit')));

-- In-application notifications. They name records by id and carry only non-personal parameters
-- (agency codes, deadlines): whoever follows one is checked again by the record's own access rules.
CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  recipient_id uuid NOT NULL REFERENCES users (id),
  kind text NOT NULL CHECK (kind ~ '^[a-z][a-z_]{2,59}$'),
  subject_type text NOT NULL CHECK (subject_type ~ '^[a-z][a-z_]{1,39}$'),
  subject_id uuid NOT NULL,
  case_id uuid REFERENCES cases (id),
  params jsonb NOT NULL DEFAULT '{}'::jsonb
    CHECK (jsonb_typeof(params) = 'object' AND octet_length(params::text) <= 2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz
);
CREATE INDEX notifications_recipient_idx ON notifications (recipient_id, created_at DESC);

-- Messages for channels outside the application, waiting for a sender that runs with its own role.
CREATE TABLE notification_outbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  channel text NOT NULL CHECK (channel IN ('email', 'sms')),
  recipient_id uuid NOT NULL REFERENCES users (id),
  kind text NOT NULL CHECK (kind ~ '^[a-z][a-z_]{2,59}$'),
  payload jsonb NOT NULL CHECK (jsonb_typeof(payload) = 'object' AND octet_length(payload::text) <= 2000),
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0)
);
CREATE INDEX notification_outbox_unsent_idx ON notification_outbox (created_at) WHERE sent_at IS NULL;

ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
ALTER TABLE notification_outbox ENABLE ROW LEVEL SECURITY;
-- Any act may tell anyone something new; only the recipient reads it and marks it read.
CREATE POLICY notifications_send ON notifications FOR INSERT TO enlace_app WITH CHECK (read_at IS NULL);
CREATE POLICY notifications_own ON notifications FOR SELECT TO enlace_app
  USING (recipient_id = enlace_actor_user());
CREATE POLICY notifications_mark_read ON notifications FOR UPDATE TO enlace_app
  USING (recipient_id = enlace_actor_user()) WITH CHECK (recipient_id = enlace_actor_user());
-- The application queues messages but can neither read nor change the queue.
CREATE POLICY notification_outbox_queue ON notification_outbox FOR INSERT TO enlace_app
  WITH CHECK (sent_at IS NULL AND attempts = 0);

-- Each case's jurisdiction timeline as the reader may see it (security_invoker: row-level security of
-- the caller applies to every table read here).
CREATE VIEW jurisdiction_timelines WITH (security_invoker = true) AS
SELECT
  c.id AS case_id,
  c.reference,
  c.created_at AS opened_at,
  c.opened_by_agency_id AS opened_by,
  coalesce((
    SELECT jsonb_agg(jsonb_build_object('at', d.decided_at, 'decision', d.decision) ORDER BY d.decided_at)
    FROM jurisdiction_decisions d WHERE d.case_id = c.id
  ), '[]'::jsonb) AS decisions,
  coalesce((
    SELECT jsonb_agg(jsonb_build_object(
      'id', t.id, 'from', t.from_agency_id, 'to', t.to_agency_id, 'reason', t.reason,
      'requestedAt', t.requested_at, 'respondBy', t.respond_by, 'status', t.status,
      'respondedAt', t.responded_at, 'responseReason', t.response_reason, 'escalatedAt', t.escalated_at
    ) ORDER BY t.requested_at)
    FROM case_transfers t WHERE t.case_id = c.id
  ), '[]'::jsonb) AS transfers
FROM cases c;

-- Statisticians see no case rows: they get every case's timeline without the case, the requests'
-- ids or any free text (reasons become empty), only times, decisions and agencies.
CREATE FUNCTION enlace_anonymous_jurisdiction_timelines(opened_before timestamptz)
RETURNS TABLE (opened_at timestamptz, opened_by uuid, decisions jsonb, transfers jsonb)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT v.opened_at, v.opened_by, v.decisions,
    coalesce((
      SELECT jsonb_agg(item.transfer || jsonb_build_object('id', item.n::text, 'reason', '', 'responseReason', NULL)
                       ORDER BY item.n)
      FROM jsonb_array_elements(v.transfers) WITH ORDINALITY AS item(transfer, n)
    ), '[]'::jsonb)
  FROM jurisdiction_timelines v
  WHERE v.opened_at < opened_before AND 'statistician' = ANY (enlace_actor_roles())
$$;

-- The escalation sweep: marks overdue, unanswered requests escalated, each exactly once even when
-- several processes sweep at the same moment (a second UPDATE waits for the first and then finds
-- escalated_at set). The database clock decides, so no caller can escalate a request early.
CREATE FUNCTION enlace_escalate_overdue_transfers()
RETURNS TABLE (transfer_id uuid, case_id uuid, from_agency_id uuid, to_agency_id uuid, respond_by timestamptz)
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  UPDATE case_transfers t SET escalated_at = now()
  WHERE t.status = 'pending' AND t.respond_by < now() AND t.escalated_at IS NULL
  RETURNING t.id, t.case_id, t.from_agency_id, t.to_agency_id, t.respond_by
$$;

REVOKE ALL ON FUNCTION enlace_anonymous_jurisdiction_timelines(timestamptz),
  enlace_escalate_overdue_transfers() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION enlace_anonymous_jurisdiction_timelines(timestamptz),
  enlace_escalate_overdue_transfers() TO enlace_app;
GRANT SELECT ON jurisdiction_timelines TO enlace_app;
GRANT SELECT, INSERT ON notifications TO enlace_app;
GRANT UPDATE (read_at) ON notifications TO enlace_app;
GRANT INSERT ON notification_outbox TO enlace_app;
