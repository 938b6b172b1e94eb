-- The audit log becomes a hash chain: each entry's hash covers the previous entry's hash and its own content, so
-- changing, inserting or removing an entry anywhere but at the head breaks every hash after it, and the head is
-- written outside the database regularly (AuditAnchor) so that the head cannot be cut off or rewritten unseen.
-- AuditChain (and the verification RPC and command) recompute it in Java, independently of these functions.

-- A text in the chain: its length in UTF-8 bytes, ':', the text, ';' (so no two entries can be confused).
create function audit_lp(value text) returns text language sql immutable strict as $$
    select octet_length(value)::text || ':' || value || ';'
$$;

-- What an entry's hash covers, as AuditChain.text writes it.
create function audit_entry_text(id bigint, at timestamptz, actor text, actor_unit text, action text,
                                 record_type text, record_id text, fields text[], request_id text)
    returns text language sql immutable as $$
    select audit_lp(id::text)
        || audit_lp(to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
        || audit_lp(actor) || audit_lp(actor_unit) || audit_lp(action) || audit_lp(record_type) || audit_lp(record_id)
        || audit_lp(coalesce(cardinality(fields), 0)::text)
        || coalesce((select string_agg(audit_lp(f), '' order by i) from unnest(fields) with ordinality as u(f, i)), '')
        || audit_lp(request_id)
$$;

alter table audit_log add column prev_hash bytea, add column hash bytea;

-- The entries already written are chained in their order, the first after nothing (an empty hash).
alter table audit_log disable trigger audit_log_no_update;
do $$
declare
    entry record;
    previous bytea := '\x';
begin
    for entry in select * from audit_log order by id loop
        update audit_log set prev_hash = previous,
               hash = sha256(previous || convert_to(audit_entry_text(entry.id, entry.at, entry.actor, entry.actor_unit,
                   entry.action, entry.record_type, entry.record_id, entry.fields, entry.request_id), 'UTF8'))
        where id = entry.id
        returning hash into previous;
    end loop;
end;
$$;
alter table audit_log enable trigger audit_log_no_update;

alter table audit_log alter column prev_hash set not null, alter column hash set not null;

-- The head of the chain: the latest entry's id and hash. Every new entry locks this row to the end of its writing
-- transaction, so entries are chained one at a time, and ids (drawn under the lock) follow the chain. A transaction
-- whose snapshot is older than the head (repeatable read) fails to lock it instead of forking the chain.
create table audit_log_head (
    only_row boolean primary key default true check (only_row),
    id       bigint,
    hash     bytea not null
);
insert into audit_log_head (id, hash)
select id, hash from audit_log order by id desc limit 1;
insert into audit_log_head (id, hash)
select null, '\x'::bytea where not exists (select 1 from audit_log_head);

-- Runs with its owner's rights: the service's runtime role writes entries but has no right on the head itself.
create function audit_log_chain() returns trigger language plpgsql security definer set search_path = pg_catalog, public as $$
declare
    previous bytea;
begin
    select hash into previous from audit_log_head where only_row for update;
    new.id := nextval(pg_get_serial_sequence('audit_log', 'id'));
    new.prev_hash := previous;
    new.hash := sha256(new.prev_hash || convert_to(audit_entry_text(new.id, new.at, new.actor, new.actor_unit,
        new.action, new.record_type, new.record_id, new.fields, new.request_id), 'UTF8'));
    update audit_log_head set id = new.id, hash = new.hash where only_row;
    return new;
end;
$$;

create trigger audit_log_chain before insert on audit_log for each row execute function audit_log_chain();
