-- Outcome history: children in care, their removal episodes and placements, maltreatment reports, and
-- in-home services, from the providers' reports on the referrals they serve and from AFCARS-style
-- extracts of the state's own history. The indicator engine reads these tables with set queries.

CREATE TABLE outcome_child (
    id               BIGINT      NOT NULL,
    child_key        VARCHAR(60) NOT NULL,
    source           VARCHAR(16) NOT NULL,
    birth_date       DATE        NOT NULL,
    sex              VARCHAR(8)  NOT NULL,
    home_county_fips CHAR(5)     NULL,
    sibling_group    VARCHAR(60) NULL,
    referral_id      BIGINT      NULL,
    CONSTRAINT pk_outcome_child PRIMARY KEY (id),
    CONSTRAINT uk_outcome_child_key UNIQUE (child_key),
    CONSTRAINT ck_outcome_child_source CHECK (source IN ('PORTAL', 'AFCARS', 'DEMO')),
    CONSTRAINT ck_outcome_child_sex CHECK (sex IN ('FEMALE', 'MALE', 'UNKNOWN'))
) ${table_options};
CREATE INDEX ix_outcome_child_county ON outcome_child (home_county_fips);
CREATE INDEX ix_outcome_child_referral ON outcome_child (referral_id);
ALTER TABLE outcome_child ADD CONSTRAINT fk_outchild_county FOREIGN KEY (home_county_fips) REFERENCES county (fips);
ALTER TABLE outcome_child ADD CONSTRAINT fk_outchild_referral FOREIGN KEY (referral_id) REFERENCES referral (id);

CREATE TABLE outcome_episode (
    id               BIGINT      NOT NULL,
    child_id         BIGINT      NOT NULL,
    episode_no       INT         NOT NULL,
    removal_date     DATE        NOT NULL,
    discharge_date   DATE        NULL,
    discharge_reason VARCHAR(24) NULL,
    CONSTRAINT pk_outcome_episode PRIMARY KEY (id),
    CONSTRAINT uk_outcome_episode UNIQUE (child_id, episode_no),
    CONSTRAINT ck_outcome_episode_dates CHECK (discharge_date IS NULL OR discharge_date >= removal_date)
) ${table_options};
CREATE INDEX ix_outcome_episode_removal ON outcome_episode (removal_date);
CREATE INDEX ix_outcome_episode_discharge ON outcome_episode (discharge_date);
ALTER TABLE outcome_episode ADD CONSTRAINT fk_outepisode_child FOREIGN KEY (child_id) REFERENCES outcome_child (id);

CREATE TABLE outcome_placement (
    id          BIGINT      NOT NULL,
    child_id    BIGINT      NOT NULL,
    episode_no  INT         NOT NULL,
    start_date  DATE        NOT NULL,
    end_date    DATE        NULL,
    setting     VARCHAR(32) NOT NULL,
    provider_id BIGINT      NULL,
    county_fips CHAR(5)     NULL,
    contract_id BIGINT      NULL,
    CONSTRAINT pk_outcome_placement PRIMARY KEY (id),
    CONSTRAINT ck_outcome_placement_dates CHECK (end_date IS NULL OR end_date >= start_date)
) ${table_options};
CREATE INDEX ix_outcome_placement_child ON outcome_placement (child_id, start_date);
CREATE INDEX ix_outcome_placement_provider ON outcome_placement (provider_id);
CREATE INDEX ix_outcome_placement_county ON outcome_placement (county_fips);
CREATE INDEX ix_outcome_placement_contract ON outcome_placement (contract_id);
ALTER TABLE outcome_placement ADD CONSTRAINT fk_outplacement_child FOREIGN KEY (child_id) REFERENCES outcome_child (id);
ALTER TABLE outcome_placement ADD CONSTRAINT fk_outplacement_provider FOREIGN KEY (provider_id) REFERENCES organisation (id);
ALTER TABLE outcome_placement ADD CONSTRAINT fk_outplacement_county FOREIGN KEY (county_fips) REFERENCES county (fips);
ALTER TABLE outcome_placement ADD CONSTRAINT fk_outplacement_contract FOREIGN KEY (contract_id) REFERENCES contract (id);

CREATE TABLE outcome_maltreatment (
    id            BIGINT  NOT NULL,
    child_id      BIGINT  NOT NULL,
    report_date   DATE    NOT NULL,
    substantiated BOOLEAN NOT NULL,
    in_care       BOOLEAN NOT NULL,
    CONSTRAINT pk_outcome_maltreatment PRIMARY KEY (id)
) ${table_options};
CREATE INDEX ix_outcome_maltreatment_child ON outcome_maltreatment (child_id, report_date);
ALTER TABLE outcome_maltreatment ADD CONSTRAINT fk_outmal_child FOREIGN KEY (child_id) REFERENCES outcome_child (id);

CREATE TABLE outcome_in_home (
    id          BIGINT NOT NULL,
    child_id    BIGINT NOT NULL,
    start_date  DATE   NOT NULL,
    end_date    DATE   NULL,
    provider_id BIGINT NULL,
    CONSTRAINT pk_outcome_in_home PRIMARY KEY (id)
) ${table_options};
CREATE INDEX ix_outcome_in_home_child ON outcome_in_home (child_id);
ALTER TABLE outcome_in_home ADD CONSTRAINT fk_outinhome_child FOREIGN KEY (child_id) REFERENCES outcome_child (id);
ALTER TABLE outcome_in_home ADD CONSTRAINT fk_outinhome_provider FOREIGN KEY (provider_id) REFERENCES organisation (id);

INSERT INTO id_generator (gen_name, gen_value) VALUES ('outcome_child', 100);
INSERT INTO id_generator (gen_name, gen_value) VALUES ('outcome_episode', 100);
INSERT INTO id_generator (gen_name, gen_value) VALUES ('outcome_placement', 100);
INSERT INTO id_generator (gen_name, gen_value) VALUES ('outcome_maltreatment', 100);
INSERT INTO id_generator (gen_name, gen_value) VALUES ('outcome_in_home', 100);
