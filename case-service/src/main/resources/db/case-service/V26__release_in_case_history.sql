-- The case's history records the release orders issued on its freeze requests and the banks' reports that they
-- executed them (FREEZE_RELEASE_ORDERED, FREEZE_RELEASE_REPORTED), written in the same transaction as the order or the report.
alter table case_events
    add column freeze_request_id uuid references freeze_requests (id),
    add column bank              text,
    add column amount            bigint check (amount >= 0),
    add column released_at       timestamptz,
    add constraint case_events_release_facts
        check ((kind in ('FREEZE_RELEASE_ORDERED', 'FREEZE_RELEASE_REPORTED'))
                   = (freeze_request_id is not null and bank is not null and amount is not null)
            and (kind = 'FREEZE_RELEASE_REPORTED') = (released_at is not null));
