-- Urgent hold requests (yêu cầu tạm dừng khẩn cấp): before any case, the police ask the bank holding the account that
-- received a tip's money to temporarily suspend it (Law on Anti-Money Laundering 14/2022/QH15, Art. 44(1)(c), at most
-- 3 working days by Art. 44(3)). It lapses at expires_at unless a freeze request of the case opened from the tip, on the
-- same bank and account, confirms it. LAPSED is not stored: it is read from the clock (expires_at passed, not
-- REJECTED or CONFIRMED), so no job has to run for a hold to lapse.
create table urgent_holds (
    id                  uuid primary key,
    -- the tip in tip-service (another database: no foreign key)
    tip_id              uuid   not null,
    -- unit code of the addressed bank (a unit of kind bank in the registry); a bank sees only its own rows
    bank                text   not null,
    -- the tip's normalised indicator: BANKCODE:digits or PROVIDER:id
    account             text   not null check (account ~ '^[A-Z][A-Z0-9]{1,19}:[A-Za-z0-9+._@-]{3,64}$'),
    amount_requested    bigint not null check (amount_requested > 0),
    transferred_at      timestamptz not null,
    reason              text   not null,
    status              text   not null check (status in ('REQUESTED', 'ACKNOWLEDGED', 'HELD', 'REJECTED', 'CONFIRMED')),
    requested_at        timestamptz not null,
    expires_at          timestamptz not null check (expires_at > requested_at),
    acknowledged_at     timestamptz,
    held_at             timestamptz,
    amount_held         bigint check (amount_held >= 0 and amount_held <= amount_requested),
    rejected_at         timestamptz,
    rejection_reason    text,
    confirmed_by        uuid references freeze_requests (id),
    confirmed_at        timestamptz,
    created_by          text   not null,
    created_unit        text   not null,
    updated_at          timestamptz not null,
    updated_by          text   not null,
    check ((held_at is null) = (amount_held is null)),
    check (status <> 'HELD' or held_at is not null),
    check ((status = 'REJECTED') = (rejected_at is not null and rejection_reason is not null)),
    check ((status = 'CONFIRMED') = (confirmed_by is not null and confirmed_at is not null)),
    check (confirmed_at is null or confirmed_at < expires_at),
    check (status = 'REQUESTED' or status = 'REJECTED' or status = 'CONFIRMED' or acknowledged_at is not null),
    check (held_at is null or (held_at >= requested_at and held_at >= acknowledged_at))
);

create index urgent_holds_requested_at on urgent_holds (requested_at);
create index urgent_holds_tip on urgent_holds (tip_id, requested_at);
create index urgent_holds_bank on urgent_holds (bank, requested_at);
