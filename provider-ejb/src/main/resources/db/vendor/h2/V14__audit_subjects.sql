-- Whom an audit record concerns: the children, referrals and organisations a change or a view touched, so
-- that auditors find every record about one child, referral or organisation (embedded H2). A list view
-- writes one audit record and one subject row per child it showed. Append-only like the trail itself.
CREATE TABLE audit_subject (
    audit_event_id BIGINT       NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    subject_id     VARCHAR(200) NOT NULL,
    CONSTRAINT pk_audit_subject PRIMARY KEY (kind, subject_id, audit_event_id),
    CONSTRAINT fk_audit_subject_event FOREIGN KEY (audit_event_id) REFERENCES audit_event (id),
    CONSTRAINT ck_audit_subject_kind CHECK (kind IN ('CHILD', 'REFERRAL', 'ORGANISATION'))
) ${table_options};
CREATE INDEX ix_audit_subject_event ON audit_subject (audit_event_id);
CREATE TRIGGER audit_subject_no_update BEFORE UPDATE ON audit_subject FOR EACH ROW
    CALL 'org.providernetwork.service.audit.AppendOnlyTrigger';
CREATE TRIGGER audit_subject_no_delete BEFORE DELETE ON audit_subject FOR EACH ROW
    CALL 'org.providernetwork.service.audit.AppendOnlyTrigger';
