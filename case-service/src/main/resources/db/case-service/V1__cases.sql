-- The last sequence number given out in each year: case numbers VA-<year>-<sequence> without gaps.
create table case_number_counters (
    year          int primary key,
    last_sequence int not null check (last_sequence > 0)
);

create table cases (
    id                 uuid primary key,
    number_year        int  not null,
    number_sequence    int  not null check (number_sequence > 0),
    opened_at          timestamptz not null,
    title              text not null,
    penal_code_article int  not null,
    clause             int  not null check (clause > 0),
    -- kept as classified when opened, so a later change of the table does not rewrite history
    category           text not null,
    stage              text not null,
    lead_unit          text not null,
    investigation_due  date not null,
    idempotency_key    text unique,
    request_hash       text,
    created_at         timestamptz not null,
    created_by         text not null,
    updated_at         timestamptz not null,
    updated_by         text not null,
    unique (number_year, number_sequence)
);

create index cases_opened_at on cases (opened_at);
create index cases_lead_unit on cases (lead_unit, opened_at);

-- Tips a case was opened from, in the order given; tip ids belong to tip-service, so no foreign key.
create table case_tips (
    case_id  uuid not null references cases (id),
    tip_id   uuid not null,
    position int  not null,
    primary key (case_id, tip_id),
    unique (case_id, position)
);

create index case_tips_tip_id on case_tips (tip_id);
