-- Continuous quality improvement: the case review instrument (versioned, kept as data), review cycles
-- per region with their reproducible sample, case reviews with interviews and item ratings, reviewer
-- assignments to regions, program improvement plans, and each region's implementation stage.

CREATE TABLE cqi_instrument (
    id           BIGINT       NOT NULL,
    version_no   INT          NOT NULL,
    title        VARCHAR(200) NOT NULL,
    published_at DATETIME(6)  NOT NULL,
    published_by VARCHAR(100) NOT NULL,
    CONSTRAINT pk_cqi_instrument PRIMARY KEY (id),
    CONSTRAINT uk_cqi_instrument_version UNIQUE (version_no)
) ${table_options};

CREATE TABLE cqi_component (
    id            BIGINT        NOT NULL,
    instrument_id BIGINT        NOT NULL,
    position      INT           NOT NULL,
    code          VARCHAR(32)   NOT NULL,
    name          VARCHAR(200)  NOT NULL,
    description   VARCHAR(1000) NULL,
    CONSTRAINT pk_cqi_component PRIMARY KEY (id),
    CONSTRAINT uk_cqi_component_code UNIQUE (instrument_id, code)
) ${table_options};
CREATE INDEX ix_cqi_component_instrument ON cqi_component (instrument_id, position);
ALTER TABLE cqi_component ADD CONSTRAINT fk_cqi_component_instrument FOREIGN KEY (instrument_id) REFERENCES cqi_instrument (id);

CREATE TABLE cqi_item (
    id           BIGINT       NOT NULL,
    component_id BIGINT       NOT NULL,
    position     INT          NOT NULL,
    code         VARCHAR(32)  NOT NULL,
    question     VARCHAR(500) NOT NULL,
    CONSTRAINT pk_cqi_item PRIMARY KEY (id),
    CONSTRAINT uk_cqi_item_code UNIQUE (component_id, code)
) ${table_options};
CREATE INDEX ix_cqi_item_component ON cqi_item (component_id, position);
ALTER TABLE cqi_item ADD CONSTRAINT fk_cqi_item_component FOREIGN KEY (component_id) REFERENCES cqi_component (id);

CREATE TABLE cqi_cycle (
    id            BIGINT       NOT NULL,
    region_code   VARCHAR(16)  NOT NULL,
    county_fips   CHAR(5)      NULL,
    kind          VARCHAR(16)  NOT NULL,
    title         VARCHAR(200) NOT NULL,
    period_start  DATE         NOT NULL,
    period_end    DATE         NOT NULL,
    instrument_id BIGINT       NOT NULL,
    sample_size   INT          NOT NULL,
    sample_seed   BIGINT       NOT NULL,
    sampled_at    DATETIME(6)  NULL,
    status        VARCHAR(16)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT pk_cqi_cycle PRIMARY KEY (id),
    CONSTRAINT ck_cqi_cycle_kind CHECK (kind IN ('BASELINE', 'FOLLOW_UP', 'PEER', 'COUNTY_TEAM')),
    CONSTRAINT ck_cqi_cycle_status CHECK (status IN ('PLANNED', 'IN_REVIEW', 'CLOSED')),
    CONSTRAINT ck_cqi_cycle_period CHECK (period_end >= period_start),
    CONSTRAINT ck_cqi_cycle_size CHECK (sample_size BETWEEN 1 AND 500)
) ${table_options};
CREATE INDEX ix_cqi_cycle_region ON cqi_cycle (region_code, kind, period_start);
CREATE INDEX ix_cqi_cycle_instrument ON cqi_cycle (instrument_id);
CREATE INDEX ix_cqi_cycle_county ON cqi_cycle (county_fips);
ALTER TABLE cqi_cycle ADD CONSTRAINT fk_cqi_cycle_instrument FOREIGN KEY (instrument_id) REFERENCES cqi_instrument (id);
ALTER TABLE cqi_cycle ADD CONSTRAINT fk_cqi_cycle_county FOREIGN KEY (county_fips) REFERENCES county (fips);

