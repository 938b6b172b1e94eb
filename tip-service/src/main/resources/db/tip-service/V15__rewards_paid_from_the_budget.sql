-- A reward is paid from the plan's budget: budget-service records the spending (over gRPC, with the platform's
-- key lachan:reward:<id>:pay) and the reward keeps the spending's id, the line and the unit that paid.
--
-- Before budget-service answers, the attempt is kept on the still APPROVED reward (payment_reference, paid_at,
-- budget_line_id, paid_by_unit; paid_by empty), so a retry after a failure half-way sends budget-service exactly
-- the same request and finds the same spending. Rewards paid before this migration keep no spending.
alter table tip_rewards
    add column spending_id    uuid unique,
    add column budget_line_id text,
    add column paid_by_unit   text;

-- the old rule "PAID exactly when paid_by, paid_at and payment_reference are set" no longer holds during an attempt
do $$
declare
    rule text;
begin
    for rule in select conname from pg_constraint
                 where conrelid = 'tip_rewards'::regclass and contype = 'c'
                   and pg_get_constraintdef(oid) like '%payment_reference%'
    loop
        execute format('alter table tip_rewards drop constraint %I', rule);
    end loop;
end $$;

alter table tip_rewards
    add constraint tip_rewards_paid_is_whole
        check (status <> 'PAID' or (paid_by is not null and paid_at is not null and payment_reference is not null)),
    add constraint tip_rewards_paid_by_only_when_paid
        check (paid_by is null or status = 'PAID'),
    add constraint tip_rewards_attempt_only_when_approved
        check (status in ('APPROVED', 'PAID')
               or (payment_reference is null and paid_at is null and budget_line_id is null and paid_by_unit is null)),
    add constraint tip_rewards_attempt_is_whole
        check (status <> 'APPROVED'
               or (payment_reference is null and paid_at is null and budget_line_id is null and paid_by_unit is null)
               or (payment_reference is not null and paid_at is not null and budget_line_id is not null
                   and paid_by_unit is not null)),
    add constraint tip_rewards_spending_only_when_paid
        check (spending_id is null or (status = 'PAID' and budget_line_id is not null and paid_by_unit is not null));
