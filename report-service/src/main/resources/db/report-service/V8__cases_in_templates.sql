-- A new version of the templates that carry the budget's figures or belong to the police. Two changes:
-- * the police (section II.2: investigating the cases and the quick response with banks) get three figures pre-filled
--   by case-service (GetCaseStatistics for the unit and the units below it, over the report's window of actual
--   figures): cases opened, freeze requests sent to banks, money the banks held (đồng). Money returned to victims is
--   not recorded by case-service, so it is not pre-filled (the banks type it, as before);
-- * budget.spent now counts the spending dated up to the period's last day of actual figures (budget-service's
--   GetExecution with its cut-off), no longer up to the day the report was started: its labels say so.
-- Each new version copies the current one (an administrator's later edits included); the versions before stay as they
-- were for the reports written on them.
create temporary table case_template_versions on commit drop as
select applies_to, max(version) as current
from report_templates t
where applies_to = 'police'
   or exists (select 1 from report_template_indicators i
              where i.applies_to = t.applies_to and i.code = 'budget.spent')
group by applies_to;

-- keep only the current versions that still ask for budget.spent (an administrator may have removed it) or are the police's
delete from case_template_versions c
where c.applies_to <> 'police'
  and not exists (select 1 from report_template_indicators i
                  where i.applies_to = c.applies_to and i.version = c.current and i.code = 'budget.spent');

insert into report_templates (applies_to, version, narrative_hint_vi, narrative_hint_en, change_note, created_at, created_by)
select t.applies_to, c.current + 1, t.narrative_hint_vi, t.narrative_hint_en,
       case when t.applies_to = 'police'
            then 'Thêm số vụ án khởi tố, yêu cầu phong tỏa đã gửi, số tiền ngân hàng đã phong tỏa do case-service cung cấp; '
                 || 'kinh phí đã chi tính đến hết kỳ báo cáo / cases opened, freeze requests sent and money held by banks, '
                 || 'pre-filled by case-service; budget spent up to the end of the period'
            else 'Kinh phí đã chi tính đến hết kỳ báo cáo (ngày cuối có số liệu thực tế) / '
                 || 'budget spent up to the end of the period (its last day of actual figures)'
       end,
       timestamptz '2026-12-05 00:00:00+07', 'he-thong'
from report_templates t join case_template_versions c on c.applies_to = t.applies_to and c.current = t.version;

insert into report_template_indicators (applies_to, version, position, code, label_vi, label_en, measure, required, source, duty)
select i.applies_to, c.current + 1, i.position, i.code,
       case when i.code = 'budget.spent'
            then 'Kinh phí đã chi trong năm, tính đến ngày cuối có số liệu thực tế của kỳ báo cáo (đồng)' else i.label_vi end,
       case when i.code = 'budget.spent'
            then 'Funding spent in the year, up to the period''s last day of actual figures (đồng)' else i.label_en end,
       i.measure, i.required, i.source, i.duty
from report_template_indicators i
join case_template_versions c on c.applies_to = i.applies_to and c.current = i.version;

-- the police's case figures, after the indicators it already has
insert into report_template_indicators (applies_to, version, position, code, label_vi, label_en, measure, required, source, duty)
select c.applies_to, c.current + 1,
       (select coalesce(max(i.position), 0) from report_template_indicators i
        where i.applies_to = c.applies_to and i.version = c.current) + n.offset_,
       n.code, n.vi, n.en, n.measure, false, 'case-service', 'II.2'
from case_template_versions c
cross join (values
    (1, 'case.opened', 'Số vụ án đã khởi tố (đơn vị và các đơn vị trực thuộc thụ lý)',
        'Cases opened (led by the unit or a unit below it)', 'COUNT'),
    (2, 'case.freeze_requests', 'Số yêu cầu phong tỏa tài khoản đã gửi ngân hàng',
        'Account freeze requests sent to banks', 'COUNT'),
    (3, 'case.amount_held', 'Số tiền ngân hàng đã phong tỏa theo yêu cầu (đồng)',
        'Money held by banks on the requests (đồng)', 'DONG')
) as n (offset_, code, vi, en, measure)
where c.applies_to = 'police'
  and not exists (select 1 from report_template_indicators i
                  where i.applies_to = c.applies_to and i.version = c.current + 1 and i.code = n.code);
