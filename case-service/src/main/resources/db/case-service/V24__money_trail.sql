-- The money trail: transfers the banks found leaving an account they were asked to hold (reported on that freeze
-- request). The trail of a case is read by one range of the case's index and walked in memory (no recursive query);
-- the account indexes find the other cases where an account appears (leads) and the money that reached an account.
create table onward_transfers (
    id                uuid primary key,
    case_id           uuid   not null references cases (id),
    freeze_request_id uuid   not null references freeze_requests (id),
    -- the accounts as indicators ("VCB:0123456789"), the platform's normalised form
    from_key          text   not null,
    to_key            text   not null,
    -- the receiving account and the bank unit holding it, as reported (the next freeze request is addressed there)
    to_bank           text   not null,
    to_account        text   not null check (to_account ~ '^[0-9]{6,19}$'),
    amount            bigint not null check (amount > 0),
    transferred_at    timestamptz not null,
    -- the bank's reference of the transaction: a transfer is reported once per request
    reference         text   not null,
    reported_at       timestamptz not null,
    reported_by       text   not null,
    unique (freeze_request_id, reference),
    check (from_key <> to_key)
);

create index onward_transfers_case on onward_transfers (case_id, transferred_at);
create index onward_transfers_from on onward_transfers (from_key, transferred_at);
create index onward_transfers_to on onward_transfers (to_key, transferred_at);
create index onward_transfers_to_account on onward_transfers (to_account);
-- leads: the cases with a freeze request on an account
create index freeze_requests_account on freeze_requests (account_number);
