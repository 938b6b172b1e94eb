-- A decision to prosecute a tip, recorded before case-service is asked to open its case and removed in the same
-- transaction that records the decision with its case. A row left behind (case-service down, the answer lost,
-- tip-service stopped half-way) is completed by the reconciler with tip-service's own account, under the tip's
-- reserved key, so the tip ends with exactly one case and no case is left without its tip's decision.
create table pending_prosecutions (
    tip_id             uuid primary key references tips (id),
    penal_code_article int not null,
    clause             int not null,
    lead_unit          text not null,
    case_title         text not null,
    -- the officer who decided, recorded as the decision's actor and the case's opener
    decided_by         text not null,
    decided_unit       text not null,
    decided_at         timestamptz not null,
    -- the officer's own Idempotency-Key, completed when the decision is recorded, so their retry answers it
    idempotency_scope     text,
    idempotency_operation text,
    idempotency_key       text,
    request_hash          text,
    attempts           int not null default 0,
    -- the reconciler takes the row from then on (the officer's own call has this long to finish first)
    next_attempt_at    timestamptz not null,
    last_error         text,
    check ((idempotency_key is null) = (idempotency_scope is null))
);
create index pending_prosecutions_due on pending_prosecutions (next_attempt_at);
