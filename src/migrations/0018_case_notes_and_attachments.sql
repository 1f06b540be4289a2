-- Case records (issue 4): free-text notes and attached files on a case, optionally about one of its
-- people. Both may say anything about a survivor, so their content arrives encrypted by the application
-- (src/modules/case-notes, src/modules/attachments) and the columns refuse anything else. The author
-- chooses the field group a reader needs (src/platform/access/case-access.ts): `needs` (services read
-- it), `identity` (whoever may learn who the survivor is) or `investigation` (never a shelter).
-- Rows are seen with their case, investigation rows only by investigating roles, and written only by
-- the case's owner or an assigned user (enlace_case_records_writable, 0013).

-- Not SECURITY DEFINER: enlace_case_in_reach runs under the caller's row-level security on cases.
-- `identity` and `needs` are read by every role that reads cases; the application narrows by relation.
CREATE FUNCTION enlace_case_file_visible(target uuid, file_group text) RETURNS boolean LANGUAGE sql STABLE AS
  $$ SELECT enlace_case_in_reach(target)
       AND (file_group <> 'investigation' OR enlace_actor_reads_investigation()) $$;

-- The person of a note or attachment, when it names one, belongs to its case.
CREATE FUNCTION enlace_case_file_person_in_case() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.person_id IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM people p WHERE p.id = NEW.person_id AND p.case_id = NEW.case_id) THEN
    RAISE EXCEPTION 'the person of a % row must belong to its case', TG_TABLE_NAME
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TABLE case_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  person_id uuid REFERENCES people (id),
  field_group text NOT NULL CHECK (field_group IN ('needs', 'identity', 'investigation')),
  -- Field-encryption token bound to (case_notes, body, id); the text is at most 10 000 characters.
  body text NOT NULL CHECK (body LIKE 'v1.%' AND length(body) <= 60000),
  recorded_by uuid NOT NULL DEFAULT enlace_actor_user() REFERENCES users (id),
  recorded_by_agency_id uuid NOT NULL DEFAULT enlace_actor_agency() REFERENCES agencies (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
);
CREATE INDEX case_notes_case_idx ON case_notes (case_id, created_at);
CREATE TRIGGER case_notes_person_in_case BEFORE INSERT OR UPDATE OF person_id, case_id
  ON case_notes FOR EACH ROW EXECUTE FUNCTION enlace_case_file_person_in_case();

-- Envelope encryption: each file has its own random data key, kept as a field-encryption token
-- (content_key) that key rotation re-wraps; the bytes themselves (AES-256-GCM under that data key,
-- bound to the row) never need rewriting. The name and the SHA-256 of the bytes are tokens too: a plain
-- hash of a survivor's document would let anyone holding a copy confirm it is in the database.
CREATE TABLE case_attachments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES cases (id),
  person_id uuid REFERENCES people (id),
  field_group text NOT NULL CHECK (field_group IN ('needs', 'identity', 'investigation')),
  content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg',
    'image/gif', 'image/webp', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.spreadsheet')),
  size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 10485760),
  -- 12-byte IV, ciphertext, 16-byte tag.
  content bytea NOT NULL CHECK (octet_length(content) = size_bytes + 28),
  content_key text NOT NULL CHECK (content_key LIKE 'v1.%'),
  file_name text NOT NULL CHECK (file_name LIKE 'v1.%' AND length(file_name) <= 2000),
  sha256 text NOT NULL CHECK (sha256 LIKE 'v1.%'),
  recorded_by uuid NOT NULL DEFAULT enlace_actor_user() REFERENCES users (id),
  recorded_by_agency_id uuid NOT NULL DEFAULT enlace_actor_agency() REFERENCES agencies (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
);
CREATE INDEX case_attachments_case_idx ON case_attachments (case_id, created_at);
CREATE TRIGGER case_attachments_person_in_case BEFORE INSERT OR UPDATE OF person_id, case_id
  ON case_attachments FOR EACH ROW EXECUTE FUNCTION enlace_case_file_person_in_case();

ALTER TABLE case_notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_notes_read ON case_notes FOR SELECT TO enlace_app
  USING (enlace_case_file_visible(case_id, field_group));
CREATE POLICY case_notes_add ON case_notes FOR INSERT TO enlace_app
  WITH CHECK (enlace_case_file_visible(case_id, field_group) AND enlace_case_records_writable(case_id)
              AND recorded_by = enlace_actor_user() AND recorded_by_agency_id = enlace_actor_agency());
CREATE POLICY case_notes_change ON case_notes FOR UPDATE TO enlace_app
  USING (enlace_case_file_visible(case_id, field_group) AND enlace_case_records_writable(case_id))
  WITH CHECK (enlace_case_file_visible(case_id, field_group) AND enlace_case_records_writable(case_id));
CREATE POLICY case_notes_remove ON case_notes FOR DELETE TO enlace_app
  USING (enlace_case_file_visible(case_id, field_group) AND enlace_case_records_writable(case_id));

ALTER TABLE case_attachments ENABLE ROW LEVEL SECURITY;
CREATE POLICY case_attachments_read ON case_attachments FOR SELECT TO enlace_app
  USING (enlace_case_file_visible(case_id, field_group));
CREATE POLICY case_attachments_add ON case_attachments FOR INSERT TO enlace_app
  WITH CHECK (enlace_case_file_visible(case_id, field_group) AND enlace_case_records_writable(case_id)
              AND recorded_by = enlace_actor_user() AND recorded_by_agency_id = enlace_actor_agency());
CREATE POLICY case_attachments_remove ON case_attachments FOR DELETE TO enlace_app
  USING (enlace_case_file_visible(case_id, field_group) AND enlace_case_records_writable(case_id));

-- Notes are edited in place; a file is replaced by removing it and uploading another.
GRANT SELECT, INSERT, DELETE ON case_notes, case_attachments TO enlace_app;
GRANT UPDATE (body, updated_at, version) ON case_notes TO enlace_app;
