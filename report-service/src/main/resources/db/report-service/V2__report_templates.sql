-- Report templates: the indicators each kind of unit (or one named unit) owes from its duties in section II of the
-- plan, in versions that are never changed; a report keeps the version it was started on.
create table report_templates (
    applies_to        text not null,
    version           int  not null check (version > 0),
    narrative_hint_vi text not null default '',
    narrative_hint_en text not null default '',
    change_note       text not null,
    created_at        timestamptz not null,
    created_by        text not null,
    primary key (applies_to, version)
);

create table report_template_indicators (
    applies_to text not null,
    version    int  not null,
    position   int  not null,
    code       text not null,
    label_vi   text not null,
    label_en   text not null,
    measure    text not null check (measure in ('COUNT', 'DONG')),
    required   boolean not null,
    source     text not null,
    duty       text not null default '',
    primary key (applies_to, version, code),
    foreign key (applies_to, version) references report_templates (applies_to, version)
);

-- a written version is history: an edit is a new version, never a change of an old one
create function report_templates_are_history() returns trigger language plpgsql as $$
begin
    raise exception 'report template versions are never changed or deleted; write a new version';
end $$;
create trigger report_templates_history before update or delete on report_templates
    for each row execute function report_templates_are_history();
create trigger report_template_indicators_history before update or delete on report_template_indicators
    for each row execute function report_templates_are_history();

-- version 1 of every template, from section II of the plan
insert into report_templates (applies_to, version, narrative_hint_vi, narrative_hint_en, change_note, created_at, created_by)
select t, 1,
       'Tình hình, kết quả thực hiện Kế hoạch; khó khăn, vướng mắc; đề xuất, kiến nghị.',
       'Situation and results of the plan; difficulties; proposals.',
       'Phiên bản đầu, theo mục II của Kế hoạch / first version, from section II of the plan',
       timestamptz '2022-01-01 00:00:00+07', 'he-thong'
from unnest(array['department', 'district', 'ward', 'commune', 'bank', 'procuracy', 'court', 'police',
                  'so-tttt', 'so-khcn', 'ngan-hang-nha-nuoc', 'so-cong-thuong', 'so-tu-phap', 'bao-dong-thap',
                  'dai-ptth', 'so-gddt', 'so-tai-chinh', 'mttq-tinh']) as t;

-- II.1: every department, body and district: propaganda, training, the security of its own networks
insert into report_template_indicators (applies_to, version, position, code, label_vi, label_en, measure, required, source, duty)
select t.applies_to, 1, c.position, c.code, c.vi, c.en, c.measure, c.required, 'unit', 'II.1'
from (select applies_to from report_templates) t
cross join (values
    (1, 'propaganda.sessions', 'Số buổi tuyên truyền, phổ biến pháp luật về phòng, chống tội phạm sử dụng công nghệ cao',
        'Awareness and legal-information sessions on high-tech crime', 'COUNT', true),
    (2, 'propaganda.participants', 'Số lượt người tham dự tuyên truyền', 'Participants in awareness sessions', 'COUNT', true),
    (3, 'propaganda.warnings', 'Số tin, bài, thông báo cảnh báo phương thức, thủ đoạn đã phát hành',
        'Warnings and articles on criminals'' methods published', 'COUNT', true),
    (4, 'training.sessions', 'Số buổi quán triệt, tập huấn cho cán bộ, công chức, viên chức',
        'Briefings and trainings for officials and staff', 'COUNT', true),
    (5, 'netsec.checks', 'Số lượt kiểm tra an toàn, bảo mật mạng máy tính và dữ liệu của đơn vị',
        'Checks of the security of the unit''s own networks and data', 'COUNT', false)
) as c (position, code, vi, en, measure, required);

