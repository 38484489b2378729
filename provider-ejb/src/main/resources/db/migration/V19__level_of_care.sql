-- Levels of care. Each placement service belongs to one level, from the least restrictive (kin) to the most
-- (an institution); the order itself is the domain's (LevelOfCare). Services that place no child have none.
-- A referral names the most restrictive level matching may use (the level of the service requested unless
-- it says otherwise), and an offering the safety risk levels of the children it accepts (all unless it
-- says otherwise).
ALTER TABLE service_type ADD COLUMN level_of_care VARCHAR(24) NULL;
UPDATE service_type SET level_of_care = 'KIN' WHERE code = 'KINSHIP';
UPDATE service_type SET level_of_care = 'FOSTER' WHERE code = 'FOSTER';
-- medically fragile care is given in specialised homes, like specialised and therapeutic foster care
UPDATE service_type SET level_of_care = 'THERAPEUTIC_FOSTER' WHERE code IN ('THER-FOSTER', 'SPEC-FOSTER', 'MED-FRAGILE');
UPDATE service_type SET level_of_care = 'GROUP' WHERE code IN ('GROUP-HOME', 'EMRG-SHELTER');
UPDATE service_type SET level_of_care = 'INSTITUTION' WHERE code IN ('PRTF', 'ACUTE-HOSP');

ALTER TABLE referral ADD COLUMN max_level_of_care VARCHAR(24) NULL;
UPDATE referral SET max_level_of_care =
    (SELECT t.level_of_care FROM service_type t WHERE t.code = referral.service_type_code);

ALTER TABLE service_offering ADD COLUMN accepted_risks VARCHAR(32) DEFAULT 'LOW,MODERATE,HIGH' NOT NULL;