CREATE TABLE cqi_case_review (
    id                BIGINT        NOT NULL,
    cycle_id          BIGINT        NOT NULL,
    referral_id       BIGINT        NOT NULL,
    region_code       VARCHAR(16)   NOT NULL,
    provider_id       BIGINT        NULL,
    service_type_code VARCHAR(32)   NOT NULL,
    urgency           VARCHAR(16)   NOT NULL,
    reviewer          VARCHAR(100)  NULL,
    status            VARCHAR(16)   NOT NULL,
    feedback          VARCHAR(2000) NULL,
    completed_at      DATETIME(6)   NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT pk_cqi_case_review PRIMARY KEY (id),
    CONSTRAINT uk_cqi_case_review UNIQUE (cycle_id, referral_id),
    CONSTRAINT ck_cqi_case_review_status CHECK (status IN ('SAMPLED', 'IN_PROGRESS', 'COMPLETED'))
) ${table_options};
CREATE INDEX ix_cqi_case_review_region ON cqi_case_review (region_code, status);
CREATE INDEX ix_cqi_case_review_referral ON cqi_case_review (referral_id);
CREATE INDEX ix_cqi_case_review_provider ON cqi_case_review (provider_id);
CREATE INDEX ix_cqi_case_review_reviewer ON cqi_case_review (reviewer, status);
ALTER TABLE cqi_case_review ADD CONSTRAINT fk_cqi_review_cycle FOREIGN KEY (cycle_id) REFERENCES cqi_cycle (id);
ALTER TABLE cqi_case_review ADD CONSTRAINT fk_cqi_review_referral FOREIGN KEY (referral_id) REFERENCES referral (id);
ALTER TABLE cqi_case_review ADD CONSTRAINT fk_cqi_review_provider FOREIGN KEY (provider_id) REFERENCES organisation (id);

CREATE TABLE cqi_interview (
    review_id BIGINT       NOT NULL,
    position  INT          NOT NULL,
    role      VARCHAR(16)  NOT NULL,
    held_on   DATE         NOT NULL,
    note      VARCHAR(500) NULL,
    CONSTRAINT pk_cqi_interview PRIMARY KEY (review_id, position),
    CONSTRAINT ck_cqi_interview_role CHECK (role IN ('CHILD', 'PARENT', 'CASEWORKER', 'PROVIDER', 'RESOURCE_FAMILY'))
) ${table_options};
ALTER TABLE cqi_interview ADD CONSTRAINT fk_cqi_interview_review FOREIGN KEY (review_id) REFERENCES cqi_case_review (id);

CREATE TABLE cqi_rating (
    review_id BIGINT        NOT NULL,
    item_id   BIGINT        NOT NULL,
    rating    VARCHAR(16)   NOT NULL,
    rationale VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_cqi_rating PRIMARY KEY (review_id, item_id),
    CONSTRAINT ck_cqi_rating CHECK (rating IN ('STRENGTH', 'NEEDS_WORK', 'NOT_APPLICABLE'))
) ${table_options};
CREATE INDEX ix_cqi_rating_item ON cqi_rating (item_id);
ALTER TABLE cqi_rating ADD CONSTRAINT fk_cqi_rating_review FOREIGN KEY (review_id) REFERENCES cqi_case_review (id);
ALTER TABLE cqi_rating ADD CONSTRAINT fk_cqi_rating_item FOREIGN KEY (item_id) REFERENCES cqi_item (id);

-- which regions a CQI reviewer works in
CREATE TABLE cqi_reviewer_region (
    id          BIGINT       NOT NULL,
    username    VARCHAR(100) NOT NULL,
    region_code VARCHAR(16)  NOT NULL,
    assigned_by VARCHAR(100) NOT NULL,
    assigned_at DATETIME(6)  NOT NULL,
    CONSTRAINT pk_cqi_reviewer_region PRIMARY KEY (id),
    CONSTRAINT uk_cqi_reviewer_region UNIQUE (username, region_code)
) ${table_options};
CREATE INDEX ix_cqi_reviewer_region_code ON cqi_reviewer_region (region_code);

