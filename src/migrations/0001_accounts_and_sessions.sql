-- Accounts and server-side sessions. Agencies, roles and MFA arrive with access control.
-- The application role (enlace_app) owns nothing: every privilege it has is granted here.

GRANT USAGE ON SCHEMA public TO enlace_app;
GRANT SELECT ON enlace_migrations TO enlace_app;

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
  display_name text NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 200),
  password_hash text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
  locale text NOT NULL DEFAULT 'es-MX' CHECK (locale IN ('es-MX', 'en')),
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_username_key ON users (username);

-- Only a hash of the session token is stored, so a copy of this table opens no session.
CREATE TABLE sessions (
  token_hash bytea PRIMARY KEY CHECK (octet_length(token_hash) = 32),
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  idle_expires_at timestamptz NOT NULL,
  absolute_expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX sessions_user_id_idx ON sessions (user_id);
CREATE INDEX sessions_absolute_expires_at_idx ON sessions (absolute_expires_at);

GRANT SELECT, INSERT, UPDATE ON users TO enlace_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON sessions TO enlace_app;
