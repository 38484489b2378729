-- A referred child given without the state's person id is recognised as the child an earlier referral named with it
-- (same name or initials, birth date and home county): the lookup reads the referred children by birth date.

CREATE INDEX ix_referral_child_birth ON referral_child (birth_date);