CREATE TABLE cqi_plan (
    id            BIGINT        NOT NULL,
    region_code   VARCHAR(16)   NOT NULL,
    county_fips   CHAR(5)       NULL,
    title         VARCHAR(200)  NOT NULL,
    cycle_id      BIGINT        NULL,
    status        VARCHAR(16)   NOT NULL,
    opened_by     VARCHAR(100)  NOT NULL,
    opened_at     DATETIME(6)   NOT NULL,
    closed_by     VARCHAR(100)  NULL,
    closed_at     DATETIME(6)   NULL,
    version       BIGINT        NOT NULL,
    CONSTRAINT pk_cqi_plan PRIMARY KEY (id),
    CONSTRAINT ck_cqi_plan_status CHECK (status IN ('OPEN', 'CLOSED'))
) ${table_options};
CREATE INDEX ix_cqi_plan_region ON cqi_plan (region_code, status);
CREATE INDEX ix_cqi_plan_cycle ON cqi_plan (cycle_id);
CREATE INDEX ix_cqi_plan_county ON cqi_plan (county_fips);
ALTER TABLE cqi_plan ADD CONSTRAINT fk_cqi_plan_cycle FOREIGN KEY (cycle_id) REFERENCES cqi_cycle (id);
ALTER TABLE cqi_plan ADD CONSTRAINT fk_cqi_plan_county FOREIGN KEY (county_fips) REFERENCES county (fips);

CREATE TABLE cqi_goal (
    id             BIGINT        NOT NULL,
    plan_id        BIGINT        NOT NULL,
    position       INT           NOT NULL,
    statement      VARCHAR(1000) NOT NULL,
    component_code VARCHAR(32)   NULL,
    indicator      VARCHAR(32)   NULL,
    status         VARCHAR(16)   NOT NULL,
    outcome_note   VARCHAR(1000) NULL,
    CONSTRAINT pk_cqi_goal PRIMARY KEY (id),
    CONSTRAINT ck_cqi_goal_status CHECK (status IN ('OPEN', 'MET', 'WITHDRAWN')),
    CONSTRAINT ck_cqi_goal_tied CHECK (component_code IS NOT NULL OR indicator IS NOT NULL)
) ${table_options};
CREATE INDEX ix_cqi_goal_plan ON cqi_goal (plan_id, position);
ALTER TABLE cqi_goal ADD CONSTRAINT fk_cqi_goal_plan FOREIGN KEY (plan_id) REFERENCES cqi_plan (id);

CREATE TABLE cqi_step (
    id           BIGINT       NOT NULL,
    goal_id      BIGINT       NOT NULL,
    position     INT          NOT NULL,
    action       VARCHAR(500) NOT NULL,
    owner        VARCHAR(100) NOT NULL,
    due_on       DATE         NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    completed_on DATE         NULL,
    CONSTRAINT pk_cqi_step PRIMARY KEY (id),
    CONSTRAINT ck_cqi_step_status CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DROPPED'))
) ${table_options};
CREATE INDEX ix_cqi_step_goal ON cqi_step (goal_id, position);
CREATE INDEX ix_cqi_step_owner_due ON cqi_step (owner, status, due_on);
CREATE INDEX ix_cqi_step_due ON cqi_step (status, due_on);
ALTER TABLE cqi_step ADD CONSTRAINT fk_cqi_step_goal FOREIGN KEY (goal_id) REFERENCES cqi_goal (id);

CREATE TABLE cqi_note (
    id         BIGINT        NOT NULL,
    plan_id    BIGINT        NOT NULL,
    written_by VARCHAR(100)  NOT NULL,
    written_at DATETIME(6)   NOT NULL,
    body       VARCHAR(2000) NOT NULL,
    CONSTRAINT pk_cqi_note PRIMARY KEY (id)
) ${table_options};
CREATE INDEX ix_cqi_note_plan ON cqi_note (plan_id, written_at);
ALTER TABLE cqi_note ADD CONSTRAINT fk_cqi_note_plan FOREIGN KEY (plan_id) REFERENCES cqi_plan (id);

-- the stages of each region's implementation of the practice model
CREATE TABLE cqi_stage (
    id          BIGINT       NOT NULL,
    region_code VARCHAR(16)  NOT NULL,
    stage       VARCHAR(24)  NOT NULL,
    starts_on   DATE         NOT NULL,
    ends_on     DATE         NULL,
    note        VARCHAR(500) NULL,
    CONSTRAINT pk_cqi_stage PRIMARY KEY (id),
    CONSTRAINT uk_cqi_stage UNIQUE (region_code, stage),
    CONSTRAINT ck_cqi_stage CHECK (stage IN ('PLANNING', 'INITIAL_IMPLEMENTATION', 'ONGOING')),
    CONSTRAINT ck_cqi_stage_dates CHECK (ends_on IS NULL OR ends_on >= starts_on)
) ${table_options};
CREATE INDEX ix_cqi_stage_start ON cqi_stage (starts_on);

