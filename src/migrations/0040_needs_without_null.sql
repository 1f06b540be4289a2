-- A need is a kind of service; an empty element means nothing. The statistics count unmet needs per kind
-- (migration 0034), so a NULL element would be counted as a kind of its own: refuse it where it is stored,
-- as the application already does.
ALTER TABLE people
  ADD CONSTRAINT people_needs_without_null CHECK (array_position(needs, NULL) IS NULL);
ALTER TABLE referrals
  ADD CONSTRAINT referrals_needs_without_null CHECK (array_position(needs, NULL) IS NULL);
