-- Overrides: spending above a unit's allocation, requested by the spender, allowed or refused by an approver
-- who is another person, with a reason. Only an allowed override records the spending (then linked here);
-- a request holds no money. No override lifts what a line plans.
create table spending_overrides (
    id               uuid primary key,
    line_id          text   not null references budget_lines (id),
    unit             text   not null,
    amount_dong      bigint not null check (amount_dong > 0),
    spent_on         date   not null,
    description      text   not null,
    status           text   not null check (status in ('REQUESTED', 'APPROVED', 'REJECTED')),
    requested_by     text   not null,
    requested_at     timestamptz not null,
    decided_by       text,
    decided_at       timestamptz,
    reason           text,
    spending_id      uuid unique,
    -- four eyes: whoever spends never allows their own overspending
    check (decided_by is null or decided_by <> requested_by),
    check ((status = 'REQUESTED') = (decided_by is null)),
    check ((status = 'APPROVED') = (spending_id is not null)),
    check (status = 'REQUESTED' or length(btrim(coalesce(reason, ''))) > 0)
);

create index spending_overrides_status on spending_overrides (status, requested_at);

alter table spendings add column override_id uuid unique references spending_overrides (id);
