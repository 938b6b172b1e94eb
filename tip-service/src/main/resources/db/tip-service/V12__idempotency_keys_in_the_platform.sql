-- Idempotency keys now live in the platform's table (idempotency_keys, platform migration V0_2), scoped by caller
-- and operation, with the fingerprint of the canonical request; this service's own key columns go.
--
-- Adopted, so that a retry after the upgrade still answers the first attempt: the keys of citizens' filings (the
-- citizens' scope) and of tipsters' messages (the scope of their tip's tracking code). Their fingerprints are
-- "adopted": the old hashes were taken otherwise and cannot be compared, so such a retry is answered with what the
-- first attempt produced. Keys in the platform's reserved prefix were never the platform's here and are not adopted.
insert into idempotency_keys (scope, operation, idempotency_key, request_hash, result)
select 'citizen', 'lachan.tip.v1.PublicTipService/SubmitPublicTip', idempotency_key, 'adopted', tip_id::text
from public_tips
where idempotency_key is not null and idempotency_key not ilike 'lachan:%'
on conflict do nothing;

insert into idempotency_keys (scope, operation, idempotency_key, request_hash, result, created_at)
select 'tipster:' || p.tracking_code, 'lachan.tip.v1.PublicTipService/AddPublicTipMessage', m.idempotency_key,
       'adopted', m.id::text, m.at
from tip_messages m join public_tips p on p.tip_id = m.tip_id
where m.author = 'TIPSTER' and m.idempotency_key is not null and m.idempotency_key not ilike 'lachan:%'
on conflict do nothing;

-- Not adopted: the keys of signed-in callers (tips received, decisions, officers' replies, rewards, attachments).
-- The columns kept the user name, while a key now belongs to the token's subject, which this database never saw; a
-- request sent before the upgrade and retried after it is therefore made again. The columns are dropped rather than
-- left: a pod of the previous version still running during a rolling update then fails its keyed write (nothing
-- stored, the client retries on a new pod) instead of storing a key the new pods cannot see.
alter table tips drop column idempotency_key, drop column request_hash;
alter table tip_status_changes drop column idempotency_key, drop column request_hash;
alter table public_tips drop column idempotency_key, drop column request_hash;
alter table tip_messages drop column idempotency_key, drop column request_hash;
alter table tip_rewards drop column idempotency_key, drop column request_hash;
alter table tip_attachments drop column idempotency_key, drop column request_hash;
