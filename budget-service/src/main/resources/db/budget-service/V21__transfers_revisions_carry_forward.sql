-- Changes of the plan after Appendix 2: transfers (between lines of a year, or between units' allocations),
-- revisions (a line's plan raised or lowered) and carry-forward (a unit's unspent allocation to the same line of
-- the next year). Each is requested by a planner and approved by an approver who is another person; only an
-- approved change moves money, and what it moved is kept to the đồng (budget_change_movements).

-- What Appendix 2 planned for each year, before any change: the base a year's plan is reconciled against.
create table year_plans (
    year           int    primary key,
    appendix_dong  bigint not null check (appendix_dong >= 0)
);

insert into year_plans (year, appendix_dong)
select l.year, coalesce(sum(f.amount_dong), 0)::bigint
from budget_lines l left join line_funding f on f.line_id = l.id
group by l.year;

create table budget_changes (
    id               uuid primary key,
    kind             text   not null check (kind in ('TRANSFER', 'REVISION', 'CARRY_FORWARD')),
    year             int    not null references year_plans (year),
    -- where the money leaves: a line's unallocated plan (unit null) or a unit's allocation of it
    from_line_id     text   references budget_lines (id),
    from_unit        text,
    -- where it arrives
    to_line_id       text   references budget_lines (id),
    to_unit          text,
    funding_source   text   not null references funding_sources (code),
    amount_dong      bigint not null check (amount_dong > 0),
    note             text   not null,
    status           text   not null check (status in ('REQUESTED', 'APPROVED', 'REJECTED')),
    requested_by     text   not null,
    requested_at     timestamptz not null,
    decided_by       text,
    decided_at       timestamptz,
    decision_note    text,
    -- four eyes: whoever requested a change never decides it
    check (decided_by is null or decided_by <> requested_by),
    check ((status = 'REQUESTED') = (decided_by is null)),
    check (status <> 'REJECTED' or length(btrim(coalesce(decision_note, ''))) > 0),
    check (from_line_id is not null or to_line_id is not null),
    check (from_unit is null or from_line_id is not null),
    check (to_unit is null or to_line_id is not null),
    check (kind <> 'TRANSFER' or (from_line_id is not null and to_line_id is not null)),
    check (kind <> 'REVISION' or ((from_line_id is null) <> (to_line_id is null) and from_unit is null and to_unit is null)),
    check (kind <> 'CARRY_FORWARD' or (from_unit is not null and to_unit = from_unit))
);

create index budget_changes_status on budget_changes (status, requested_at);
create index budget_changes_year on budget_changes (year, requested_at);

-- What an approved change did, to the đồng: a line's plan (unit null) or a unit's allocation, before and after.
create table budget_change_movements (
    change_id     uuid   not null references budget_changes (id),
    position      int    not null,
    line_id       text   not null references budget_lines (id),
    unit          text,
    source        text   references funding_sources (code),
    delta_dong    bigint not null check (delta_dong <> 0),
    before_dong   bigint not null,
    after_dong    bigint not null check (after_dong >= 0),
    primary key (change_id, position),
    check (after_dong = before_dong + delta_dong),
    check ((unit is null) = (source is not null))
);

create index budget_change_movements_line on budget_change_movements (line_id);

-- A change moves a unit's allocation by adding an approved allocation row, negative where money leaves it.
-- Such rows are the change's, never requested on their own; every other allocation stays more than 0.
alter table allocations add column change_id uuid references budget_changes (id);
alter table allocations drop constraint allocations_amount_dong_check;
alter table allocations add constraint allocations_amount_dong_check
    check (amount_dong > 0 or (change_id is not null and amount_dong <> 0 and status = 'APPROVED'));

-- No path leaves a unit's allocation of a line below zero.
create function allocations_unit_not_negative() returns trigger language plpgsql as $$
begin
    if (select coalesce(sum(amount_dong), 0) from allocations
        where line_id = new.line_id and unit = new.unit and status = 'APPROVED') < 0 then
        raise exception 'allocation of unit % on budget line % would be negative', new.unit, new.line_id
            using errcode = 'check_violation';
    end if;
    return new;
end $$;

create constraint trigger allocations_unit_not_negative after insert or update on allocations
    deferrable initially immediate for each row execute function allocations_unit_not_negative();

-- Lowering a line's plan (a transfer out, a revision, a carry-forward) never leaves it planning less than it
-- has allocated to units or than its commitments and spending use.
create function line_funding_covers_line() returns trigger language plpgsql as $$
begin
    if (select coalesce(sum(amount_dong), 0) from allocations where line_id = new.line_id and status = 'APPROVED')
       > line_planned_dong(new.line_id) then
        raise exception 'budget line % would plan less than it allocated', new.line_id
            using errcode = 'check_violation';
    end if;
    if line_used_dong(new.line_id) > line_planned_dong(new.line_id) then
        raise exception 'budget line % would plan less than it uses', new.line_id
            using errcode = 'check_violation';
    end if;
    return new;
end $$;

create constraint trigger line_funding_covers_line after insert or update on line_funding
    deferrable initially immediate for each row execute function line_funding_covers_line();
