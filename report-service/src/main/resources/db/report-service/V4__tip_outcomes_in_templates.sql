-- Version 2 of the police's and the local governments' templates: the tips' outcomes, pre-filled by tip-service
-- (GetTipStatistics.by_outcome and overdue). Version 1 stays as it was for the reports written on it.
insert into report_templates (applies_to, version, narrative_hint_vi, narrative_hint_en, change_note, created_at, created_by)
select applies_to, 2, narrative_hint_vi, narrative_hint_en,
       'Thêm kết quả giải quyết tin báo do tip-service cung cấp / tips'' outcomes pre-filled by tip-service',
       timestamptz '2026-12-04 00:00:00+07', 'he-thong'
from report_templates where version = 1 and applies_to in ('police', 'district', 'ward', 'commune');

insert into report_template_indicators (applies_to, version, position, code, label_vi, label_en, measure, required, source, duty)
select applies_to, 2, position, code, label_vi, label_en, measure, required, source, duty
from report_template_indicators where version = 1 and applies_to in ('police', 'district', 'ward', 'commune');

insert into report_template_indicators (applies_to, version, position, code, label_vi, label_en, measure, required, source, duty)
select t.applies_to, 2, o.position, o.code, o.vi, o.en, 'COUNT', true, 'tip-service', t.duty
from (values ('police', 'II.2'), ('district', 'II.13'), ('ward', 'II.13'), ('commune', 'II.13')) as t (applies_to, duty)
cross join (values
    (20, 'tips.prosecuted', 'Số tin báo đã quyết định khởi tố vụ án', 'Tips decided: case opened'),
    (21, 'tips.not_prosecuted', 'Số tin báo đã quyết định không khởi tố vụ án', 'Tips decided: no case opened'),
    (22, 'tips.suspended', 'Số tin báo tạm đình chỉ giải quyết', 'Tips suspended'),
    (23, 'tips.undecided', 'Số tin báo đang giải quyết', 'Tips still being verified'),
    (24, 'tips.overdue', 'Số tin báo đang giải quyết đã quá hạn', 'Tips being verified past their deadline')
) as o (position, code, vi, en);
