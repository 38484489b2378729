-- Schema of the provider network (reference data, organisations, offerings, accounts).
-- Portable between MySQL 8 / MariaDB and the embedded H2 database (MySQL mode):
-- foreign keys are added after their supporting indexes, so that no database invents its own.
-- ${table_options} is the storage clause of the database at hand (InnoDB + utf8mb4 on MySQL, empty on H2).

CREATE TABLE id_generator (
    gen_name  VARCHAR(64) NOT NULL,
    gen_value BIGINT      NOT NULL,
    CONSTRAINT pk_id_generator PRIMARY KEY (gen_name)
) ${table_options};

CREATE TABLE region (
    id   BIGINT       NOT NULL,
    code VARCHAR(16)  NOT NULL,
    name VARCHAR(120) NOT NULL,
    CONSTRAINT pk_region PRIMARY KEY (id),
    CONSTRAINT uk_region_code UNIQUE (code)
) ${table_options};

CREATE TABLE county (
    fips      CHAR(5)      NOT NULL,
    name      VARCHAR(80)  NOT NULL,
    latitude  DECIMAL(9,6) NOT NULL,
    longitude DECIMAL(9,6) NOT NULL,
    region_id BIGINT       NULL,
    CONSTRAINT pk_county PRIMARY KEY (fips)
) ${table_options};
CREATE INDEX ix_county_region ON county (region_id);
CREATE INDEX ix_county_name ON county (name);
ALTER TABLE county ADD CONSTRAINT fk_county_region FOREIGN KEY (region_id) REFERENCES region (id);

CREATE TABLE service_type (
    id          BIGINT       NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    category    VARCHAR(60)  NOT NULL,
    statewide   BOOLEAN      NOT NULL,
    placement   BOOLEAN      NOT NULL,
    description VARCHAR(500) NULL,
    CONSTRAINT pk_service_type PRIMARY KEY (id),
    CONSTRAINT uk_service_type_code UNIQUE (code)
) ${table_options};

CREATE TABLE need_code (
    id          BIGINT       NOT NULL,
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    description VARCHAR(500) NULL,
    CONSTRAINT pk_need_code PRIMARY KEY (id),
    CONSTRAINT uk_need_code_code UNIQUE (code)
) ${table_options};

CREATE TABLE organisation (
    id             BIGINT       NOT NULL,
    name           VARCHAR(200) NOT NULL,
    name_key       VARCHAR(200) NOT NULL,
    org_type       VARCHAR(32)  NOT NULL,
    region_id      BIGINT       NULL,
    hq_county_fips CHAR(5)      NULL,
    address_line   VARCHAR(200) NULL,
    city           VARCHAR(100) NULL,
    postal_code    VARCHAR(10)  NULL,
    phone          VARCHAR(40)  NULL,
    email          VARCHAR(200) NULL,
    website        VARCHAR(200) NULL,
    active         BOOLEAN      NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL,
    CONSTRAINT pk_organisation PRIMARY KEY (id),
    CONSTRAINT uk_organisation_name_key UNIQUE (name_key),
    CONSTRAINT ck_organisation_type CHECK (org_type IN ('STATE_AGENCY', 'LEAD_CONTRACTOR', 'LOCAL_PROVIDER', 'STATEWIDE_PROVIDER'))
) ${table_options};
CREATE INDEX ix_organisation_region ON organisation (region_id);
CREATE INDEX ix_organisation_hq_county ON organisation (hq_county_fips);
CREATE INDEX ix_organisation_type_name ON organisation (org_type, name);
CREATE INDEX ix_organisation_name ON organisation (name);
CREATE INDEX ix_organisation_city ON organisation (city);
CREATE INDEX ix_organisation_created ON organisation (created_at);
ALTER TABLE organisation ADD CONSTRAINT fk_organisation_region FOREIGN KEY (region_id) REFERENCES region (id);
ALTER TABLE organisation ADD CONSTRAINT fk_organisation_hq_county FOREIGN KEY (hq_county_fips) REFERENCES county (fips);

-- regions a provider (or lead) works in
CREATE TABLE organisation_region (
    organisation_id BIGINT NOT NULL,
    region_id       BIGINT NOT NULL,
    CONSTRAINT pk_organisation_region PRIMARY KEY (organisation_id, region_id)
) ${table_options};
CREATE INDEX ix_organisation_region_region ON organisation_region (region_id);
ALTER TABLE organisation_region ADD CONSTRAINT fk_orgreg_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id);
ALTER TABLE organisation_region ADD CONSTRAINT fk_orgreg_region FOREIGN KEY (region_id) REFERENCES region (id);

