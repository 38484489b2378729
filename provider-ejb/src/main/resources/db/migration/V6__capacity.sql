-- Live capacity per service offering, and the history of every change to it.
CREATE TABLE offering_capacity (
    offering_id BIGINT       NOT NULL,
    available   INT          NOT NULL,
    maximum     INT          NOT NULL,
    waitlist    INT          NOT NULL,
    reserved    INT          NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT pk_offering_capacity PRIMARY KEY (offering_id),
    CONSTRAINT ck_capacity_figures CHECK (available >= 0 AND reserved >= 0 AND waitlist >= 0 AND available + reserved <= maximum)
) ${table_options};
ALTER TABLE offering_capacity ADD CONSTRAINT fk_capacity_offering FOREIGN KEY (offering_id) REFERENCES service_offering (id);
CREATE INDEX ix_capacity_updated ON offering_capacity (updated_at);

CREATE TABLE capacity_change (
    id          BIGINT       NOT NULL,
    offering_id BIGINT       NOT NULL,
    available   INT          NOT NULL,
    maximum     INT          NOT NULL,
    waitlist    INT          NOT NULL,
    reserved    INT          NOT NULL,
    changed_by  VARCHAR(100) NOT NULL,
    changed_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_capacity_change PRIMARY KEY (id)
) ${table_options};
CREATE INDEX ix_capacity_change_offering ON capacity_change (offering_id, id);
ALTER TABLE capacity_change ADD CONSTRAINT fk_capacity_change_offering FOREIGN KEY (offering_id) REFERENCES service_offering (id);

INSERT INTO id_generator (gen_name, gen_value) VALUES ('capacity_change', 100);
