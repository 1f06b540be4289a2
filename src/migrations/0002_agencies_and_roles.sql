-- Agencies (institutions), the roles users hold in them, and the link from each user to one agency.
-- Reference lists are tables so foreign keys keep data in step with the code (a test compares them).

CREATE TABLE agency_types (code text PRIMARY KEY);
INSERT INTO agency_types (code) VALUES
  ('federal_prosecutor_trafficking'), ('federal_organized_crime_unit'), ('state_prosecutor'),
  ('victim_attention_unit'), ('migration_institute'), ('social_welfare'), ('shelter'), ('service_provider'),
  ('consulate'), ('labour_inspectorate'), ('human_rights_commission'), ('interagency_commission'),
  ('state_committee'), ('system_operator');

CREATE TABLE roles (code text PRIMARY KEY);
INSERT INTO roles (code) VALUES
  ('intake_officer'), ('case_worker'), ('investigator'), ('prosecutor'), ('shelter_staff'), ('supervisor'),
  ('statistician'), ('auditor'), ('administrator');

CREATE TABLE agencies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,31}$'),
  name text NOT NULL CHECK (char_length(name) BETWEEN 2 AND 200),
  agency_type text NOT NULL REFERENCES agency_types (code),
  sector text NOT NULL CHECK (sector IN ('government', 'ngo', 'international', 'religious')),
  jurisdiction_level text NOT NULL CHECK (jurisdiction_level IN ('federal', 'state', 'municipal', 'abroad')),
  state_code text CHECK (state_code ~ '^[A-Z]{3}$'),
  municipality text CHECK (char_length(municipality) BETWEEN 1 AND 200),
  country_code text CHECK (country_code ~ '^[A-Z]{2}$'),
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((jurisdiction_level IN ('state', 'municipal')) = (state_code IS NOT NULL)),
  CHECK ((jurisdiction_level = 'municipal') = (municipality IS NOT NULL)),
  CHECK ((jurisdiction_level = 'abroad') = (country_code IS NOT NULL))
);

-- Accounts created before agencies existed belong to the platform's operator until reassigned.
INSERT INTO agencies (code, name, agency_type, sector, jurisdiction_level)
VALUES ('ENLACE', 'Operación de la plataforma Enlace', 'system_operator', 'government', 'federal');

ALTER TABLE users ADD COLUMN agency_id uuid REFERENCES agencies (id);
UPDATE users SET agency_id = (SELECT id FROM agencies WHERE code = 'ENLACE');
ALTER TABLE users ALTER COLUMN agency_id SET NOT NULL;
CREATE INDEX users_agency_id_idx ON users (agency_id);

CREATE TABLE user_roles (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role text NOT NULL REFERENCES roles (code),
  granted_at timestamptz NOT NULL DEFAULT now(),
  granted_by uuid REFERENCES users (id),
  PRIMARY KEY (user_id, role)
);

GRANT SELECT ON agency_types, roles TO enlace_app;
GRANT SELECT, INSERT, UPDATE ON agencies TO enlace_app;
GRANT SELECT, INSERT, DELETE ON user_roles TO enlace_app;
