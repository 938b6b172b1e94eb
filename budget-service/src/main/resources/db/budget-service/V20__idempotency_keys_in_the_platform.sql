-- Spending and allocation requests now keep their idempotency keys in the platform's table (idempotency_keys,
-- platform migration V0_2), scoped by caller and operation, like commitments and overrides already did.
--
-- The keys stored in the old columns are not adopted: every one of them is a signed-in caller's, and the columns
-- kept the user name, while a key now belongs to the token's subject, which this database never saw. A retry sent
-- before the upgrade and repeated after it therefore records again.
-- The columns are dropped rather than left: a pod of the previous version still running during a rolling update
-- then fails its keyed write (nothing stored, the client retries on a new pod) instead of storing a key the new
-- pods cannot see.
alter table spendings drop column idempotency_key, drop column request_hash;
alter table allocations drop column idempotency_key, drop column request_hash;
