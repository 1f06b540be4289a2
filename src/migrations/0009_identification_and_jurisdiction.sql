-- Screening results, identification decisions, jurisdiction decisions and transfers between
-- authorities, each attached to a case and seen with it. Facts are element codes and an age: no
-- identity ever goes into them.

CREATE TABLE screenings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  person_id uuid REFERENCES people (id),
  instrument_id text CHECK (char_length(instrument_id) <= 80),
  instrument_version text CHECK (char_length(instrument_version) <= 20),
  rules_version text NOT NULL,
  facts jsonb NOT NULL,
  result jsonb NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('trafficking_indicated', 'further_assessment', 'smuggling_indicated', 'not_indicated')),
  screened_by uuid NOT NULL REFERENCES users (id),
  screened_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX screenings_case_idx ON screenings (case_id);

CREATE TABLE identification_decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  person_id uuid NOT NULL REFERENCES people (id),
  status text NOT NULL CHECK (status IN ('possible_victim', 'confirmed_victim', 'not_a_victim')),
  reason text NOT NULL CHECK (char_length(reason) BETWEEN 10 AND 2000),
  decided_by uuid NOT NULL REFERENCES users (id),
  decided_by_agency_id uuid NOT NULL REFERENCES agencies (id),
  decided_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX identification_decisions_person_idx ON identification_decisions (person_id, decided_at DESC);

CREATE TABLE jurisdiction_decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  rules_version text NOT NULL,
  facts jsonb NOT NULL,
  decision text NOT NULL CHECK (decision IN ('state', 'federal', 'undetermined')),
  authority text CHECK (authority IN ('STATE_PROSECUTOR', 'FEVIMTRA', 'UEITMPO')),
  state_code text,
  missing text[] NOT NULL DEFAULT '{}',
  result jsonb NOT NULL,
  decided_by uuid NOT NULL REFERENCES users (id),
  decided_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX jurisdiction_decisions_case_idx ON jurisdiction_decisions (case_id, decided_at DESC);

CREATE TABLE case_transfers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  from_agency_id uuid NOT NULL REFERENCES agencies (id),
  to_agency_id uuid NOT NULL REFERENCES agencies (id),
  reason text NOT NULL CHECK (char_length(reason) BETWEEN 10 AND 2000),
  requested_by uuid NOT NULL REFERENCES users (id),
  requested_at timestamptz NOT NULL DEFAULT now(),
  respond_by timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'declined', 'withdrawn')),
  responded_by uuid REFERENCES users (id),
  responded_at timestamptz,
  response_reason text CHECK (char_length(response_reason) <= 2000),
  CHECK (from_agency_id <> to_agency_id),
  CHECK (respond_by > requested_at)
);
CREATE INDEX case_transfers_to_idx ON case_transfers (to_agency_id, status);
CREATE INDEX case_transfers_from_idx ON case_transfers (from_agency_id, status);
-- One open request per case at a time.
CREATE UNIQUE INDEX case_transfers_one_pending ON case_transfers (case_id) WHERE status = 'pending';

ALTER TABLE screenings ENABLE ROW LEVEL SECURITY;
ALTER TABLE identification_decisions ENABLE ROW LEVEL SECURITY;
ALTER TABLE jurisdiction_decisions ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_transfers ENABLE ROW LEVEL SECURITY;
CREATE POLICY screenings_with_case ON screenings FOR ALL TO enlace_app
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id))
  WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id) AND screened_by = enlace_actor_user());
CREATE POLICY identification_with_case ON identification_decisions FOR ALL TO enlace_app
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id))
  WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id)
              AND decided_by = enlace_actor_user() AND decided_by_agency_id = enlace_actor_agency());
CREATE POLICY jurisdiction_with_case ON jurisdiction_decisions FOR ALL TO enlace_app
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id))
  WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id) AND decided_by = enlace_actor_user());
-- The receiving authority sees the request (not the case) until it accepts.
CREATE POLICY case_transfers_parties ON case_transfers FOR SELECT TO enlace_app
  USING (enlace_actor_works_cases() AND (from_agency_id = enlace_actor_agency() OR to_agency_id = enlace_actor_agency()));
CREATE POLICY case_transfers_request ON case_transfers FOR INSERT TO enlace_app
  WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND c.owning_agency_id = enlace_actor_agency())
              AND from_agency_id = enlace_actor_agency() AND requested_by = enlace_actor_user());

-- Accepting moves ownership of a case the receiver cannot yet see: checked here, as the owner.
-- The former owner keeps following the case through a share.
CREATE FUNCTION enlace_accept_transfer(transfer uuid, response text) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  moved case_transfers%ROWTYPE;
BEGIN
  SELECT * INTO moved FROM case_transfers
  WHERE id = transfer AND status = 'pending' AND to_agency_id = enlace_actor_agency()
    AND enlace_actor_roles() && ARRAY['prosecutor', 'supervisor']
  FOR UPDATE;
  IF NOT FOUND THEN RETURN NULL; END IF;
  UPDATE case_transfers SET status = 'accepted', responded_by = enlace_actor_user(), responded_at = now(),
         response_reason = response WHERE id = transfer;
  UPDATE cases SET owning_agency_id = moved.to_agency_id, updated_at = now(), version = version + 1
  WHERE id = moved.case_id;
  INSERT INTO case_shares (case_id, agency_id, reason, shared_by)
  VALUES (moved.case_id, moved.from_agency_id, 'Autoridad anterior tras la transferencia del caso', enlace_actor_user());
  RETURN moved.case_id;
END $$;

CREATE FUNCTION enlace_decline_transfer(transfer uuid, response text) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  declined uuid;
BEGIN
  UPDATE case_transfers SET status = 'declined', responded_by = enlace_actor_user(), responded_at = now(),
         response_reason = response
  WHERE id = transfer AND status = 'pending' AND to_agency_id = enlace_actor_agency()
    AND enlace_actor_roles() && ARRAY['prosecutor', 'supervisor']
  RETURNING case_id INTO declined;
  RETURN declined;
END $$;

REVOKE ALL ON FUNCTION enlace_accept_transfer(uuid, text), enlace_decline_transfer(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION enlace_accept_transfer(uuid, text), enlace_decline_transfer(uuid, text) TO enlace_app;
GRANT SELECT, INSERT ON screenings, identification_decisions, jurisdiction_decisions, case_transfers TO enlace_app;
