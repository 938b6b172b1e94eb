-- The criminal procedure to its end: who supervises and tries a case, its flags, and its full history.
alter table cases add column procuracy_unit text not null default 'vien-kiem-sat-tinh';
alter table cases add column court_unit text;
alter table cases add column model_case boolean not null default false;
alter table cases add column mobile_trial boolean not null default false;
alter table cases add column inter_provincial boolean not null default false;
alter table cases add column foreign_element boolean not null default false;
-- the investigation's time limit runs only while the case is investigated
alter table cases alter column investigation_due drop not null;

create index cases_procuracy_unit on cases (procuracy_unit, opened_at);
create index cases_court_unit on cases (court_unit, opened_at) where court_unit is not null;

-- Append-only: every move, extension asked, granted or refused, and change of flags, numbered per case.
create table case_events (
    case_id          uuid not null references cases (id),
    seq              int  not null check (seq > 0),
    kind             text not null,
    move             text,
    from_stage       text not null,
    to_stage         text not null,
    at               timestamptz not null,
    actor            text not null,
    actor_unit       text not null,
    reason           text,
    document_number  text,
    document_date    date,
    months           int  not null default 0 check (months >= 0),
    court_unit       text,
    model_case       boolean,
    mobile_trial     boolean,
    inter_provincial boolean,
    foreign_element  boolean,
    primary key (case_id, seq),
    check ((kind = 'MOVED') = (move is not null))
);
