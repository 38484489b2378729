-- Providers' reports on the referrals they serve, beside the placements and discharges kept in the outcome
-- tables: school changes, maltreatment incidents tied to the referral that reported them, needs assessed
-- again, and service units delivered per contract line (what the state pays, against each line's budget).

ALTER TABLE outcome_maltreatment ADD COLUMN referral_id BIGINT NULL;
ALTER TABLE outcome_maltreatment ADD CONSTRAINT fk_outmal_referral FOREIGN KEY (referral_id) REFERENCES referral (id);

CREATE TABLE outcome_school_change (
    id          BIGINT       NOT NULL,
    child_id    BIGINT       NOT NULL,
    referral_id BIGINT       NULL,
    changed_on  DATE         NOT NULL,
    note        VARCHAR(300) NULL,
    CONSTRAINT pk_outcome_school_change PRIMARY KEY (id)
) ${table_options};
CREATE INDEX ix_outcome_school_child ON outcome_school_change (child_id, changed_on);
ALTER TABLE outcome_school_change ADD CONSTRAINT fk_outschool_child FOREIGN KEY (child_id) REFERENCES outcome_child (id);
ALTER TABLE outcome_school_change ADD CONSTRAINT fk_outschool_referral FOREIGN KEY (referral_id) REFERENCES referral (id);

CREATE TABLE referral_reassessment (
    id          BIGINT       NOT NULL,
    referral_id BIGINT       NOT NULL,
    assessed_on DATE         NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at DATETIME(6)  NOT NULL,
    CONSTRAINT pk_referral_reassessment PRIMARY KEY (id)
) ${table_options};
CREATE INDEX ix_reassessment_referral ON referral_reassessment (referral_id, assessed_on);
ALTER TABLE referral_reassessment ADD CONSTRAINT fk_reassessment_referral FOREIGN KEY (referral_id) REFERENCES referral (id);

CREATE TABLE referral_reassessment_rating (
    reassessment_id BIGINT      NOT NULL,
    need_domain     VARCHAR(32) NOT NULL,
    rating          INT         NOT NULL,
    CONSTRAINT pk_reassessment_rating PRIMARY KEY (reassessment_id, need_domain),
    CONSTRAINT ck_reassessment_rating CHECK (rating BETWEEN 0 AND 3)
) ${table_options};
ALTER TABLE referral_reassessment_rating ADD CONSTRAINT fk_rating_reassessment FOREIGN KEY (reassessment_id)
    REFERENCES referral_reassessment (id);

CREATE TABLE service_units (
    id               BIGINT        NOT NULL,
    contract_line_id BIGINT        NOT NULL,
    referral_id      BIGINT        NULL,
    provider_id      BIGINT        NOT NULL,
    delivered_on     DATE          NOT NULL,
    units            DECIMAL(12,2) NOT NULL,
    amount           DECIMAL(14,2) NOT NULL,
    note             VARCHAR(300)  NULL,
    recorded_by      VARCHAR(100)  NOT NULL,
    recorded_at      DATETIME(6)   NOT NULL,
    CONSTRAINT pk_service_units PRIMARY KEY (id),
    CONSTRAINT ck_service_units_figures CHECK (units > 0 AND amount >= 0)
) ${table_options};
CREATE INDEX ix_service_units_line ON service_units (contract_line_id, delivered_on);
CREATE INDEX ix_service_units_referral ON service_units (referral_id);
ALTER TABLE service_units ADD CONSTRAINT fk_units_line FOREIGN KEY (contract_line_id) REFERENCES contract_line (id);
ALTER TABLE service_units ADD CONSTRAINT fk_units_referral FOREIGN KEY (referral_id) REFERENCES referral (id);
ALTER TABLE service_units ADD CONSTRAINT fk_units_provider FOREIGN KEY (provider_id) REFERENCES organisation (id);

INSERT INTO id_generator (gen_name, gen_value) VALUES ('outcome_school_change', 100);
INSERT INTO id_generator (gen_name, gen_value) VALUES ('referral_reassessment', 100);
INSERT INTO id_generator (gen_name, gen_value) VALUES ('service_units', 100);
