-- The procedure of a tip from receipt to decision (Criminal Procedure Code 2015, Arts. 146–149, 157): every
-- change is one row, oldest first; the tip's deadlines and outcome are derived from them. Append-only.
create table tip_status_changes (
    id                       bigserial primary key,
    tip_id                   uuid not null references tips (id),
    step                     text not null check (step in ('EXTEND', 'NOTIFY_PROCURACY', 'DECIDE', 'RESUME')),
    from_status              text not null,
    to_status                text not null,
    -- the reason, reasons, note or document number the caller gave
    note                     text,
    at                       timestamptz not null,
    actor                    text not null,
    actor_unit               text not null,
    -- DECIDE
    outcome                  text check (outcome in ('PROSECUTE', 'NOT_PROSECUTE', 'SUSPEND')),
    ground                   text,
    case_id                  uuid,
    case_number              text,
    penal_code_article       int,
    clause                   int,
    lead_unit                text,
    case_title               text,
    -- EXTEND (1 by the handling body, 2 by the procuracy) and RESUME: the day a decision is now due
    extension                int check (extension in (1, 2)),
    due                      date,
    approver                 text,
    approval_document_number text,
    approval_document_date   date,
    -- NOTIFY_PROCURACY
    notified_at              timestamptz,
    -- a retry with the same Idempotency-Key finds its change here
    idempotency_key          text unique,
    request_hash             text,
    check ((step = 'DECIDE') = (outcome is not null)),
    check (outcome is distinct from 'PROSECUTE' or (case_id is not null and case_number is not null)),
    check (outcome is distinct from 'NOT_PROSECUTE' or (ground is not null and note is not null)),
    check (outcome is distinct from 'SUSPEND' or ground is not null),
    check ((step = 'EXTEND') = (extension is not null)),
    check (step not in ('EXTEND', 'RESUME') or due is not null),
    check (extension is distinct from 2
           or (approver is not null and approval_document_number is not null and approval_document_date is not null)),
    check ((step = 'NOTIFY_PROCURACY') = (notified_at is not null))
);

create index tip_status_changes_tip on tip_status_changes (tip_id, id);
-- exactly one final outcome, one case, at most two extensions and one notification per tip, whatever races
create unique index tip_one_final_outcome on tip_status_changes (tip_id) where outcome in ('PROSECUTE', 'NOT_PROSECUTE');
create unique index tip_one_extension_each on tip_status_changes (tip_id, extension) where step = 'EXTEND';
create unique index tip_one_notification on tip_status_changes (tip_id) where step = 'NOTIFY_PROCURACY';
create unique index tip_one_case on tip_status_changes (case_id) where case_id is not null;

-- the overdue view reads undecided tips by their deadline
create index tips_undecided_by_due on tips (decision_due) where status in ('RECEIVED', 'VERIFYING');

create function tip_status_changes_are_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'tip_status_changes is append-only';
end;
$$;

create trigger tip_status_changes_no_update before update or delete on tip_status_changes
    for each row execute function tip_status_changes_are_append_only();
create trigger tip_status_changes_no_truncate before truncate on tip_status_changes
    for each statement execute function tip_status_changes_are_append_only();
