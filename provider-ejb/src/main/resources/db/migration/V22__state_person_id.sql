-- One identity per child (docs/outcome-data.md): the state's person id of a referred child, given on the intake, and
-- the referral behind each placement the portal records, so that a re-imported extract updates the state's own rows
-- of a child and leaves the placements providers reported alone.

ALTER TABLE referral_child ADD COLUMN state_person_id VARCHAR(40) NULL;

ALTER TABLE outcome_placement ADD COLUMN referral_id BIGINT NULL;
UPDATE outcome_placement SET referral_id = (SELECT c.referral_id FROM outcome_child c WHERE c.id = outcome_placement.child_id)
    WHERE child_id IN (SELECT id FROM outcome_child WHERE source = 'PORTAL');
CREATE INDEX ix_outcome_placement_referral ON outcome_placement (referral_id);
ALTER TABLE outcome_placement ADD CONSTRAINT fk_outplacement_referral FOREIGN KEY (referral_id) REFERENCES referral (id);
