-- Commitments (contracts, orders) of a unit against its allocation of a line. A commitment holds money of
-- the allocation until it is spent; spending may be recorded against it, never beyond what it commits.
create table commitments (
    id               uuid primary key,
    line_id          text   not null references budget_lines (id),
    unit             text   not null,
    amount_dong      bigint not null check (amount_dong > 0),
    committed_on     date   not null,
    reference        text   not null,
    description      text   not null,
    created_at       timestamptz not null,
    created_by       text   not null
);

create index commitments_line_unit on commitments (line_id, unit);

-- Spending either directly against the unit's allocation, or against one of its commitments.
alter table spendings add column commitment_id uuid references commitments (id);
create index spendings_commitment on spendings (commitment_id) where commitment_id is not null;
create index spendings_line_unit on spendings (line_id, unit);

-- What a unit has used of its allocation is what it committed plus what it spent outside commitments; the
-- service checks it under a lock on the line. These triggers make sure no other path spends more on a
-- commitment than it commits, or uses more of a line than it plans.
create function spendings_within_commitment() returns trigger language plpgsql as $$
begin
    if new.commitment_id is not null and
       (select coalesce(sum(amount_dong), 0) from spendings where commitment_id = new.commitment_id)
       > (select amount_dong from commitments where id = new.commitment_id) then
        raise exception 'spending against commitment % exceeds it', new.commitment_id
            using errcode = 'check_violation';
    end if;
    return new;
end $$;

create constraint trigger spendings_within_commitment after insert or update on spendings
    deferrable initially immediate for each row execute function spendings_within_commitment();

create function line_used_dong(line text) returns bigint language sql stable as $$
    select coalesce((select sum(amount_dong) from commitments where line_id = line), 0)
         + coalesce((select sum(amount_dong) from spendings where line_id = line and commitment_id is null), 0)
$$;

-- What a line plans; a later change of the plan (transfers, revisions) redefines it in one place.
create function line_planned_dong(line text) returns bigint language sql stable as $$
    select coalesce(sum(amount_dong), 0)::bigint from line_funding where line_id = line
$$;

create function usage_within_line() returns trigger language plpgsql as $$
begin
    if line_used_dong(new.line_id)
       > line_planned_dong(new.line_id) then
        raise exception 'budget line % would use more than it plans', new.line_id
            using errcode = 'check_violation';
    end if;
    return new;
end $$;

create constraint trigger commitments_within_line after insert or update on commitments
    deferrable initially immediate for each row execute function usage_within_line();
create constraint trigger spendings_within_line after insert or update on spendings
    deferrable initially immediate for each row execute function usage_within_line();

-- Execution of each line by unit, the one place that says what counts: approved allocations, commitments,
-- spending against commitments and spending outside them. Later changes (transfers, overrides) redefine it.
create view unit_execution as
with keys as (
    select line_id, unit from allocations where status = 'APPROVED'
    union select line_id, unit from commitments
    union select line_id, unit from spendings
)
select k.line_id, k.unit,
       coalesce((select sum(a.amount_dong) from allocations a
                 where a.line_id = k.line_id and a.unit = k.unit and a.status = 'APPROVED'), 0)::bigint as allocated_dong,
       coalesce((select sum(c.amount_dong) from commitments c
                 where c.line_id = k.line_id and c.unit = k.unit), 0)::bigint as committed_dong,
       coalesce((select sum(s.amount_dong) from spendings s
                 where s.line_id = k.line_id and s.unit = k.unit and s.commitment_id is not null), 0)::bigint
           as spent_on_commitments_dong,
       coalesce((select sum(s.amount_dong) from spendings s
                 where s.line_id = k.line_id and s.unit = k.unit and s.commitment_id is null), 0)::bigint
           as spent_directly_dong
from keys k;
