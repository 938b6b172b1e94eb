-- case-service now records the money returned to victims (return instructions the banks reported paid), so the
-- police's template gets it pre-filled: a new version of its current template (an administrator's later edits
-- included) with case.amount_returned after the money held; the versions before stay as they were for the reports
-- written on them. A current police template that no longer asks for case.amount_held gets it at its end.
create temporary table returned_template_versions on commit drop as
select applies_to, max(version) as current
from report_templates
where applies_to = 'police'
group by applies_to;

insert into report_templates (applies_to, version, narrative_hint_vi, narrative_hint_en, change_note, created_at, created_by)
select t.applies_to, c.current + 1, t.narrative_hint_vi, t.narrative_hint_en,
       'Thêm số tiền đã trả lại cho bị hại do case-service cung cấp / money returned to victims, pre-filled by case-service',
       timestamptz '2026-12-06 00:00:00+07', 'he-thong'
from report_templates t join returned_template_versions c on c.applies_to = t.applies_to and c.current = t.version;

-- the indicators of the current version, those after case.amount_held moved one place down
insert into report_template_indicators (applies_to, version, position, code, label_vi, label_en, measure, required, source, duty)
select i.applies_to, c.current + 1,
       i.position + case when held.position is not null and i.position > held.position then 1 else 0 end,
       i.code, i.label_vi, i.label_en, i.measure, i.required, i.source, i.duty
from report_template_indicators i
join returned_template_versions c on c.applies_to = i.applies_to and c.current = i.version
left join report_template_indicators held
       on held.applies_to = i.applies_to and held.version = i.version and held.code = 'case.amount_held';

insert into report_template_indicators (applies_to, version, position, code, label_vi, label_en, measure, required, source, duty)
select c.applies_to, c.current + 1,
       coalesce((select held.position + 1 from report_template_indicators held
                 where held.applies_to = c.applies_to and held.version = c.current and held.code = 'case.amount_held'),
                (select coalesce(max(i.position), 0) + 1 from report_template_indicators i
                 where i.applies_to = c.applies_to and i.version = c.current)),
       'case.amount_returned', 'Số tiền đã trả lại cho bị hại theo quyết định, ngân hàng đã báo thực hiện (đồng)',
       'Money returned to victims by decision, reported paid by the banks (đồng)', 'DONG', false, 'case-service', 'II.2'
from returned_template_versions c
where not exists (select 1 from report_template_indicators i
                  where i.applies_to = c.applies_to and i.version = c.current and i.code = 'case.amount_returned');
