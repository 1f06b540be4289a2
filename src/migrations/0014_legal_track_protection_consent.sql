-- A case's legal track (investigations, charges, verdicts with their sentences, appeals, extraditions,
-- bilateral investigations), the protection of its survivors (immigration relief, non-punishment,
-- repatriation, witness protection, compensation), their decisions on testifying, and what they
-- agreed to share. Every record carries a version for optimistic concurrency; its history lives in
-- record_changes. One row per countable fact, so the annual report counts rows instead of parsing text.
-- Field rules mirror src/modules/{legal,protection,consent}; the application checks them first and
-- names the field, these constraints hold even if it erred.

-- Who may read the investigation and who prosecutes (src/platform/access/case-access.ts). Writes also
-- need enlace_case_records_writable (0013): the owner or an assigned user, never a share or break-glass.
CREATE FUNCTION enlace_actor_reads_investigation() RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT enlace_actor_roles() && ARRAY['investigator', 'prosecutor', 'supervisor'] $$;
CREATE FUNCTION enlace_actor_prosecutes() RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT enlace_actor_roles() && ARRAY['prosecutor', 'supervisor'] $$;
-- Not SECURITY DEFINER on purpose: the subquery runs under the caller's row-level security on cases.
CREATE FUNCTION enlace_case_in_reach(target uuid) RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT EXISTS (SELECT 1 FROM cases c WHERE c.id = target) $$;

-- A record about a person names a person of its own case (the roles allowed are the application's
-- rules where more than one fits; single roles use enlace_person_in_record_role from 0013).
CREATE FUNCTION enlace_person_in_record_case() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM people p WHERE p.id = NEW.person_id AND p.case_id = NEW.case_id) THEN
    RAISE EXCEPTION 'the person of a % record must belong to its case', TG_TABLE_NAME
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TABLE legal_proceedings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  -- The authority that opened the investigation file (carpeta de investigación).
  agency_id uuid NOT NULL REFERENCES agencies (id),
  investigation_opened_on date NOT NULL,
  -- Ejercicio de la acción penal.
  prosecution_initiated_on date CHECK (prosecution_initiated_on >= investigation_opened_on),
  recorded_by uuid NOT NULL DEFAULT enlace_actor_user() REFERENCES users (id),
  recorded_by_agency_id uuid NOT NULL DEFAULT enlace_actor_agency() REFERENCES agencies (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  UNIQUE (id, case_id)
);
CREATE INDEX legal_proceedings_case_idx ON legal_proceedings (case_id);

