-- Waitlists: a referral for which no place is free waits on one or more offerings, in the order of its
-- urgency and then of how long it has waited. When a place frees at an offering, the first waiting referral
-- that fits is offered it in the same transaction. The capacity record's waitlist number is from now on the
-- count of the referrals waiting on the offering (kept by the application), no longer a figure the provider
-- types: the figures typed until now counted no referral of the portal and are set to nothing.
CREATE TABLE referral_waitlist (
    id            BIGINT       NOT NULL,
    referral_id   BIGINT       NOT NULL,
    offering_id   BIGINT       NOT NULL,
    offering_name VARCHAR(200) NOT NULL,
    waiting_since DATETIME(6)  NOT NULL,
    added_by      VARCHAR(100) NOT NULL,
    CONSTRAINT pk_referral_waitlist PRIMARY KEY (id),
    CONSTRAINT uk_referral_waitlist UNIQUE (referral_id, offering_id)
) ${table_options};
CREATE INDEX ix_referral_waitlist_offering ON referral_waitlist (offering_id, waiting_since);
ALTER TABLE referral_waitlist ADD CONSTRAINT fk_waitlist_referral FOREIGN KEY (referral_id) REFERENCES referral (id);
ALTER TABLE referral_waitlist ADD CONSTRAINT fk_waitlist_offering FOREIGN KEY (offering_id) REFERENCES service_offering (id);
INSERT INTO id_generator (gen_name, gen_value) VALUES ('referral_waitlist', 100);

ALTER TABLE offering_capacity ALTER COLUMN waitlist SET DEFAULT 0;
UPDATE offering_capacity SET waitlist = 0;
