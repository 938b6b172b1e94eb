-- Reporting contacts are set over the API (ReportContactService): who set each one, and when.
alter table report_contacts
    add column updated_at timestamptz not null default now(),
    add column updated_by text not null default 'migration';