-- One offence charged against one suspect. Article 10 of the 2012 General Law is the offence of
-- trafficking itself and goes with any form; articles 11–31 each define the forms art. 10 points to.
CREATE TABLE charges (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  proceeding_id uuid NOT NULL,
  person_id uuid NOT NULL REFERENCES people (id),
  law_article text NOT NULL CHECK (law_article IN ('10', '11', '12', '13', '14', '15', '16', '17', '18',
    '19', '20', '21', '22', '24', '25', '26', '27', '28', '29', '30', '31')),
  form text NOT NULL CHECK (form IN ('slavery', 'servitude', 'sexual_exploitation', 'labour_exploitation',
    'forced_labour', 'forced_begging', 'forced_criminality', 'illegal_adoption', 'forced_marriage',
    'organ_removal', 'biomedical_experimentation')),
  charged_on date NOT NULL,
  recorded_by uuid NOT NULL DEFAULT enlace_actor_user() REFERENCES users (id),
  recorded_by_agency_id uuid NOT NULL DEFAULT enlace_actor_agency() REFERENCES agencies (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  CHECK (CASE
    WHEN law_article = '10' THEN true
    WHEN law_article = '11' THEN form = 'slavery'
    WHEN law_article = '12' THEN form = 'servitude'
    WHEN law_article IN ('13', '14', '15', '16', '17', '18', '19', '20') THEN form = 'sexual_exploitation'
    WHEN law_article = '21' THEN form = 'labour_exploitation'
    WHEN law_article = '22' THEN form = 'forced_labour'
    WHEN law_article = '24' THEN form = 'forced_begging'
    WHEN law_article = '25' THEN form = 'forced_criminality'
    WHEN law_article IN ('26', '27') THEN form = 'illegal_adoption'
    WHEN law_article IN ('28', '29') THEN form = 'forced_marriage'
    WHEN law_article = '30' THEN form = 'organ_removal'
    WHEN law_article = '31' THEN form = 'biomedical_experimentation'
  END),
  UNIQUE (id, case_id),
  FOREIGN KEY (proceeding_id, case_id) REFERENCES legal_proceedings (id, case_id)
);
CREATE INDEX charges_case_idx ON charges (case_id);
CREATE INDEX charges_proceeding_idx ON charges (proceeding_id);
CREATE TRIGGER charges_person_is_suspect BEFORE INSERT OR UPDATE OF person_id, case_id ON charges
  FOR EACH ROW EXECUTE FUNCTION enlace_person_in_record_role('suspect');

-- The court's decision on one charge; a conviction carries its sentence once the court sets it.
CREATE TABLE verdicts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  charge_id uuid NOT NULL UNIQUE,
  outcome text NOT NULL CHECK (outcome IN ('conviction', 'acquittal')),
  decided_on date NOT NULL,
  prison_years smallint CHECK (prison_years BETWEEN 0 AND 150),
  prison_months smallint CHECK (prison_months BETWEEN 0 AND 11),
  fine_mxn numeric(14, 2) CHECK (fine_mxn >= 0),
  recorded_by uuid NOT NULL DEFAULT enlace_actor_user() REFERENCES users (id),
  recorded_by_agency_id uuid NOT NULL DEFAULT enlace_actor_agency() REFERENCES agencies (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  CHECK ((prison_years IS NULL) = (prison_months IS NULL)),
  CHECK (prison_years IS NULL OR prison_years + prison_months > 0),
  CHECK (outcome = 'conviction' OR (prison_years IS NULL AND fine_mxn IS NULL)),
  UNIQUE (id, case_id),
  FOREIGN KEY (charge_id, case_id) REFERENCES charges (id, case_id)
);
CREATE INDEX verdicts_case_idx ON verdicts (case_id);

CREATE TABLE appeals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  verdict_id uuid NOT NULL,
  appellant text NOT NULL CHECK (appellant IN ('prosecution', 'defence', 'victim')),
  filed_on date NOT NULL,
  result text NOT NULL CHECK (result IN ('pending', 'upheld', 'overturned', 'modified')),
  decided_on date CHECK (decided_on >= filed_on),
  recorded_by uuid NOT NULL DEFAULT enlace_actor_user() REFERENCES users (id),
  recorded_by_agency_id uuid NOT NULL DEFAULT enlace_actor_agency() REFERENCES agencies (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  CHECK ((result = 'pending') = (decided_on IS NULL)),
  FOREIGN KEY (verdict_id, case_id) REFERENCES verdicts (id, case_id)
);
CREATE INDEX appeals_verdict_idx ON appeals (verdict_id);

-- Outgoing: Mexico asks another country to surrender a suspect; incoming: another country asks Mexico.
CREATE TABLE extradition_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  person_id uuid NOT NULL REFERENCES people (id),
  direction text NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
  country_code text NOT NULL CHECK (country_code ~ '^[A-Z]{2}$' AND country_code <> 'MX'),
  requested_on date NOT NULL,
  status text NOT NULL CHECK (status IN ('requested', 'granted', 'denied', 'withdrawn')),
  decided_on date CHECK (decided_on >= requested_on),
  surrendered_on date CHECK (surrendered_on >= decided_on),
  recorded_by uuid NOT NULL DEFAULT enlace_actor_user() REFERENCES users (id),
  recorded_by_agency_id uuid NOT NULL DEFAULT enlace_actor_agency() REFERENCES agencies (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  CHECK ((status = 'requested') = (decided_on IS NULL)),
  CHECK (surrendered_on IS NULL OR status = 'granted')
);
CREATE INDEX extradition_requests_case_idx ON extradition_requests (case_id);
CREATE TRIGGER extradition_requests_person_is_suspect BEFORE INSERT OR UPDATE OF person_id, case_id
  ON extradition_requests FOR EACH ROW EXECUTE FUNCTION enlace_person_in_record_role('suspect');

-- Investigations run together with a foreign government; the partner is an institution, never a person.
CREATE TABLE bilateral_investigations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  country_code text NOT NULL CHECK (country_code ~ '^[A-Z]{2}$' AND country_code <> 'MX'),
  partner_agency text NOT NULL CHECK (char_length(partner_agency) BETWEEN 2 AND 200),
  started_on date NOT NULL,
  ended_on date CHECK (ended_on >= started_on),
  recorded_by uuid NOT NULL DEFAULT enlace_actor_user() REFERENCES users (id),
  recorded_by_agency_id uuid NOT NULL DEFAULT enlace_actor_agency() REFERENCES agencies (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
);
CREATE INDEX bilateral_investigations_case_idx ON bilateral_investigations (case_id);

-- Protection of one person, typed by kind; each kind has its own statuses. requested_on is when it was
-- applied for, requested or (compensation) ordered; resolved_on when it reached a final status.
CREATE TABLE protection_measures (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  person_id uuid NOT NULL REFERENCES people (id),
  kind text NOT NULL CHECK (kind IN ('immigration_relief', 'non_punishment', 'repatriation',
    'witness_protection', 'compensation')),
  relief text CHECK (relief IN ('refugee_status', 'humanitarian_visa', 'temporary_residency',
    'permanent_residency')),
  witness_measure text CHECK (witness_measure IN ('identity_reserved', 'protected_testimony',
    'relocation', 'police_protection')),
  status text NOT NULL,
  requested_on date NOT NULL,
  resolved_on date CHECK (resolved_on >= requested_on),
  amount_ordered_mxn numeric(14, 2) CHECK (amount_ordered_mxn >= 0),
  amount_paid_mxn numeric(14, 2) CHECK (amount_paid_mxn >= 0 AND amount_paid_mxn <= amount_ordered_mxn),
  recorded_by uuid NOT NULL DEFAULT enlace_actor_user() REFERENCES users (id),
  recorded_by_agency_id uuid NOT NULL DEFAULT enlace_actor_agency() REFERENCES agencies (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  CHECK ((kind = 'immigration_relief') = (relief IS NOT NULL)),
  CHECK ((kind = 'witness_protection') = (witness_measure IS NOT NULL)),
  CHECK ((kind = 'compensation') = (amount_ordered_mxn IS NOT NULL)),
  CHECK (kind = 'compensation' OR amount_paid_mxn IS NULL),
  CHECK (CASE kind
    WHEN 'immigration_relief' THEN status IN ('applied', 'granted', 'denied')
    WHEN 'non_punishment' THEN status IN ('requested', 'granted', 'denied')
    WHEN 'repatriation' THEN status IN ('requested', 'completed', 'withdrawn')
    WHEN 'witness_protection' THEN status IN ('requested', 'granted', 'denied', 'ended')
    WHEN 'compensation' THEN status IN ('ordered', 'paid')
  END),
  CHECK ((status IN ('applied', 'requested', 'ordered')) = (resolved_on IS NULL)),
  CHECK (status <> 'paid' OR amount_paid_mxn = amount_ordered_mxn)
);
CREATE INDEX protection_measures_case_idx ON protection_measures (case_id, person_id);
CREATE TRIGGER protection_measures_person_in_case BEFORE INSERT OR UPDATE OF person_id, case_id
  ON protection_measures FOR EACH ROW EXECUTE FUNCTION enlace_person_in_record_case();

-- A survivor's own decision on testifying, recorded by the person who informed them of their rights.
-- Only a voluntary decision is a decision. Nothing references this table and no status derives from
-- it: services cannot be made to depend on cooperation (test/records/testimony-isolation.db.test.ts).
CREATE TABLE testimony_decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  person_id uuid NOT NULL REFERENCES people (id),
  decision text NOT NULL CHECK (decision IN ('will_testify', 'declines_to_testify', 'undecided')),
  voluntary boolean NOT NULL CHECK (voluntary),
  decided_on date NOT NULL,
  informed_by uuid NOT NULL DEFAULT enlace_actor_user() REFERENCES users (id),
  informed_by_agency_id uuid NOT NULL DEFAULT enlace_actor_agency() REFERENCES agencies (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
);
CREATE INDEX testimony_decisions_case_idx ON testimony_decisions (case_id, person_id);
CREATE TRIGGER testimony_decisions_person_is_survivor BEFORE INSERT OR UPDATE OF person_id, case_id
  ON testimony_decisions FOR EACH ROW EXECUTE FUNCTION enlace_person_in_record_role('survivor');

-- What a person agreed to share, for what and with whom (agency types and named agencies). Recipients
-- may be omitted only for statistics alone, which reach nobody as records. Revoked, never deleted.
CREATE TABLE consents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  person_id uuid NOT NULL REFERENCES people (id),
  scopes text[] NOT NULL CHECK (cardinality(scopes) BETWEEN 1 AND 3
    AND scopes <@ ARRAY['services', 'investigation', 'statistics']),
  recipient_agency_types text[] NOT NULL DEFAULT '{}' CHECK (recipient_agency_types <@ ARRAY[
    'federal_prosecutor_trafficking', 'federal_organized_crime_unit', 'state_prosecutor',
    'victim_attention_unit', 'migration_institute', 'social_welfare', 'shelter', 'service_provider',
    'consulate', 'labour_inspectorate', 'human_rights_commission', 'interagency_commission',
    'state_committee']),
  recipient_agency_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(recipient_agency_ids) <= 50),
  given_on date NOT NULL,
  -- Free text (where the signed form is kept, who interpreted): field-encrypted, bound to this row.
  evidence_note text,
  revoked_on date CHECK (revoked_on >= given_on),
  revoked_by uuid REFERENCES users (id),
  recorded_by uuid NOT NULL DEFAULT enlace_actor_user() REFERENCES users (id),
  recorded_by_agency_id uuid NOT NULL DEFAULT enlace_actor_agency() REFERENCES agencies (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  CHECK ((revoked_on IS NULL) = (revoked_by IS NULL)),
  CHECK (scopes <@ ARRAY['statistics'] OR cardinality(recipient_agency_types) + cardinality(recipient_agency_ids) >= 1)
);
CREATE INDEX consents_case_idx ON consents (case_id, person_id);
CREATE TRIGGER consents_person_in_case BEFORE INSERT OR UPDATE OF person_id, case_id
  ON consents FOR EACH ROW EXECUTE FUNCTION enlace_person_in_record_case();

-- A revocation is final: what was revoked cannot be edited back into force.
CREATE FUNCTION enlace_consent_revocation_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a revoked consent cannot change' USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER consents_revocation_final BEFORE UPDATE ON consents
  FOR EACH ROW WHEN (OLD.revoked_on IS NOT NULL) EXECUTE FUNCTION enlace_consent_revocation_final();

-- Row-level security: every record is visible with its case. The legal track, testimony decisions,
-- witness protection and non-punishment are investigation records (never a shelter's); charges,
-- verdicts, appeals and extraditions are written by prosecutors and supervisors only.
ALTER TABLE legal_proceedings ENABLE ROW LEVEL SECURITY;
CREATE POLICY legal_proceedings_read ON legal_proceedings FOR SELECT TO enlace_app
  USING (enlace_case_in_reach(case_id) AND enlace_actor_reads_investigation());
CREATE POLICY legal_proceedings_add ON legal_proceedings FOR INSERT TO enlace_app
  WITH CHECK (enlace_case_records_writable(case_id) AND enlace_actor_reads_investigation()
              AND recorded_by = enlace_actor_user() AND recorded_by_agency_id = enlace_actor_agency());
CREATE POLICY legal_proceedings_change ON legal_proceedings FOR UPDATE TO enlace_app
  USING (enlace_case_records_writable(case_id) AND enlace_actor_reads_investigation())
  WITH CHECK (enlace_case_records_writable(case_id) AND enlace_actor_reads_investigation());
CREATE POLICY legal_proceedings_remove ON legal_proceedings FOR DELETE TO enlace_app
  USING (enlace_case_records_writable(case_id) AND enlace_actor_reads_investigation());

ALTER TABLE bilateral_investigations ENABLE ROW LEVEL SECURITY;
CREATE POLICY bilateral_investigations_read ON bilateral_investigations FOR SELECT TO enlace_app
  USING (enlace_case_in_reach(case_id) AND enlace_actor_reads_investigation());
CREATE POLICY bilateral_investigations_add ON bilateral_investigations FOR INSERT TO enlace_app
  WITH CHECK (enlace_case_records_writable(case_id) AND enlace_actor_reads_investigation()
              AND recorded_by = enlace_actor_user() AND recorded_by_agency_id = enlace_actor_agency());
CREATE POLICY bilateral_investigations_change ON bilateral_investigations FOR UPDATE TO enlace_app
  USING (enlace_case_records_writable(case_id) AND enlace_actor_reads_investigation())
  WITH CHECK (enlace_case_records_writable(case_id) AND enlace_actor_reads_investigation());
CREATE POLICY bilateral_investigations_remove ON bilateral_investigations FOR DELETE TO enlace_app
  USING (enlace_case_records_writable(case_id) AND enlace_actor_reads_investigation());

ALTER TABLE charges ENABLE ROW LEVEL SECURITY;
CREATE POLICY charges_read ON charges FOR SELECT TO enlace_app
  USING (enlace_case_in_reach(case_id) AND enlace_actor_reads_investigation());
CREATE POLICY charges_add ON charges FOR INSERT TO enlace_app
  WITH CHECK (enlace_case_records_writable(case_id) AND enlace_actor_prosecutes()
              AND recorded_by = enlace_actor_user() AND recorded_by_agency_id = enlace_actor_agency());
CREATE POLICY charges_change ON charges FOR UPDATE TO enlace_app
  USING (enlace_case_records_writable(case_id) AND enlace_actor_prosecutes())
  WITH CHECK (enlace_case_records_writable(case_id) AND enlace_actor_prosecutes());
CREATE POLICY charges_remove ON charges FOR DELETE TO enlace_app
  USING (enlace_case_records_writable(case_id) AND enlace_actor_prosecutes());

ALTER TABLE verdicts ENABLE ROW LEVEL SECURITY;
CREATE POLICY verdicts_read ON verdicts FOR SELECT TO enlace_app
  USING (enlace_case_in_reach(case_id) AND enlace_actor_reads_investigation());
CREATE POLICY verdicts_add ON verdicts FOR INSERT TO enlace_app
  WITH CHECK (enlace_case_records_writable(case_id) AND enlace_actor_prosecutes()
              AND recorded_by = enlace_actor_user() AND recorded_by_agency_id = enlace_actor_agency());
CREATE POLICY verdicts_change ON verdicts FOR UPDATE TO enlace_app
  USING (enlace_case_records_writable(case_id) AND enlace_actor_prosecutes())
  WITH CHECK (enlace_case_records_writable(case_id) AND enlace_actor_prosecutes());
CREATE POLICY verdicts_remove ON verdicts FOR DELETE TO enlace_app
  USING (enlace_case_records_writable(case_id) AND enlace_actor_prosecutes());

ALTER TABLE appeals ENABLE ROW LEVEL SECURITY;
CREATE POLICY appeals_read ON appeals FOR SELECT TO enlace_app
  USING (enlace_case_in_reach(case_id) AND enlace_actor_reads_investigation());
CREATE POLICY appeals_add ON appeals FOR INSERT TO enlace_app
  WITH CHECK (enlace_case_records_writable(case_id) AND enlace_actor_prosecutes()
              AND recorded_by = enlace_actor_user() AND recorded_by_agency_id = enlace_actor_agency());
CREATE POLICY appeals_change ON appeals FOR UPDATE TO enlace_app
  USING (enlace_case_records_writable(case_id) AND enlace_actor_prosecutes())
  WITH CHECK (enlace_case_records_writable(case_id) AND enlace_actor_prosecutes());
CREATE POLICY appeals_remove ON appeals FOR DELETE TO enlace_app
  USING (enlace_case_records_writable(case_id) AND enlace_actor_prosecutes());

ALTER TABLE extradition_requests ENABLE ROW LEVEL SECURITY;
CREATE POLICY extradition_requests_read ON extradition_requests FOR SELECT TO enlace_app
  USING (enlace_case_in_reach(case_id) AND enlace_actor_reads_investigation());
CREATE POLICY extradition_requests_add ON extradition_requests FOR INSERT TO enlace_app
  WITH CHECK (enlace_case_records_writable(case_id) AND enlace_actor_prosecutes()
              AND recorded_by = enlace_actor_user() AND recorded_by_agency_id = enlace_actor_agency());
CREATE POLICY extradition_requests_change ON extradition_requests FOR UPDATE TO enlace_app
  USING (enlace_case_records_writable(case_id) AND enlace_actor_prosecutes())
  WITH CHECK (enlace_case_records_writable(case_id) AND enlace_actor_prosecutes());
CREATE POLICY extradition_requests_remove ON extradition_requests FOR DELETE TO enlace_app
  USING (enlace_case_records_writable(case_id) AND enlace_actor_prosecutes());

-- Immigration relief, repatriation and compensation are what services work on; the other kinds are
-- investigation secrets (a witness's protection, a survivor's own conduct).
CREATE FUNCTION enlace_protection_visible(target uuid, measure_kind text) RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT enlace_case_in_reach(target)
       AND (measure_kind IN ('immigration_relief', 'repatriation', 'compensation')
            OR enlace_actor_reads_investigation()) $$;
ALTER TABLE protection_measures ENABLE ROW LEVEL SECURITY;
CREATE POLICY protection_measures_read ON protection_measures FOR SELECT TO enlace_app
  USING (enlace_protection_visible(case_id, kind));
CREATE POLICY protection_measures_add ON protection_measures FOR INSERT TO enlace_app
  WITH CHECK (enlace_protection_visible(case_id, kind) AND enlace_case_records_writable(case_id)
              AND recorded_by = enlace_actor_user() AND recorded_by_agency_id = enlace_actor_agency());
CREATE POLICY protection_measures_change ON protection_measures FOR UPDATE TO enlace_app
  USING (enlace_protection_visible(case_id, kind) AND enlace_case_records_writable(case_id))
  WITH CHECK (enlace_protection_visible(case_id, kind) AND enlace_case_records_writable(case_id));
CREATE POLICY protection_measures_remove ON protection_measures FOR DELETE TO enlace_app
  USING (enlace_protection_visible(case_id, kind) AND enlace_case_records_writable(case_id));

ALTER TABLE testimony_decisions ENABLE ROW LEVEL SECURITY;
CREATE POLICY testimony_decisions_read ON testimony_decisions FOR SELECT TO enlace_app
  USING (enlace_case_in_reach(case_id) AND enlace_actor_reads_investigation());
CREATE POLICY testimony_decisions_add ON testimony_decisions FOR INSERT TO enlace_app
  WITH CHECK (enlace_case_records_writable(case_id) AND enlace_actor_reads_investigation()
              AND informed_by = enlace_actor_user() AND informed_by_agency_id = enlace_actor_agency());
CREATE POLICY testimony_decisions_change ON testimony_decisions FOR UPDATE TO enlace_app
  USING (enlace_case_records_writable(case_id) AND enlace_actor_reads_investigation())
  WITH CHECK (enlace_case_records_writable(case_id) AND enlace_actor_reads_investigation());
CREATE POLICY testimony_decisions_remove ON testimony_decisions FOR DELETE TO enlace_app
  USING (enlace_case_records_writable(case_id) AND enlace_actor_reads_investigation());

-- Everyone who works with the survivor needs to know what they agreed to.
ALTER TABLE consents ENABLE ROW LEVEL SECURITY;
CREATE POLICY consents_read ON consents FOR SELECT TO enlace_app
  USING (enlace_case_in_reach(case_id));
CREATE POLICY consents_add ON consents FOR INSERT TO enlace_app
  WITH CHECK (enlace_case_records_writable(case_id)
              AND recorded_by = enlace_actor_user() AND recorded_by_agency_id = enlace_actor_agency());
CREATE POLICY consents_change ON consents FOR UPDATE TO enlace_app
  USING (enlace_case_records_writable(case_id))
  WITH CHECK (enlace_case_records_writable(case_id)
              AND (revoked_by IS NULL OR revoked_by = enlace_actor_user()));

GRANT SELECT, INSERT, UPDATE, DELETE ON legal_proceedings, charges, verdicts, appeals, extradition_requests,
  bilateral_investigations, protection_measures, testimony_decisions TO enlace_app;
GRANT SELECT, INSERT, UPDATE ON consents TO enlace_app;
