-- Idempotency keys now live in the platform's table (idempotency_keys, platform migration V0_2), scoped by
-- caller and operation. The keys tip-service used for the case of a prosecuted tip ("tip:<id>:prosecute") are
-- adopted as the platform's own, so a decision retried after this upgrade still finds its case. A caller's own
-- keys cannot be adopted: the columns kept the user name, not the token subject a key now belongs to.
insert into idempotency_keys (scope, operation, idempotency_key, request_hash, result, created_at)
select 'platform', 'lachan.cases.v1.CaseService/OpenCase', 'lachan:' || idempotency_key, 'adopted', id::text,
       created_at
from cases
where idempotency_key like 'tip:%:prosecute'
on conflict do nothing;

alter table cases drop column idempotency_key, drop column request_hash;
alter table freeze_requests drop column idempotency_key, drop column request_hash;
