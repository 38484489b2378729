-- The audit trail: one row per change (and, later, per view of a child's identifying data).
-- Rows are only ever inserted; the vendor migration V5 makes the database refuse updates and deletes.
-- Ordered by id (the insertion order), never by timestamp.
CREATE TABLE audit_event (
    id              BIGINT AUTO_INCREMENT NOT NULL,
    occurred_at     DATETIME(6)   NOT NULL,
    username        VARCHAR(100)  NOT NULL,
    organisation_id BIGINT        NULL,
    action          VARCHAR(16)   NOT NULL,
    entity_type     VARCHAR(60)   NOT NULL,
    entity_id       VARCHAR(64)   NOT NULL,
    changes         VARCHAR(8000) NULL,
    request_id      VARCHAR(64)   NULL,
    CONSTRAINT pk_audit_event PRIMARY KEY (id),
    CONSTRAINT ck_audit_action CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'VIEW'))
) ${table_options};
CREATE INDEX ix_audit_username ON audit_event (username, id);
CREATE INDEX ix_audit_organisation ON audit_event (organisation_id, id);
CREATE INDEX ix_audit_entity ON audit_event (entity_type, entity_id, id);
CREATE INDEX ix_audit_occurred ON audit_event (occurred_at);
