-- People recorded in a case (survivors, suspects, witnesses). What identifies or locates them lives in
-- separate tables, encrypted by the application field by field (AES-256-GCM, bound to table, column
-- and row), with keyed blind indexes for exact search. The rest (sex, birth year, nationality…) is
-- what statistics count.

CREATE TABLE people (
  id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases (id),
  role text NOT NULL CHECK (role IN ('survivor', 'suspect', 'witness')),
  recorded_by_agency_id uuid NOT NULL REFERENCES agencies (id),
  sex text CHECK (sex IN ('female', 'male', 'intersex', 'unknown')),
  birth_year smallint CHECK (birth_year BETWEEN 1900 AND 2100),
  nationality text CHECK (nationality ~ '^[A-Z]{2}$'),
  indigenous_language text CHECK (char_length(indigenous_language) <= 60),
  public_official boolean NOT NULL DEFAULT false,
  official_agency_id uuid REFERENCES agencies (id),
  needs text[] NOT NULL DEFAULT '{}' CHECK (cardinality(needs) <= 30),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CHECK (official_agency_id IS NULL OR public_official)
);
CREATE INDEX people_case_idx ON people (case_id);

-- Who the person is: names, birth date, CURP. Ciphertext only; indexes are keyed HMACs.
CREATE TABLE person_identities (
  person_id uuid PRIMARY KEY REFERENCES people (id),
  given_names text,
  first_surname text,
  second_surname text,
  birth_date text,
  curp text,
  curp_index text,
  name_index text
);
CREATE INDEX person_identities_curp_idx ON person_identities (curp_index);
CREATE INDEX person_identities_name_idx ON person_identities (name_index);

-- Where the person can be found: phone and address. Never shown to shelters (they are the place).
CREATE TABLE person_contacts (
  person_id uuid PRIMARY KEY REFERENCES people (id),
  phone text,
  phone_index text,
  address text
);
CREATE INDEX person_contacts_phone_idx ON person_contacts (phone_index);

ALTER TABLE people ENABLE ROW LEVEL SECURITY;
ALTER TABLE person_identities ENABLE ROW LEVEL SECURITY;
ALTER TABLE person_contacts ENABLE ROW LEVEL SECURITY;

-- A person is visible with their case (the case policy applies inside the subquery).
CREATE POLICY people_with_case ON people FOR ALL TO enlace_app
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id))
  WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id) AND recorded_by_agency_id = enlace_actor_agency());
CREATE POLICY person_identities_with_person ON person_identities FOR ALL TO enlace_app
  USING (EXISTS (SELECT 1 FROM people p WHERE p.id = person_id))
  WITH CHECK (EXISTS (SELECT 1 FROM people p WHERE p.id = person_id));
CREATE POLICY person_contacts_not_shelters ON person_contacts FOR ALL TO enlace_app
  USING (EXISTS (SELECT 1 FROM people p WHERE p.id = person_id)
         AND enlace_actor_roles() && ARRAY['intake_officer', 'case_worker', 'investigator', 'prosecutor', 'supervisor'])
  WITH CHECK (EXISTS (SELECT 1 FROM people p WHERE p.id = person_id)
         AND enlace_actor_roles() && ARRAY['intake_officer', 'case_worker', 'investigator', 'prosecutor', 'supervisor']);

GRANT SELECT, INSERT, UPDATE ON people, person_identities, person_contacts TO enlace_app;
