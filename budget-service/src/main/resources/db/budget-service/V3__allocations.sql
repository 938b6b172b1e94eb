-- Allocations of a line to the implementing units: requested by the planner, decided by the approver.
create table allocations (
    id               uuid primary key,
    line_id          text   not null references budget_lines (id),
    unit             text   not null,
    amount_dong      bigint not null check (amount_dong > 0),
    note             text   not null,
    status           text   not null check (status in ('REQUESTED', 'APPROVED', 'REJECTED')),
    requested_by     text   not null,
    requested_at     timestamptz not null,
    decided_by       text,
    decided_at       timestamptz,
    decision_note    text,
    idempotency_key  text unique,
    request_hash     text,
    -- four eyes: whoever requested an allocation never decides it
    check (decided_by is null or decided_by <> requested_by),
    check ((status = 'REQUESTED') = (decided_by is null))
);

create index allocations_line_unit on allocations (line_id, unit);

-- The service checks this under a lock on the line; the trigger makes sure no other path (a script, a
-- later bug) can leave a line's approved allocations above what it plans.
create function allocations_within_line() returns trigger language plpgsql as $$
begin
    if (select coalesce(sum(amount_dong), 0) from allocations where line_id = new.line_id and status = 'APPROVED')
       > (select coalesce(sum(amount_dong), 0) from line_funding where line_id = new.line_id) then
        raise exception 'approved allocations of budget line % exceed what it plans', new.line_id
            using errcode = 'check_violation';
    end if;
    return new;
end $$;

create constraint trigger allocations_within_line after insert or update on allocations
    deferrable initially immediate for each row execute function allocations_within_line();
