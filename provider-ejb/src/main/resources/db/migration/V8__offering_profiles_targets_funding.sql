-- Offering profiles (description, languages, licences and accreditations), performance targets on
-- contracts, and the funded capacity of each offering derived from the active contract lines.

ALTER TABLE service_offering ADD COLUMN description VARCHAR(1000) NULL;

CREATE TABLE offering_language (
    offering_id   BIGINT     NOT NULL,
    language_code VARCHAR(8) NOT NULL,
    CONSTRAINT pk_offering_language PRIMARY KEY (offering_id, language_code)
) ${table_options};
CREATE INDEX ix_offering_language_code ON offering_language (language_code);
ALTER TABLE offering_language ADD CONSTRAINT fk_offlang_offering FOREIGN KEY (offering_id) REFERENCES service_offering (id);

CREATE TABLE offering_credential (
    id          BIGINT       NOT NULL,
    offering_id BIGINT       NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    issuer      VARCHAR(120) NOT NULL,
    identifier  VARCHAR(60)  NOT NULL,
    expires_on  DATE         NOT NULL,
    CONSTRAINT pk_offering_credential PRIMARY KEY (id),
    CONSTRAINT ck_offering_credential_kind CHECK (kind IN ('LICENCE', 'ACCREDITATION'))
) ${table_options};
CREATE INDEX ix_offering_credential_offering ON offering_credential (offering_id);
CREATE INDEX ix_offering_credential_expiry ON offering_credential (expires_on);
ALTER TABLE offering_credential ADD CONSTRAINT fk_credential_offering FOREIGN KEY (offering_id) REFERENCES service_offering (id);

-- slots bought by the active contract lines that cover the offering's service type and county,
-- and whether any active contract covers it at all (an offering takes referrals only then)
ALTER TABLE offering_capacity ADD COLUMN funded INT NOT NULL DEFAULT 0;
ALTER TABLE offering_capacity ADD COLUMN contracted BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_offering_capacity_contracted ON offering_capacity (contracted, available);

CREATE TABLE contract_target (
    id          BIGINT        NOT NULL,
    contract_id BIGINT        NOT NULL,
    indicator   VARCHAR(40)   NOT NULL,
    target      DECIMAL(12,3) NOT NULL,
    direction   VARCHAR(8)    NOT NULL,
    CONSTRAINT pk_contract_target PRIMARY KEY (id),
    CONSTRAINT uk_contract_target UNIQUE (contract_id, indicator),
    CONSTRAINT ck_contract_target_direction CHECK (direction IN ('AT_LEAST', 'AT_MOST'))
) ${table_options};
CREATE INDEX ix_contract_target_indicator ON contract_target (indicator);
ALTER TABLE contract_target ADD CONSTRAINT fk_target_contract FOREIGN KEY (contract_id) REFERENCES contract (id);

-- which active contracts list a supplier's lines (the funded-capacity recomputation reads them by supplier)
CREATE INDEX ix_contract_supplier_status ON contract (supplier_id, status);

INSERT INTO id_generator (gen_name, gen_value) VALUES ('offering_credential', 100);
INSERT INTO id_generator (gen_name, gen_value) VALUES ('contract_target', 100);
