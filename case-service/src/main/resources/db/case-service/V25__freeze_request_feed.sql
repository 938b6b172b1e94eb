-- The banks' feed of freeze requests (lachan.cases.v1.FreezeRequestFeedService): for each bank, an ordered list without
-- gaps of what happened to the requests addressed to it. Triggers write an event in the transaction that sends a request
-- or issues a release order, so there is no event without its change and no change without its event, whichever code
-- path writes the row; a reader resumes after the last number it processed (its cursor).
create table freeze_feed_heads (
    bank     text primary key,
    -- the bank's last event's number
    last_seq bigint not null check (last_seq > 0)
);

create table freeze_feed_events (
    -- the addressed bank's unit code; a bank reads only its own
    bank              text   not null,
    -- 1, 2, 3, … per bank, in commit order
    seq               bigint not null check (seq > 0),
    kind              text   not null check (kind in ('REQUEST_SENT', 'RELEASE_ORDERED')),
    freeze_request_id uuid   not null references freeze_requests (id),
    release_order_id  uuid   references release_orders (id),
    occurred_at       timestamptz not null,
    primary key (bank, seq),
    check ((kind = 'RELEASE_ORDERED') = (release_order_id is not null))
);

-- what was sent before the feed existed: the requests and orders of each bank in the order they happened
insert into freeze_feed_events (bank, seq, kind, freeze_request_id, release_order_id, occurred_at)
select bank, row_number() over (partition by bank order by occurred_at, kind desc, freeze_request_id),
       kind, freeze_request_id, release_order_id, occurred_at
from (select bank, 'REQUEST_SENT' as kind, id as freeze_request_id, null::uuid as release_order_id,
             requested_at as occurred_at
      from freeze_requests
      union all
      select bank, 'RELEASE_ORDERED', freeze_request_id, id, ordered_at
      from release_orders) history;
insert into freeze_feed_heads (bank, last_seq)
select bank, max(seq) from freeze_feed_events group by bank;

create function freeze_feed_append(p_bank text, p_kind text, p_request uuid, p_order uuid, p_at timestamptz)
    returns void language plpgsql as $$
declare
    next_seq bigint;
begin
    -- the bank's head row stays locked until this transaction ends: the bank's next event waits for it, so numbers
    -- are given in commit order, a rolled-back event leaves no gap, and a reader that saw number n has seen all before
    insert into freeze_feed_heads as head (bank, last_seq) values (p_bank, 1)
    on conflict (bank) do update set last_seq = head.last_seq + 1
    returning last_seq into next_seq;
    insert into freeze_feed_events (bank, seq, kind, freeze_request_id, release_order_id, occurred_at)
    values (p_bank, next_seq, p_kind, p_request, p_order, p_at);
    -- delivered at commit to the replicas listening (FreezeFeedWakeUps); they poll the heads as well
    perform pg_notify('freeze_feed', p_bank);
end $$;

create function freeze_feed_request_sent() returns trigger language plpgsql as $$
begin
    perform freeze_feed_append(new.bank, 'REQUEST_SENT', new.id, null, new.requested_at);
    return null;
end $$;

create trigger freeze_requests_feed after insert on freeze_requests
    for each row execute function freeze_feed_request_sent();

create function freeze_feed_release_ordered() returns trigger language plpgsql as $$
begin
    perform freeze_feed_append(new.bank, 'RELEASE_ORDERED', new.freeze_request_id, new.id, new.ordered_at);
    return null;
end $$;

create trigger release_orders_feed after insert on release_orders
    for each row execute function freeze_feed_release_ordered();

-- a bank's feed is history: an event is never changed or taken back
create function freeze_feed_events_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'freeze_feed_events is append-only (% refused)', tg_op;
end $$;

create trigger freeze_feed_events_append_only before update or delete or truncate on freeze_feed_events
    for each statement execute function freeze_feed_events_append_only();
