-- The workflow: a version that changes with every write (the ETag), revisions for corrections of accepted reports,
-- and every step with its comment.
alter table reports add column version int not null default 1,
    add column revision int not null default 1 check (revision > 0),
    add column correction_reason text,
    add column submitted_at timestamptz,
    add column accepted_at timestamptz;
alter table reports drop constraint reports_unit_year_kind_key;
alter table reports add constraint reports_unit_period_revision unique (unit, year, kind, revision);
alter table reports add constraint reports_status check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'));

create table report_events (
    id               bigserial primary key,
    report_id        uuid not null references reports (id),
    at               timestamptz not null,
    actor            text not null,
    actor_unit       text not null,
    action           text not null,
    from_status      text,
    to_status        text not null,
    comment          text not null default ''
);
create index report_events_report on report_events (report_id, id);
