-- A unit's report for one period of the plan; one per unit and period.
create table reports (
    id           uuid primary key,
    unit         text not null,
    year         int  not null check (year between 2022 and 2026),
    kind         text not null,
    window_from  date not null,
    window_to    date not null,
    due          date not null,
    status       text not null,
    narrative    text not null default '',
    created_at   timestamptz not null,
    created_by   text not null,
    updated_at   timestamptz not null,
    updated_by   text not null,
    unique (unit, year, kind)
);

create table report_indicators (
    report_id  uuid not null references reports (id) on delete cascade,
    position   int  not null,
    code       text not null,
    label_vi   text not null,
    label_en   text not null,
    value      bigint not null,
    source     text not null,
    primary key (report_id, code)
);
