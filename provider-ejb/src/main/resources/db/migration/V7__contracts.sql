-- Contracts: prime (state and a region's lead), direct (state and a statewide provider), subcontracts
-- (a lead and a local provider), their service lines with covered counties, and numbered amendments.
CREATE TABLE contract (
    id                 BIGINT        NOT NULL,
    contract_no        VARCHAR(40)   NOT NULL,
    kind               VARCHAR(16)   NOT NULL,
    purchaser_id       BIGINT        NOT NULL,
    supplier_id        BIGINT        NOT NULL,
    prime_id           BIGINT        NULL,
    start_date         DATE          NOT NULL,
    end_date           DATE          NOT NULL,
    budget_ceiling     DECIMAL(14,2) NOT NULL,
    funding_source     VARCHAR(120)  NULL,
    status             VARCHAR(16)   NOT NULL,
    termination_reason VARCHAR(500)  NULL,
    version            BIGINT        NOT NULL,
    CONSTRAINT pk_contract PRIMARY KEY (id),
    CONSTRAINT uk_contract_no UNIQUE (contract_no),
    CONSTRAINT ck_contract_kind CHECK (kind IN ('PRIME', 'DIRECT', 'SUBCONTRACT')),
    CONSTRAINT ck_contract_status CHECK (status IN ('DRAFT', 'ACTIVE', 'EXPIRED', 'TERMINATED')),
    CONSTRAINT ck_contract_period CHECK (end_date >= start_date)
) ${table_options};
CREATE INDEX ix_contract_purchaser ON contract (purchaser_id);
CREATE INDEX ix_contract_supplier ON contract (supplier_id);
CREATE INDEX ix_contract_prime ON contract (prime_id);
CREATE INDEX ix_contract_status_end ON contract (status, end_date);
CREATE INDEX ix_contract_kind_status ON contract (kind, status);
ALTER TABLE contract ADD CONSTRAINT fk_contract_purchaser FOREIGN KEY (purchaser_id) REFERENCES organisation (id);
ALTER TABLE contract ADD CONSTRAINT fk_contract_supplier FOREIGN KEY (supplier_id) REFERENCES organisation (id);
ALTER TABLE contract ADD CONSTRAINT fk_contract_prime FOREIGN KEY (prime_id) REFERENCES contract (id);

CREATE TABLE contract_line (
    id                BIGINT        NOT NULL,
    contract_id       BIGINT        NOT NULL,
    service_type_code VARCHAR(32)   NOT NULL,
    unit              VARCHAR(16)   NOT NULL,
    unit_rate         DECIMAL(12,2) NOT NULL,
    funded_capacity   INT           NOT NULL,
    CONSTRAINT pk_contract_line PRIMARY KEY (id),
    CONSTRAINT ck_contract_line_unit CHECK (unit IN ('DAY', 'SESSION', 'HOUR', 'CASE')),
    CONSTRAINT ck_contract_line_figures CHECK (unit_rate > 0 AND funded_capacity >= 0)
) ${table_options};
CREATE INDEX ix_contract_line_contract ON contract_line (contract_id);
CREATE INDEX ix_contract_line_service ON contract_line (service_type_code);
ALTER TABLE contract_line ADD CONSTRAINT fk_contract_line_contract FOREIGN KEY (contract_id) REFERENCES contract (id);
ALTER TABLE contract_line ADD CONSTRAINT fk_contract_line_service FOREIGN KEY (service_type_code) REFERENCES service_type (code);

CREATE TABLE contract_line_county (
    contract_line_id BIGINT  NOT NULL,
    county_fips      CHAR(5) NOT NULL,
    CONSTRAINT pk_contract_line_county PRIMARY KEY (contract_line_id, county_fips)
) ${table_options};
CREATE INDEX ix_contract_line_county_county ON contract_line_county (county_fips);
ALTER TABLE contract_line_county ADD CONSTRAINT fk_clc_line FOREIGN KEY (contract_line_id) REFERENCES contract_line (id);
ALTER TABLE contract_line_county ADD CONSTRAINT fk_clc_county FOREIGN KEY (county_fips) REFERENCES county (fips);

CREATE TABLE contract_amendment (
    id           BIGINT       NOT NULL,
    contract_id  BIGINT       NOT NULL,
    amendment_no INT          NOT NULL,
    description  VARCHAR(500) NOT NULL,
    before_text  VARCHAR(500) NOT NULL,
    after_text   VARCHAR(500) NOT NULL,
    amended_by   VARCHAR(100) NOT NULL,
    amended_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_contract_amendment PRIMARY KEY (id),
    CONSTRAINT uk_contract_amendment_no UNIQUE (contract_id, amendment_no)
) ${table_options};
ALTER TABLE contract_amendment ADD CONSTRAINT fk_amendment_contract FOREIGN KEY (contract_id) REFERENCES contract (id);

INSERT INTO id_generator (gen_name, gen_value) VALUES ('contract', 100);
INSERT INTO id_generator (gen_name, gen_value) VALUES ('contract_line', 100);
INSERT INTO id_generator (gen_name, gen_value) VALUES ('contract_amendment', 100);
