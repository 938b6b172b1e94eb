-- The officer's Idempotency-Key of a pending prosecution is kept by the platform (idempotency_keys), answered
-- when the pending decision is recorded, not in a column of the service's own.
alter table pending_prosecutions drop column idempotency_scope, drop column idempotency_operation,
    drop column idempotency_key, drop column request_hash;
