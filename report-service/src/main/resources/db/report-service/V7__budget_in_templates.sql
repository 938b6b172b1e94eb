-- A new version of the templates of the units that carry out the plan with its budget (section III: the provincial
-- budget given to the police each year and allocated to the implementing units): the police, the departments and
-- bodies, the districts (to 30 June 2025) and the wards and communes after them. It adds the unit's share of the
-- year's budget, pre-filled by budget-service (GetExecution for the unit and the report's year, summed over the
-- lines). Each new version copies the current one (an administrator's later edits included) and adds the three
-- figures; the versions before stay as they were for the reports written on them.
create temporary table budget_template_versions on commit drop as
select applies_to, max(version) as current
from report_templates
where applies_to in ('police', 'department', 'district', 'ward', 'commune',
                     'so-tttt', 'so-khcn', 'so-cong-thuong', 'so-tu-phap', 'bao-dong-thap', 'dai-ptth', 'so-gddt',
                     'so-tai-chinh', 'mttq-tinh')
group by applies_to;

insert into report_templates (applies_to, version, narrative_hint_vi, narrative_hint_en, change_note, created_at, created_by)
select t.applies_to, b.current + 1, t.narrative_hint_vi, t.narrative_hint_en,
       'Thêm kinh phí được phân bổ, đã cam kết, đã chi do budget-service cung cấp / '
           || 'the unit''s budget allocated, committed and spent, pre-filled by budget-service',
       timestamptz '2026-12-05 00:00:00+07', 'he-thong'
from report_templates t join budget_template_versions b on b.applies_to = t.applies_to and b.current = t.version;

insert into report_template_indicators (applies_to, version, position, code, label_vi, label_en, measure, required, source, duty)
select i.applies_to, b.current + 1, i.position, i.code, i.label_vi, i.label_en, i.measure, i.required, i.source, i.duty
from report_template_indicators i
join budget_template_versions b on b.applies_to = i.applies_to and b.current = i.version;

insert into report_template_indicators (applies_to, version, position, code, label_vi, label_en, measure, required, source, duty)
select b.applies_to, b.current + 1,
       (select coalesce(max(i.position), 0) from report_template_indicators i
        where i.applies_to = b.applies_to and i.version = b.current) + c.offset_,
       c.code, c.vi, c.en, 'DONG', false, 'budget-service', 'III'
from budget_template_versions b
cross join (values
    (1, 'budget.allocated', 'Kinh phí thực hiện Kế hoạch được phân bổ cho đơn vị trong năm (đồng)',
        'Plan funding allocated to the unit for the year (đồng)'),
    (2, 'budget.committed', 'Kinh phí đã cam kết (hợp đồng, đơn hàng) trong năm (đồng)',
        'Funding committed in contracts and orders in the year (đồng)'),
    (3, 'budget.spent', 'Kinh phí đã chi trong năm, lũy kế đến ngày lập báo cáo (đồng)',
        'Funding spent in the year, up to the day the report was started (đồng)')
) as c (offset_, code, vi, en)
where not exists (select 1 from report_template_indicators i
                  where i.applies_to = b.applies_to and i.version = b.current + 1 and i.code = c.code);
