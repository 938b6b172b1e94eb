-- What the public scam check answers is what the police verified: a tip decided "prosecute" (from tips), a bank's
-- hold on an account, or an officer's publication; an officer's withdrawal overrides all of them until the value
-- is published again. Mentions in tips not yet decided are never published.

-- Publications and withdrawals, in order. Append-only: the latest row of a value is its standing.
create table indicator_publications (
    id           bigserial primary key,
    type         text not null,
    normalized   text not null,
    action       text not null check (action in ('PUBLISH', 'WITHDRAW')),
    -- why it is published; null for a withdrawal
    basis        text check (basis in ('OFFICER_VERIFIED', 'BANK_HOLD')),
    reason       text not null check (length(reason) between 1 and 2000),
    officer      text not null,
    officer_unit text not null,
    at           timestamptz not null,
    check ((action = 'PUBLISH') = (basis is not null))
);

create index indicator_publications_value on indicator_publications (type, normalized, id);

create function indicator_publications_are_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'indicator_publications is append-only';
end;
$$;

create trigger indicator_publications_no_update before update or delete on indicator_publications
    for each row execute function indicator_publications_are_append_only();
create trigger indicator_publications_no_truncate before truncate on indicator_publications
    for each statement execute function indicator_publications_are_append_only();

-- Citizens' requests to review a published value. The reason and contact are personal data: reads are audited.
-- Nothing that identifies the requester's connection or device is kept.
create table indicator_reviews (
    id            uuid primary key,
    type          text not null,
    normalized    text not null,
    reason        text not null check (length(reason) between 1 and 2000),
    contact       text check (length(contact) <= 200),
    requested_at  timestamptz not null,
    state         text not null default 'OPEN' check (state in ('OPEN', 'WITHDRAWN', 'KEPT')),
    closed_by     text,
    closed_unit   text,
    closing_note  text,
    closed_at     timestamptz,
    check ((state = 'OPEN') = (closed_at is null))
);

create index indicator_reviews_open on indicator_reviews (requested_at desc) where state = 'OPEN';
create index indicator_reviews_all on indicator_reviews (requested_at desc);

-- A tracking code is no longer locked after wrong secrets: the lock let whoever learnt a code shut its tipster out,
-- and the secret's 160 random bits need no lock (guessing is throttled per address at the gateway).
alter table public_tips drop column failed_attempts, drop column locked_until;