CREATE TABLE service_offering (
    id                    BIGINT       NOT NULL,
    organisation_id       BIGINT       NOT NULL,
    service_type_id       BIGINT       NOT NULL,
    name                  VARCHAR(200) NOT NULL,
    location_county_fips  CHAR(5)      NOT NULL,
    min_age               INT          NOT NULL,
    max_age               INT          NOT NULL,
    genders               VARCHAR(16)  NOT NULL,
    max_sibling_group     INT          NOT NULL,
    accepts_out_of_county BOOLEAN      NOT NULL,
    active                BOOLEAN      NOT NULL,
    created_at            DATETIME(6)  NOT NULL,
    updated_at            DATETIME(6)  NOT NULL,
    version               BIGINT       NOT NULL,
    CONSTRAINT pk_service_offering PRIMARY KEY (id),
    CONSTRAINT ck_offering_ages CHECK (min_age >= 0 AND max_age <= 21 AND min_age <= max_age),
    CONSTRAINT ck_offering_siblings CHECK (max_sibling_group >= 1)
) ${table_options};
CREATE INDEX ix_offering_organisation ON service_offering (organisation_id);
CREATE INDEX ix_offering_service_type ON service_offering (service_type_id, active);
CREATE INDEX ix_offering_location_county ON service_offering (location_county_fips);
ALTER TABLE service_offering ADD CONSTRAINT fk_offering_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id);
ALTER TABLE service_offering ADD CONSTRAINT fk_offering_service_type FOREIGN KEY (service_type_id) REFERENCES service_type (id);
ALTER TABLE service_offering ADD CONSTRAINT fk_offering_location_county FOREIGN KEY (location_county_fips) REFERENCES county (fips);

CREATE TABLE offering_county (
    offering_id BIGINT  NOT NULL,
    county_fips CHAR(5) NOT NULL,
    CONSTRAINT pk_offering_county PRIMARY KEY (offering_id, county_fips)
) ${table_options};
CREATE INDEX ix_offering_county_county ON offering_county (county_fips);
ALTER TABLE offering_county ADD CONSTRAINT fk_offcounty_offering FOREIGN KEY (offering_id) REFERENCES service_offering (id);
ALTER TABLE offering_county ADD CONSTRAINT fk_offcounty_county FOREIGN KEY (county_fips) REFERENCES county (fips);

CREATE TABLE offering_need (
    offering_id  BIGINT NOT NULL,
    need_code_id BIGINT NOT NULL,
    CONSTRAINT pk_offering_need PRIMARY KEY (offering_id, need_code_id)
) ${table_options};
CREATE INDEX ix_offering_need_need ON offering_need (need_code_id);
ALTER TABLE offering_need ADD CONSTRAINT fk_offneed_offering FOREIGN KEY (offering_id) REFERENCES service_offering (id);
ALTER TABLE offering_need ADD CONSTRAINT fk_offneed_need FOREIGN KEY (need_code_id) REFERENCES need_code (id);

CREATE TABLE portal_role (
    code        VARCHAR(32)  NOT NULL,
    name        VARCHAR(80)  NOT NULL,
    description VARCHAR(300) NULL,
    CONSTRAINT pk_portal_role PRIMARY KEY (code)
) ${table_options};

CREATE TABLE user_account (
    id              BIGINT       NOT NULL,
    username        VARCHAR(100) NOT NULL,
    display_name    VARCHAR(150) NOT NULL,
    email           VARCHAR(200) NULL,
    organisation_id BIGINT       NOT NULL,
    password_hash   VARCHAR(200) NULL,
    active          BOOLEAN      NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    last_login_at   DATETIME(6)  NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT pk_user_account PRIMARY KEY (id),
    CONSTRAINT uk_user_account_username UNIQUE (username)
) ${table_options};
CREATE INDEX ix_user_account_organisation ON user_account (organisation_id);
ALTER TABLE user_account ADD CONSTRAINT fk_account_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id);

CREATE TABLE user_account_role (
    user_account_id BIGINT      NOT NULL,
    role_code       VARCHAR(32) NOT NULL,
    CONSTRAINT pk_user_account_role PRIMARY KEY (user_account_id, role_code)
) ${table_options};
CREATE INDEX ix_account_role_role ON user_account_role (role_code);
ALTER TABLE user_account_role ADD CONSTRAINT fk_accrole_account FOREIGN KEY (user_account_id) REFERENCES user_account (id);
ALTER TABLE user_account_role ADD CONSTRAINT fk_accrole_role FOREIGN KEY (role_code) REFERENCES portal_role (code);

-- first ids handed out by the JPA table generators (lower ids are kept for rows the migrations insert)
INSERT INTO id_generator (gen_name, gen_value) VALUES ('organisation', 100);
INSERT INTO id_generator (gen_name, gen_value) VALUES ('service_offering', 100);
INSERT INTO id_generator (gen_name, gen_value) VALUES ('user_account', 100);
