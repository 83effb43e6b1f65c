-- H2: a Java trigger refuses every UPDATE and DELETE of an audit event.
create trigger audit_event_append_only before update, delete on audit_event
    for each row call "org.hria.recommendation.AuditTableGuard";
