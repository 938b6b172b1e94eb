-- Where money comes from. The plan funds everything from the provincial budget and asks for central
-- funding too, so sources are data, not code.
create table funding_sources (
    code      text primary key,
    label_vi  text not null,
    label_en  text not null
);

insert into funding_sources (code, label_vi, label_en) values
  ('PROVINCIAL', 'Ngân sách Tỉnh', 'Provincial budget');

-- The lines of the plan's Appendix 2, one per year and kind, in whole đồng (never floating point).
create table budget_lines (
    id              text primary key,
    year            int  not null,
    kind            text not null check (kind in ('PREVENTION', 'COMBAT', 'EQUIPMENT', 'MANAGEMENT')),
    position        int  not null,
    label_vi        text not null,
    label_en        text not null,
    funding_source  text not null references funding_sources (code),
    planned_dong    bigint not null check (planned_dong >= 0),
    unique (year, kind, funding_source)
);

-- Appendix 2, "Đơn vị tính: Triệu đồng": millions of đồng for 2022..2026, stored as đồng.
-- Yearly totals 850 / 700 / 750 / 4.100 / 750; grand total 7.150.000.000 đ.
insert into budget_lines (id, year, kind, position, label_vi, label_en, funding_source, planned_dong)
select p.year || '-' || k.kind, p.year, k.kind, k.position, k.label_vi, k.label_en, 'PROVINCIAL',
       p.millions::bigint * 1000000
from (values
  ('PREVENTION', 1, 'Công tác phòng ngừa', 'Prevention', array[300, 200, 200, 300, 200]),
  ('COMBAT', 2, 'Công tác đấu tranh', 'Combat', array[300, 300, 300, 400, 300]),
  ('EQUIPMENT', 3, 'Mua sắm trang thiết bị, phương tiện', 'Equipment and vehicles', array[100, 100, 100, 3300, 100]),
  ('MANAGEMENT', 4, 'Hoạt động chỉ đạo, quản lý, điều hành', 'Direction, management and administration',
   array[150, 100, 150, 100, 150])
) as k (kind, position, label_vi, label_en, millions)
cross join lateral unnest(array[2022, 2023, 2024, 2025, 2026], k.millions) as p (year, millions);

create table spendings (
    id               uuid primary key,
    line_id          text not null references budget_lines (id),
    unit             text not null,
    amount_dong      bigint not null check (amount_dong > 0),
    spent_on         date not null,
    description      text not null,
    idempotency_key  text unique,
    request_hash     text,
    created_at       timestamptz not null,
    created_by       text not null,
    updated_at       timestamptz not null,
    updated_by       text not null
);

create index spendings_line on spendings (line_id, spent_on);
