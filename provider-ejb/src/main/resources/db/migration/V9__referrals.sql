-- Referrals: the child or sibling group, the assessment, offers to matched offerings with their response
-- windows, the history of every transition, and the unmet needs of referrals no service could take.

CREATE TABLE referral (
    id                  BIGINT        NOT NULL,
    referral_no         VARCHAR(40)   NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    service_type_code   VARCHAR(32)   NOT NULL,
    home_county_fips    CHAR(5)       NOT NULL,
    school_county_fips  CHAR(5)       NULL,
    region_code         VARCHAR(16)   NOT NULL,
    risk_level          VARCHAR(16)   NOT NULL,
    urgency             VARCHAR(16)   NOT NULL,
    allow_split         BOOLEAN       NOT NULL,
    stay_in_home_county BOOLEAN       NOT NULL,
    kin_first           BOOLEAN       NOT NULL,
    case_manager_name   VARCHAR(150)  NOT NULL,
    case_manager_email  VARCHAR(200)  NULL,
    notes               VARCHAR(2000) NULL,
    referring_org_id    BIGINT        NOT NULL,
    created_by          VARCHAR(100)  NOT NULL,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    escalated           BOOLEAN       NOT NULL,
    escalation_reason   VARCHAR(500)  NULL,
    idempotency_key     VARCHAR(100)  NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT pk_referral PRIMARY KEY (id),
    CONSTRAINT uk_referral_no UNIQUE (referral_no),
    CONSTRAINT uk_referral_idempotency UNIQUE (referring_org_id, idempotency_key),
    CONSTRAINT ck_referral_status CHECK (status IN ('REQUESTED', 'OFFERED', 'ACCEPTED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
    CONSTRAINT ck_referral_urgency CHECK (urgency IN ('EMERGENCY', 'URGENT', 'ROUTINE'))
) ${table_options};
CREATE INDEX ix_referral_region_status ON referral (region_code, status, created_at);
CREATE INDEX ix_referral_status_created ON referral (status, created_at);
CREATE INDEX ix_referral_escalated ON referral (escalated, region_code);
CREATE INDEX ix_referral_home_county ON referral (home_county_fips);
CREATE INDEX ix_referral_school_county ON referral (school_county_fips);
ALTER TABLE referral ADD CONSTRAINT fk_referral_home_county FOREIGN KEY (home_county_fips) REFERENCES county (fips);
ALTER TABLE referral ADD CONSTRAINT fk_referral_school_county FOREIGN KEY (school_county_fips) REFERENCES county (fips);
ALTER TABLE referral ADD CONSTRAINT fk_referral_service FOREIGN KEY (service_type_code) REFERENCES service_type (code);

CREATE TABLE referral_child (
    referral_id BIGINT      NOT NULL,
    position    INT         NOT NULL,
    name        VARCHAR(80) NOT NULL,
    birth_date  DATE        NOT NULL,
    gender      VARCHAR(8)  NOT NULL,
    CONSTRAINT pk_referral_child PRIMARY KEY (referral_id, position)
) ${table_options};
ALTER TABLE referral_child ADD CONSTRAINT fk_refchild_referral FOREIGN KEY (referral_id) REFERENCES referral (id);

CREATE TABLE referral_need (
    referral_id BIGINT      NOT NULL,
    domain      VARCHAR(32) NOT NULL,
    rating      INT         NOT NULL,
    CONSTRAINT pk_referral_need PRIMARY KEY (referral_id, domain),
    CONSTRAINT ck_referral_need_rating CHECK (rating BETWEEN 0 AND 3)
) ${table_options};
ALTER TABLE referral_need ADD CONSTRAINT fk_refneed_referral FOREIGN KEY (referral_id) REFERENCES referral (id);

CREATE TABLE referral_population (
    referral_id BIGINT      NOT NULL,
    need_code   VARCHAR(32) NOT NULL,
    CONSTRAINT pk_referral_population PRIMARY KEY (referral_id, need_code)
) ${table_options};
CREATE INDEX ix_referral_population_code ON referral_population (need_code);
ALTER TABLE referral_population ADD CONSTRAINT fk_refpop_referral FOREIGN KEY (referral_id) REFERENCES referral (id);
ALTER TABLE referral_population ADD CONSTRAINT fk_refpop_need FOREIGN KEY (need_code) REFERENCES need_code (code);

CREATE TABLE referral_offer (
    id             BIGINT       NOT NULL,
    referral_id    BIGINT       NOT NULL,
    offering_id    BIGINT       NOT NULL,
    provider_id    BIGINT       NOT NULL,
    offering_name  VARCHAR(200) NOT NULL,
    places         INT          NOT NULL,
    match_rank     INT          NOT NULL,
    score          DOUBLE       NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    offered_at     DATETIME(6)  NOT NULL,
    offered_by     VARCHAR(100) NOT NULL,
    respond_by     DATETIME(6)  NOT NULL,
    responded_at   DATETIME(6)  NULL,
    responded_by   VARCHAR(100) NULL,
    decline_reason VARCHAR(24)  NULL,
    decline_note   VARCHAR(500) NULL,
    CONSTRAINT pk_referral_offer PRIMARY KEY (id),
    CONSTRAINT uk_referral_offer UNIQUE (referral_id, offering_id),
    CONSTRAINT ck_referral_offer_status CHECK (status IN ('OFFERED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN', 'CLOSED'))
) ${table_options};
CREATE INDEX ix_referral_offer_provider ON referral_offer (provider_id, status, respond_by);
CREATE INDEX ix_referral_offer_deadline ON referral_offer (status, respond_by);
CREATE INDEX ix_referral_offer_offering ON referral_offer (offering_id, status);
ALTER TABLE referral_offer ADD CONSTRAINT fk_offer_referral FOREIGN KEY (referral_id) REFERENCES referral (id);
ALTER TABLE referral_offer ADD CONSTRAINT fk_offer_offering FOREIGN KEY (offering_id) REFERENCES service_offering (id);
ALTER TABLE referral_offer ADD CONSTRAINT fk_offer_provider FOREIGN KEY (provider_id) REFERENCES organisation (id);

CREATE TABLE referral_event (
    id          BIGINT       NOT NULL,
    referral_id BIGINT       NOT NULL,
    action      VARCHAR(24)  NOT NULL,
    from_status VARCHAR(16)  NULL,
    to_status   VARCHAR(16)  NOT NULL,
    offer_id    BIGINT       NULL,
    note        VARCHAR(500) NULL,
    acted_by    VARCHAR(100) NOT NULL,
    acted_at    DATETIME(6)  NOT NULL,
    CONSTRAINT pk_referral_event PRIMARY KEY (id)
) ${table_options};
CREATE INDEX ix_referral_event_referral ON referral_event (referral_id, acted_at);
CREATE INDEX ix_referral_event_offer ON referral_event (offer_id);
ALTER TABLE referral_event ADD CONSTRAINT fk_event_referral FOREIGN KEY (referral_id) REFERENCES referral (id);
ALTER TABLE referral_event ADD CONSTRAINT fk_event_offer FOREIGN KEY (offer_id) REFERENCES referral_offer (id);

-- a referral that found no eligible service (or used up its matches), with what stood in the way
CREATE TABLE unmet_need (
    id                BIGINT        NOT NULL,
    referral_id       BIGINT        NOT NULL,
    recorded_at       DATETIME(6)   NOT NULL,
    service_type_code VARCHAR(32)   NOT NULL,
    county_fips       CHAR(5)       NOT NULL,
    region_code       VARCHAR(16)   NOT NULL,
    need_codes        VARCHAR(400)  NULL,
    reason            VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_unmet_need PRIMARY KEY (id)
) ${table_options};
CREATE INDEX ix_unmet_need_period ON unmet_need (recorded_at, region_code);
CREATE INDEX ix_unmet_need_referral ON unmet_need (referral_id);
CREATE INDEX ix_unmet_need_county_service ON unmet_need (county_fips, service_type_code);
ALTER TABLE unmet_need ADD CONSTRAINT fk_unmet_referral FOREIGN KEY (referral_id) REFERENCES referral (id);

INSERT INTO id_generator (gen_name, gen_value) VALUES ('referral', 100);
INSERT INTO id_generator (gen_name, gen_value) VALUES ('referral_offer', 100);
INSERT INTO id_generator (gen_name, gen_value) VALUES ('referral_event', 100);
INSERT INTO id_generator (gen_name, gen_value) VALUES ('unmet_need', 100);
