-- The complete person record (issue 4). What statistics count stays in clear on `people`: gender
-- (HTCDS prs_Gender), how precisely the birth date is known, disability. What identifies or locates
-- someone is encrypted by the application, field by field: identity documents get their own table, and
-- contacts become several points per person. Keyed blind indexes allow exact search.

ALTER TABLE people
  ADD COLUMN gender text CHECK (gender IN (
    'feminine', 'masculine', 'transgender_feminine', 'transgender_masculine', 'non_conforming', 'unknown')),
  ADD COLUMN birth_date_precision text CHECK (birth_date_precision IN ('year', 'month', 'day')),
  ADD COLUMN has_disability boolean,
  -- Washington Group domains (as INEGI's census asks them) plus psychosocial disability.
  ADD COLUMN disabilities text[] NOT NULL DEFAULT '{}' CHECK (disabilities <@ ARRAY[
    'seeing', 'hearing', 'mobility', 'cognition', 'self_care', 'communication', 'psychosocial']);

-- Records made before this migration could only hold a full date of birth, and only inside the identity.
-- A row with a full date but no year in clear keeps no precision: the year cannot be read here.
UPDATE people p SET birth_date_precision = CASE
    WHEN EXISTS (SELECT 1 FROM person_identities i WHERE i.person_id = p.id AND i.birth_date IS NOT NULL)
      THEN 'day' ELSE 'year' END
  WHERE birth_year IS NOT NULL;

ALTER TABLE people
  ADD CONSTRAINT people_precision_with_year CHECK ((birth_date_precision IS NULL) = (birth_year IS NULL)),
  ADD CONSTRAINT people_disabilities_need_disability CHECK (cardinality(disabilities) = 0 OR has_disability);

-- A person recorded by one agency is updated by whoever may change the case now: the owning authority
-- after a transfer, or an assigned officer of another agency. Insertion keeps its own agency check.
CREATE POLICY people_change_with_case ON people FOR UPDATE TO enlace_app
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id))
  WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));

-- Given names and first surname, without the second: how many people are named day to day.
ALTER TABLE person_identities ADD COLUMN short_name_index text;
CREATE INDEX person_identities_short_name_idx ON person_identities (short_name_index);

-- Identity documents other than the CURP (which stays in person_identities: one per person, checked
-- against the birth date and sex). Kind and issuing country are clear for statistics; the number and
-- the expiry are ciphertext bound to the document's id, the number also has a keyed blind index.
CREATE TABLE person_documents (
  id uuid PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES people (id),
  position smallint NOT NULL CHECK (position BETWEEN 0 AND 9),
  kind text NOT NULL CHECK (kind IN ('passport', 'consular_id', 'national_id', 'other')),
  issuing_country text CHECK (issuing_country ~ '^[A-Z]{2}$'),
  number text NOT NULL CHECK (number LIKE 'v1.%'),
  number_index text NOT NULL,
  expires_on text CHECK (expires_on LIKE 'v1.%'),
  UNIQUE (person_id, position),
  CHECK (kind = 'other' OR issuing_country IS NOT NULL)
);
CREATE INDEX person_documents_number_idx ON person_documents (number_index);

ALTER TABLE person_documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY person_documents_with_person ON person_documents FOR ALL TO enlace_app
  USING (EXISTS (SELECT 1 FROM people p WHERE p.id = person_id))
  WITH CHECK (EXISTS (SELECT 1 FROM people p WHERE p.id = person_id));

-- Several contact points per person. Existing tokens are bound to the row id they were written with,
-- the person's id, so the first point of each person keeps that value as its own id; new points get
-- fresh ids. A row without any value says nothing and goes. E-mail gets no blind index: nothing
-- searches by it, and an index would only add a frequency leak.
DELETE FROM person_contacts WHERE phone IS NULL AND address IS NULL;
ALTER TABLE person_contacts ADD COLUMN id uuid;
UPDATE person_contacts SET id = person_id;
ALTER TABLE person_contacts
  ALTER COLUMN id SET NOT NULL,
  DROP CONSTRAINT person_contacts_pkey,
  ADD PRIMARY KEY (id),
  ADD COLUMN position smallint NOT NULL DEFAULT 0 CHECK (position BETWEEN 0 AND 9),
  ADD COLUMN email text CHECK (email LIKE 'v1.%'),
  ADD CONSTRAINT person_contacts_position_key UNIQUE (person_id, position),
  ADD CONSTRAINT person_contacts_not_empty CHECK (num_nonnulls(phone, email, address) > 0);
ALTER TABLE person_contacts ALTER COLUMN position DROP DEFAULT;

GRANT SELECT, INSERT, UPDATE, DELETE ON person_documents TO enlace_app;
GRANT DELETE ON person_contacts TO enlace_app;