-- version 1 of the case review instrument: the six components of the practice model
INSERT INTO cqi_instrument (id, version_no, title, published_at, published_by)
VALUES (1, 1, 'Practice model case review', CURRENT_TIMESTAMP, 'system');

INSERT INTO cqi_component (id, instrument_id, position, code, name, description) VALUES
 (1, 1, 1, 'SERVICES', 'Mobilizing appropriate services timely', 'Services designed and delivered from a careful assessment of needs, individualized, in the least restrictive setting, accessible in every jurisdiction'),
 (2, 1, 2, 'SAFETY', 'Safety assurance and risk management', 'Safety and risk assessed from the first report to case closure, for every child in the home'),
 (3, 1, 3, 'ENGAGEMENT', 'Involving children and families in case planning and decision making', 'Children, parents and resource families take part in planning and decisions'),
 (4, 1, 4, 'ASSESSMENT', 'Strengths and needs assessments', 'Substantive assessments of strengths and needs that address presenting issues and their causes'),
 (5, 1, 5, 'CONNECTIONS', 'Preserving connections and relationships', 'Siblings placed together, visits, the home community, school and kin kept'),
 (6, 1, 6, 'CASE_PLANNING', 'Individualized and timely case planning', 'Case plans tailored to the child and family, made and reviewed on time');

INSERT INTO cqi_item (id, component_id, position, code, question) VALUES
 (1, 1, 1, 'S1', 'Were the services the assessment called for arranged within the required time?'),
 (2, 1, 2, 'S2', 'Were the services individualized and in the least restrictive appropriate setting?'),
 (3, 2, 1, 'R1', 'Were safety and risk assessed at intake and again at every key decision?'),
 (4, 2, 2, 'R2', 'Was a safety plan in place and monitored for every child in the home?'),
 (5, 3, 1, 'E1', 'Were the parents involved in developing the case plan?'),
 (6, 3, 2, 'E2', 'Was the child (as appropriate to age) involved in planning and decisions?'),
 (7, 3, 3, 'E3', 'Were the resource family and the provider involved in planning?'),
 (8, 4, 1, 'A1', 'Did the assessment cover the strengths and needs of the child, parents and resource family?'),
 (9, 4, 2, 'A2', 'Did the assessment address the underlying causes, not only the presenting issue?'),
 (10, 5, 1, 'C1', 'Were siblings placed together, or visits arranged when apart?'),
 (11, 5, 2, 'C2', 'Were connections to family, community, school and culture preserved?'),
 (12, 6, 1, 'P1', 'Was the case plan made and reviewed within the required time?'),
 (13, 6, 2, 'P2', 'Was the case plan tailored to the needs of this child and family?');

INSERT INTO id_generator (gen_name, gen_value) VALUES ('cqi_instrument', 100);
INSERT INTO id_generator (gen_name, gen_value) VALUES ('cqi_component', 100);
INSERT INTO id_generator (gen_name, gen_value) VALUES ('cqi_item', 100);
INSERT INTO id_generator (gen_name, gen_value) VALUES ('cqi_cycle', 100);
INSERT INTO id_generator (gen_name, gen_value) VALUES ('cqi_case_review', 100);
INSERT INTO id_generator (gen_name, gen_value) VALUES ('cqi_reviewer_region', 100);
INSERT INTO id_generator (gen_name, gen_value) VALUES ('cqi_plan', 100);
INSERT INTO id_generator (gen_name, gen_value) VALUES ('cqi_goal', 100);
INSERT INTO id_generator (gen_name, gen_value) VALUES ('cqi_step', 100);
INSERT INTO id_generator (gen_name, gen_value) VALUES ('cqi_note', 100);
INSERT INTO id_generator (gen_name, gen_value) VALUES ('cqi_stage', 100);
