-- Release orders (lệnh giải tỏa, CPC Art. 129) lifting all or part of a freeze request's hold, and the banks' reports
-- that they executed them. A request waits in RELEASE_ORDERED for its bank, then is HELD again (money still held) or
-- RELEASED.
do $$
declare c record;
begin
    -- the status list and "held facts exactly in HELD" of V2 become the wider rules below (their names were generated)
    for c in select conname from pg_constraint
             where conrelid = 'freeze_requests'::regclass and contype = 'c'
               and (pg_get_constraintdef(oid) like '%status = ANY%'
                    or pg_get_constraintdef(oid) like '%''HELD''%held_at IS NOT NULL%')
    loop
        execute format('alter table freeze_requests drop constraint %I', c.conname);
    end loop;
end $$;

alter table freeze_requests
    add constraint freeze_requests_status_check
        check (status in ('REQUESTED', 'ACKNOWLEDGED', 'HELD', 'REJECTED', 'RELEASE_ORDERED', 'RELEASED')),
    -- the hold's facts: present in HELD, kept after a release (ordered or done), absent before any hold
    add constraint freeze_requests_held_facts
        check ((held_at is null) = (amount_held is null)
            and (status <> 'HELD' or held_at is not null)
            and (held_at is null or status in ('HELD', 'RELEASE_ORDERED', 'RELEASED')));
-- V2's "acknowledged unless REQUESTED or REJECTED" stays: a released request was acknowledged

create table release_orders (
    id                    uuid primary key,
    freeze_request_id     uuid   not null references freeze_requests (id),
    case_id               uuid   not null references cases (id),
    -- unit code of the bank the order is addressed to (the request's); a bank sees only its own
    bank                  text   not null,
    -- 0 only for a request released before anything was held
    amount                bigint not null check (amount >= 0),
    document_number       text   not null,
    document_date         date   not null,
    reason                text   not null,
    ordered_at            timestamptz not null,
    ordered_by            text   not null,
    ordered_by_unit       text   not null,
    -- the case's supervising procuracy, informed when the order was issued
    procuracy_unit        text   not null,
    procuracy_informed_at timestamptz not null,
    status                text   not null check (status in ('ISSUED', 'EXECUTED')),
    released_at           timestamptz,
    amount_released       bigint,
    reported_at           timestamptz,
    reported_by           text,
    check ((status = 'EXECUTED') = (released_at is not null and amount_released is not null and reported_at is not null
        and reported_by is not null)),
    check (amount_released is null or amount_released = amount)
);

-- one order at a time waits for its bank
create unique index release_orders_one_issued on release_orders (freeze_request_id) where status = 'ISSUED';
create index release_orders_request on release_orders (freeze_request_id, ordered_at);
create index release_orders_case on release_orders (case_id);
create index release_orders_released on release_orders (released_at) where status = 'EXECUTED';
