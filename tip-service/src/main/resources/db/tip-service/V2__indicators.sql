-- Indicators a tip names (phone numbers, accounts, sites…), as written and in canonical form.
-- Two tips naming the same (type, normalized) are linked; the public scam check counts them.
create table tip_indicators (
    tip_id      uuid not null references tips (id),
    position    int  not null check (position >= 0),
    type        text not null,
    raw_value   text not null,
    normalized  text not null,
    primary key (tip_id, position)
);

create index tip_indicators_normalized on tip_indicators (type, normalized);
