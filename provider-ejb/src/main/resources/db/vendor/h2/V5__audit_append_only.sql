-- The database itself refuses to change or remove audit rows (embedded H2).
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    CALL 'org.providernetwork.service.audit.AppendOnlyTrigger';
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    CALL 'org.providernetwork.service.audit.AppendOnlyTrigger';
