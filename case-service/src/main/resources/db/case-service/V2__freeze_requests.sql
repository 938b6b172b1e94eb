-- Freeze requests (phong tỏa) from the police to the bank holding an account, and the bank's answer.
create table freeze_requests (
    id               uuid primary key,
    case_id          uuid   not null references cases (id),
    -- unit code of the addressed bank; a bank sees only its own rows
    bank             text   not null,
    account_number   text   not null check (account_number ~ '^[0-9]{6,19}$'),
    -- personal data; null when the police did not name the holder
    account_holder   text,
    amount_requested bigint not null check (amount_requested > 0),
    layer            int    not null check (layer between 1 and 50),
    reason           text   not null,
    status           text   not null check (status in ('REQUESTED', 'ACKNOWLEDGED', 'HELD', 'REJECTED')),
    requested_at     timestamptz not null,
    acknowledged_at  timestamptz,
    held_at          timestamptz,
    amount_held      bigint check (amount_held >= 0),
    rejected_at      timestamptz,
    rejection_reason text,
    idempotency_key  text unique,
    request_hash     text,
    created_by       text   not null,
    updated_at       timestamptz not null,
    updated_by       text   not null,
    -- the answer's facts exist exactly in the status that records them
    check ((status = 'HELD') = (held_at is not null and amount_held is not null)),
    check ((status = 'REJECTED') = (rejected_at is not null and rejection_reason is not null)),
    check (status = 'REQUESTED' or status = 'REJECTED' or acknowledged_at is not null),
    check (held_at is null or held_at >= requested_at)
);

create index freeze_requests_requested_at on freeze_requests (requested_at);
create index freeze_requests_case on freeze_requests (case_id, requested_at);
create index freeze_requests_bank on freeze_requests (bank, requested_at);
