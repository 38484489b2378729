-- A request repeated with an idempotency key must ask for the same thing: the digest of the first
-- request's intake is kept next to its key, and a repeat with a different body is refused (422).
ALTER TABLE referral ADD COLUMN idempotency_fingerprint CHAR(64) NULL;
