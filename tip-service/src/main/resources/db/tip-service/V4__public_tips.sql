-- Tips citizens file on the public portal without an account: how they follow them, and their thread with the
-- police. Nothing that identifies the tipster's connection or device is kept: no IP address, user agent or other
-- fingerprint, here or anywhere else in this database.
create table public_tips (
    tip_id          uuid primary key references tips (id),
    -- what the citizen types to follow the tip, e.g. LC-7K3M-9QXD
    tracking_code   text not null unique check (tracking_code ~ '^LC-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$'),
    -- SHA-256 of salt || secret; the secret itself is shown to the tipster once and never stored
    secret_salt     bytea not null check (length(secret_salt) = 16),
    secret_hash     bytea not null check (length(secret_hash) = 32),
    anonymous       boolean not null,
    -- contact data the tipster chose to give (personal data); none at all for an anonymous tipster
    reporter_name   text,
    reporter_phone  text,
    reporter_email  text,
    victim_name     text,
    victim_phone    text,
    victim_email    text,
    -- wrong secrets since the last right one, and until when the code is locked after too many
    failed_attempts int not null default 0 check (failed_attempts >= 0),
    locked_until    timestamptz,
    -- a retried submission finds its tip here
    idempotency_key text unique,
    request_hash    text,
    check (anonymous = (reporter_name is null and reporter_phone is null and reporter_email is null))
);

-- The thread between a public tip's tipster and the police, oldest first. Append-only.
create table tip_messages (
    id              bigserial primary key,
    tip_id          uuid not null references public_tips (tip_id),
    author          text not null check (author in ('TIPSTER', 'OFFICER')),
    body            text not null,
    at              timestamptz not null,
    -- who replied for the police; the tipster is nobody by name here
    officer         text,
    officer_unit    text,
    idempotency_key text,
    request_hash    text,
    check ((author = 'OFFICER') = (officer is not null and officer_unit is not null))
);

create index tip_messages_tip on tip_messages (tip_id, id);
create unique index tip_messages_idempotency on tip_messages (tip_id, author, idempotency_key)
    where idempotency_key is not null;

create function tip_messages_are_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'tip_messages is append-only';
end;
$$;

create trigger tip_messages_no_update before update or delete on tip_messages
    for each row execute function tip_messages_are_append_only();
create trigger tip_messages_no_truncate before truncate on tip_messages
    for each statement execute function tip_messages_are_append_only();
