-- An administrator may reset the second factor of an account whose owner lost both the authenticator
-- app and the recovery codes: the secret and the codes are deleted (the account enrols again), and the
-- agency's auditors are alerted. The periodic purge of sign-in data also removes known addresses that
-- stopped counting as known.

ALTER TABLE security_alerts DROP CONSTRAINT security_alerts_kind_check;
ALTER TABLE security_alerts ADD CONSTRAINT security_alerts_kind_check
  CHECK (kind IN ('break_glass', 'identity_read_rate', 'mfa_reset'));

GRANT DELETE ON user_mfa, mfa_recovery_codes TO enlace_app;
GRANT DELETE ON sign_in_known_addresses TO enlace_app;