insert into report_template_indicators (applies_to, version, position, code, label_vi, label_en, measure, required, source, duty)
values
    -- II.2 the police (the district police until 1 March 2025)
    ('police', 1, 10, 'tips.total', 'Số tin báo, tố giác về tội phạm tiếp nhận', 'Tips received', 'COUNT', true, 'tip-service', 'II.2'),
    ('police', 1, 11, 'forums.held', 'Số diễn đàn "Công an lắng nghe ý kiến Nhân dân" đã tổ chức',
        'Forums "The police listen to the people" held', 'COUNT', true, 'unit', 'II.2'),
    ('police', 1, 12, 'campaigns.peak', 'Số đợt cao điểm tấn công, trấn áp tội phạm sử dụng công nghệ cao',
        'Peak campaigns against high-tech crime', 'COUNT', true, 'unit', 'II.2'),
    ('police', 1, 13, 'networks.dismantled', 'Số đường dây, ổ nhóm tội phạm bị triệt phá',
        'Criminal rings dismantled', 'COUNT', true, 'unit', 'II.2'),
    -- II.3 information and communications (from 1 March 2025 science and technology)
    ('so-tttt', 1, 10, 'web.inspected', 'Số trang thông tin điện tử, tài khoản mạng xã hội được thanh tra, kiểm tra, giám sát',
        'Websites and social-network accounts inspected or monitored', 'COUNT', true, 'unit', 'II.3'),
    ('so-tttt', 1, 11, 'web.violations', 'Số vụ vi phạm phát hiện, xử lý', 'Violations found and handled', 'COUNT', true, 'unit', 'II.3'),
    ('so-tttt', 1, 12, 'web.blocked', 'Số trang web, tài khoản có nội dung lừa đảo bị chặn, gỡ bỏ',
        'Scam websites and accounts blocked or taken down', 'COUNT', true, 'unit', 'II.3'),
    ('so-tttt', 1, 13, 'sim.blocked', 'Số thuê bao di động (SIM) không chính chủ bị khóa, thu hồi',
        'Unregistered SIM cards blocked or withdrawn', 'COUNT', true, 'unit', 'II.3'),
    ('so-tttt', 1, 14, 'data.provided', 'Số lượt cung cấp thông tin, dữ liệu cho cơ quan điều tra',
        'Information and data handed to investigators', 'COUNT', true, 'unit', 'II.3'),
    ('so-khcn', 1, 10, 'science.tasks_proposed', 'Số nhiệm vụ khoa học và công nghệ phòng, chống tội phạm được đề xuất',
        'Science and technology tasks against high-tech crime proposed', 'COUNT', true, 'unit', 'II.7'),
    ('so-khcn', 1, 11, 'web.inspected', 'Số trang thông tin điện tử, tài khoản mạng xã hội được thanh tra, kiểm tra, giám sát (từ 01/3/2025)',
        'Websites and social-network accounts inspected or monitored (from 1 March 2025)', 'COUNT', false, 'unit', 'II.3'),
    ('so-khcn', 1, 12, 'web.blocked', 'Số trang web, tài khoản có nội dung lừa đảo bị chặn, gỡ bỏ (từ 01/3/2025)',
        'Scam websites and accounts blocked or taken down (from 1 March 2025)', 'COUNT', false, 'unit', 'II.3'),
    ('so-khcn', 1, 13, 'sim.blocked', 'Số thuê bao di động (SIM) không chính chủ bị khóa, thu hồi (từ 01/3/2025)',
        'Unregistered SIM cards blocked or withdrawn (from 1 March 2025)', 'COUNT', false, 'unit', 'II.3'),
    -- II.4 the State Bank branch and the commercial banks
    ('ngan-hang-nha-nuoc', 1, 10, 'banks.directed', 'Số văn bản chỉ đạo các tổ chức tín dụng', 'Directives to credit institutions',
        'COUNT', true, 'unit', 'II.4'),
    ('ngan-hang-nha-nuoc', 1, 11, 'atm.inspected', 'Số lượt rà soát, kiểm tra an ninh, an toàn máy ATM', 'ATM security inspections',
        'COUNT', true, 'unit', 'II.4'),
    ('bank', 1, 10, 'atm.inspected', 'Số lượt rà soát, kiểm tra an ninh, an toàn máy ATM', 'ATM security inspections',
        'COUNT', true, 'unit', 'II.4'),
    ('bank', 1, 11, 'atm.warnings', 'Số máy ATM đã niêm yết cảnh báo phòng, chống tội phạm', 'ATMs with a crime warning posted',
        'COUNT', true, 'unit', 'II.4'),
    ('bank', 1, 12, 'accounts.suspicious_reported', 'Số tài khoản nghi vấn đã thông báo cho cơ quan điều tra',
        'Suspicious accounts reported to investigators', 'COUNT', true, 'unit', 'II.4'),
    ('bank', 1, 13, 'accounts.frozen', 'Số tài khoản đã phong tỏa, tạm dừng giao dịch theo yêu cầu',
        'Accounts frozen or suspended on request', 'COUNT', true, 'unit', 'II.4'),
    ('bank', 1, 14, 'money.held', 'Số tiền đã phong tỏa, tạm giữ (đồng)', 'Money held (đồng)', 'DONG', true, 'unit', 'II.4'),
    ('bank', 1, 15, 'money.returned', 'Số tiền đã trả lại cho bị hại (đồng)', 'Money returned to victims (đồng)', 'DONG', false, 'unit', 'II.4'),
    ('bank', 1, 16, 'info.requests_answered', 'Số yêu cầu cung cấp thông tin của cơ quan điều tra đã đáp ứng',
        'Investigators'' information requests answered', 'COUNT', true, 'unit', 'II.4'),
    -- II.5 industry and trade
    ('so-cong-thuong', 1, 10, 'ecommerce.inspected', 'Số tổ chức thương mại điện tử, kinh doanh đa cấp được kiểm tra',
        'E-commerce and multi-level-marketing businesses inspected', 'COUNT', true, 'unit', 'II.5'),
    ('so-cong-thuong', 1, 11, 'ecommerce.violations', 'Số vi phạm phát hiện, xử lý', 'Violations found and handled', 'COUNT', true, 'unit', 'II.5'),
    ('so-cong-thuong', 1, 12, 'ecommerce.referred', 'Số vụ việc chuyển cơ quan điều tra', 'Matters referred to investigators',
        'COUNT', true, 'unit', 'II.5'),
    -- II.6 justice
    ('so-tu-phap', 1, 10, 'legal.recommendations', 'Số kiến nghị sửa đổi, bổ sung, hoàn thiện pháp luật',
        'Recommendations to amend the law', 'COUNT', true, 'unit', 'II.6'),
    ('so-tu-phap', 1, 11, 'legal.reporters_trained', 'Số lượt báo cáo viên, tuyên truyền viên pháp luật được bồi dưỡng',
        'Legal reporters and propagandists trained', 'COUNT', true, 'unit', 'II.6'),
    -- II.8 the press
    ('bao-dong-thap', 1, 10, 'press.items', 'Số tin, bài, phóng sự tuyên truyền về tội phạm sử dụng công nghệ cao',
        'News items, articles and reports on high-tech crime', 'COUNT', true, 'unit', 'II.8'),
    ('dai-ptth', 1, 10, 'press.items', 'Số tin, bài, phóng sự tuyên truyền về tội phạm sử dụng công nghệ cao',
        'News items, articles and reports on high-tech crime', 'COUNT', true, 'unit', 'II.8'),
    -- II.9 education
    ('so-gddt', 1, 10, 'schools.reached', 'Số trường học, cơ sở giáo dục đã tổ chức tuyên truyền', 'Schools that held awareness sessions',
        'COUNT', true, 'unit', 'II.9'),
    ('so-gddt', 1, 11, 'students.reached', 'Số lượt học sinh, sinh viên được tuyên truyền', 'Pupils and students reached',
        'COUNT', true, 'unit', 'II.9'),
    -- II.10 finance
    ('so-tai-chinh', 1, 10, 'budget.advised', 'Kinh phí thực hiện Kế hoạch đã tham mưu bố trí (đồng)',
        'Funding for the plan proposed and allocated (đồng)', 'DONG', true, 'unit', 'II.10'),
    -- II.11 the Fatherland Front
    ('mttq-tinh', 1, 10, 'members.reached', 'Số lượt đoàn viên, hội viên được tuyên truyền', 'Members of mass organisations reached',
        'COUNT', true, 'unit', 'II.11'),
    -- II.12 procuracy and court
    ('procuracy', 1, 10, 'cases.prosecuted', 'Số vụ án tội phạm sử dụng công nghệ cao đã truy tố', 'High-tech crime cases prosecuted',
        'COUNT', true, 'unit', 'II.12'),
    ('procuracy', 1, 11, 'defendants.prosecuted', 'Số bị can đã truy tố', 'Defendants prosecuted', 'COUNT', true, 'unit', 'II.12'),
    ('procuracy', 1, 12, 'cases.model', 'Số vụ án điểm', 'Model cases', 'COUNT', false, 'unit', 'II.12'),
    ('court', 1, 10, 'cases.tried', 'Số vụ án tội phạm sử dụng công nghệ cao đã xét xử', 'High-tech crime cases tried',
        'COUNT', true, 'unit', 'II.12'),
    ('court', 1, 11, 'cases.mobile_trials', 'Số phiên xét xử lưu động', 'Mobile trials', 'COUNT', true, 'unit', 'II.12'),
    ('court', 1, 12, 'cases.model', 'Số vụ án điểm', 'Model cases', 'COUNT', false, 'unit', 'II.12'),
    -- II.13 districts (to 30 June 2025), and the wards and communes after them
    ('district', 1, 10, 'tips.total', 'Số tin báo, tố giác về tội phạm tiếp nhận trên địa bàn', 'Tips received in the area',
        'COUNT', true, 'tip-service', 'II.13'),
    ('district', 1, 11, 'plans.issued', 'Số kế hoạch, văn bản chỉ đạo đã ban hành', 'Plans and directives issued',
        'COUNT', true, 'unit', 'II.13'),
    ('ward', 1, 10, 'tips.total', 'Số tin báo, tố giác về tội phạm tiếp nhận trên địa bàn', 'Tips received in the area',
        'COUNT', true, 'tip-service', 'II.13'),
    ('commune', 1, 10, 'tips.total', 'Số tin báo, tố giác về tội phạm tiếp nhận trên địa bàn', 'Tips received in the area',
        'COUNT', true, 'tip-service', 'II.13');

-- a report records the template version it was started on; its indicators carry what the template said then
alter table reports add column template_applies_to text, add column template_version int;
alter table reports add foreign key (template_applies_to, template_version) references report_templates (applies_to, version);
alter table report_indicators alter column value drop not null;
alter table report_indicators add column measure text not null default 'COUNT' check (measure in ('COUNT', 'DONG')),
    add column required boolean not null default false,
    add column prefilled_value bigint,
    add column override_reason text;
