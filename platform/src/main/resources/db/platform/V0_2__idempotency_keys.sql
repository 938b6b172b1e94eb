-- One table for every idempotent change of a service (from the platform): a retry with the same key,
-- by the same caller, of the same operation finds what the first attempt did. The row is written in the
-- transaction of the change, so a change and its key are kept or lost together.
create table idempotency_keys (
    -- whose key: "caller:<subject>", "tipster:<tracking code>", or "platform" for the platform's own keys
    scope            text not null,
    -- the gRPC method, e.g. lachan.tip.v1.TipService/CreateTip (REST calls reach the same method)
    operation        text not null,
    idempotency_key  text not null check (length(idempotency_key) between 1 and 200),
    -- SHA-256 of the canonical (proto, deterministic) request: the same key with another request is refused
    request_hash     text not null,
    -- what the first attempt produced (a record id), for the retry to answer with; null only inside the
    -- transaction that claimed the key (a concurrent retry waits on the primary key until it ends)
    result           text,
    created_at       timestamptz not null default now(),
    primary key (scope, operation, idempotency_key)
);

create index idempotency_keys_created on idempotency_keys (created_at);
