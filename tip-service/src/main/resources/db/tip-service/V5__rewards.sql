-- Rewards (thưởng nóng) for valuable information in a tip: PROPOSED → APPROVED → PAID, or PROPOSED → REJECTED.
create table tip_rewards (
    id                uuid primary key,
    tip_id            uuid not null references tips (id),
    amount_dong       bigint not null check (amount_dong > 0),
    reason            text not null,
    status            text not null check (status in ('PROPOSED', 'APPROVED', 'REJECTED', 'PAID')),
    proposed_by       text not null,
    proposed_by_unit  text not null,
    proposed_at       timestamptz not null,
    decided_by        text,
    decided_at        timestamptz,
    decision_note     text,
    paid_by           text,
    paid_at           timestamptz,
    payment_reference text,
    idempotency_key   text unique,
    request_hash      text,
    check ((status = 'PROPOSED') = (decided_by is null and decided_at is null)),
    check ((status = 'PAID') = (paid_by is not null and paid_at is not null and payment_reference is not null)),
    -- four eyes: whoever proposed a reward does not approve it
    check (status not in ('APPROVED', 'PAID') or decided_by <> proposed_by)
);

create index tip_rewards_tip on tip_rewards (tip_id, proposed_at);
create index tip_rewards_newest on tip_rewards (proposed_at desc, id);
