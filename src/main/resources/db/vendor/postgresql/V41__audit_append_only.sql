-- PostgreSQL: the same guard in plpgsql, plus TRUNCATE.
create function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused; write a correcting event instead', tg_op;
end;
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
