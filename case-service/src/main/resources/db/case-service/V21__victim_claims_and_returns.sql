-- Money back to victims: their claims on a case, the return decisions, and the instructions each decision gives the
-- banks holding the money (one per freeze request and claim), with the banks' reports that they paid.
create table victim_claims (
    id                uuid primary key,
    case_id           uuid   not null references cases (id),
    -- personal data
    victim_name       text   not null,
    account_number    text   not null check (account_number ~ '^[0-9]{6,19}$'),
    bank_name         text   not null,
    amount_lost       bigint not null check (amount_lost > 0),
    -- the layer-1 freeze request on the account that received the victim's first transfer (TRACED shares by it)
    freeze_request_id uuid references freeze_requests (id),
    created_at        timestamptz not null,
    created_by        text   not null
);

create index victim_claims_case on victim_claims (case_id, created_at);

create table return_decisions (
    id              uuid primary key,
    case_id         uuid not null references cases (id),
    rule            text not null check (rule in ('PRO_RATA', 'TRACED')),
    document_number text not null,
    document_date   date not null,
    reason          text not null,
    decided_at      timestamptz not null,
    decided_by      text not null
);

create index return_decisions_case on return_decisions (case_id, decided_at);

create table return_instructions (
    id                uuid primary key,
    decision_id       uuid   not null references return_decisions (id),
    case_id           uuid   not null references cases (id),
    freeze_request_id uuid   not null references freeze_requests (id),
    -- unit code of the bank holding the money; a bank sees only its own rows
    bank              text   not null,
    claim_id          uuid   not null references victim_claims (id),
    amount            bigint not null check (amount > 0),
    status            text   not null check (status in ('DECIDED', 'EXECUTED')),
    executed_at       timestamptz,
    bank_reference    text,
    reported_at       timestamptz,
    reported_by       text,
    unique (decision_id, freeze_request_id, claim_id),
    check ((status = 'EXECUTED') = (executed_at is not null and bank_reference is not null and reported_at is not null
        and reported_by is not null))
);

create index return_instructions_case on return_instructions (case_id);
create index return_instructions_bank on return_instructions (bank);
create index return_instructions_freeze_request on return_instructions (freeze_request_id);
create index return_instructions_claim on return_instructions (claim_id);
create index return_instructions_executed on return_instructions (executed_at) where status = 'EXECUTED';
