-- Sign-in hardening: TOTP second factor with recovery codes, half-authenticated sessions that can only
-- finish signing in, a recent-authentication time for sensitive acts, and sign-in throttling kept in
-- the database so that every Enlace process applies the same counts.

-- One TOTP secret per account. The secret is field-encrypted (AES-256-GCM, bound to this table, column
-- and the user id), so a copy of the table cannot generate codes. `confirmed_at` stays null until the
-- first code proves the authenticator app holds the secret; `last_time_step` is the newest accepted
-- 30-second step, so a code is accepted once and never again (no replay).
CREATE TABLE user_mfa (
  user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  totp_secret text NOT NULL CHECK (totp_secret LIKE 'v1.%'),
  confirmed_at timestamptz,
  last_time_step bigint CHECK (last_time_step >= 0),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Single-use recovery codes, stored only as a keyed HMAC (the key lives outside the database).
CREATE TABLE mfa_recovery_codes (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  code_hmac text NOT NULL CHECK (code_hmac ~ '^[A-Za-z0-9_-]{43}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  used_at timestamptz,
  PRIMARY KEY (user_id, code_hmac)
);

-- A session that passed the password but still owes its second factor (or its enrolment) opens nothing
-- but that step. `authenticated_at` is when the person last proved who they are (sign-in or re-authentication).
ALTER TABLE sessions
  ADD COLUMN pending_step text CHECK (pending_step IN ('mfa', 'enrolment')),
  ADD COLUMN authenticated_at timestamptz;

-- Failed attempts per factor (password, code) and scope: one account and one address (pair), one address
-- (all accounts), one account (all addresses). Subjects are keyed HMACs of the user name and the
-- address, so the table names no one, and names that do not exist are counted like those that do.
CREATE TABLE sign_in_throttle (
  factor text NOT NULL CHECK (factor IN ('password', 'code')),
  scope text NOT NULL CHECK (scope IN ('pair', 'address', 'account')),
  subject text NOT NULL CHECK (subject ~ '^[A-Za-z0-9_-]{43}$'),
  failures integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
  last_failure_at timestamptz,
  blocked_until timestamptz,
  PRIMARY KEY (factor, scope, subject)
);

-- Addresses from which an account completed a sign-in (keyed HMAC of account and address): from these,
-- only the account's own failures there slow it down, so others cannot lock the real user out.
CREATE TABLE sign_in_known_addresses (
  subject text PRIMARY KEY CHECK (subject ~ '^[A-Za-z0-9_-]{43}$'),
  last_success_at timestamptz NOT NULL
);

GRANT SELECT, INSERT, UPDATE ON user_mfa TO enlace_app;
GRANT SELECT, INSERT, UPDATE ON mfa_recovery_codes TO enlace_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON sign_in_throttle TO enlace_app;
GRANT SELECT, INSERT, UPDATE ON sign_in_known_addresses TO enlace_app;
