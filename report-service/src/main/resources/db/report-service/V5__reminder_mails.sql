-- Each unit's reporting contact for e-mailed reminders (filled by the operators), and one row per reminder sent: the
-- row claims the reminder, so a unit gets each one once, whatever restarts or replicas.
create table report_contacts (
    unit   text primary key,
    email  text not null check (email like '%_@_%')
);

create table reminder_mails (
    unit     text not null,
    year     int  not null,
    kind     text not null,
    reminder text not null check (reminder in ('DUE_SOON', 'OVERDUE')),
    email    text not null,
    sent_at  timestamptz not null,
    primary key (unit, year, kind, reminder)
);
