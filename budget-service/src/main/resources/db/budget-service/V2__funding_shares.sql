-- Sources are plural: a line of one year and kind may be funded by the provincial budget and by central
-- funding at once. A line's planned money is the sum of its shares, one per source; the Appendix 2 figures
-- become the lines' provincial shares, to the đồng.
insert into funding_sources (code, label_vi, label_en) values
  ('CENTRAL', 'Ngân sách Trung ương', 'Central budget');

create table line_funding (
    line_id      text   not null references budget_lines (id),
    source       text   not null references funding_sources (code),
    amount_dong  bigint not null check (amount_dong >= 0),
    primary key (line_id, source)
);

insert into line_funding (line_id, source, amount_dong)
select id, funding_source, planned_dong from budget_lines;

-- One line per year and kind; what it plans lives in line_funding only, so it cannot disagree with a copy.
alter table budget_lines drop column funding_source;
alter table budget_lines drop column planned_dong;
alter table budget_lines add unique (year, kind);
