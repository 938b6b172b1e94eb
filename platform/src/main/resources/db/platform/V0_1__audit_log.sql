-- The audit log every service keeps in its own database (from the platform). Append-only: the
-- triggers refuse UPDATE, DELETE and TRUNCATE whoever asks.
create table audit_log (
    id          bigserial primary key,
    at          timestamptz not null default now(),
    actor       text not null,
    actor_unit  text not null,
    action      text not null,
    record_type text not null,
    record_id   text not null,
    fields      text[] not null default '{}',
    request_id  text not null
);

create index audit_log_record on audit_log (record_type, record_id);
create index audit_log_actor on audit_log (actor, at);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only';
end;
$$;

create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_is_append_only();
