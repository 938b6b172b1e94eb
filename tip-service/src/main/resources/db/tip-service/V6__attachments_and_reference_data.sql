-- Attachments of tips, the modus operandi list as managed reference data, and the units that may petition for
-- prosecution (kiến nghị khởi tố).

-- 1. Modus operandi: managed by administrators. Codes are never deleted, only deactivated: new tips may name active
-- codes only, while the statistics keep counting every code.
alter table modus_operandi add column active boolean not null default true;
alter table modus_operandi add constraint modus_operandi_code_format check (code ~ '^[A-Z][A-Z0-9_]{1,39}$');
alter table modus_operandi add constraint modus_operandi_labels
    check (length(label_vi) between 1 and 200 and length(label_en) between 1 and 200);
alter table modus_operandi add constraint modus_operandi_position check (position between 1 and 10000);

-- 2. Units (đơn vị), from the groups under /units of the realm k8s/keycloak/lachan-realm.json (ADR 0002): code and
-- kind as there. Whether a unit is a state body (cơ quan nhà nước) is decided per unit, not per kind, because the
-- realm's kinds cut across it: the State Bank branch (kind "bank") is a state body — the State Bank is an agency of
-- the Government and its inspectors petition for prosecution — while the commercial banks are enterprises, and the
-- newspaper, the radio and television station and the Fatherland Front (kind "department") are the press and a
-- socio-political organisation: what they pass on is a tin báo (REPORT), not a kiến nghị khởi tố (Criminal Procedure
-- Code, Art. 144). "he-thong" (the platform's machine accounts) is no unit and so is not here.
-- valid_to: the last day the unit existed (so-tttt merged into so-khcn; the district level ended on 30 June 2025).
-- A unit the realm gains later needs a row here too (a new migration).
create table units (
    code        text primary key check (code ~ '^[a-z0-9][a-z0-9-]{1,59}$'),
    kind        text not null check (kind in ('committee', 'police', 'department', 'procuracy', 'court', 'district', 'bank')),
    state_body  boolean not null,
    name_vi     text not null,
    name_en     text not null,
    valid_to    date,
    successor   text references units (code) deferrable initially deferred
);

insert into units (code, kind, state_body, name_vi, name_en, valid_to, successor) values
  ('ubnd-tinh', 'committee', true, 'Ủy ban nhân dân tỉnh Đồng Tháp', 'Dong Thap Provincial People''s Committee', null, null),
  ('cong-an-tinh', 'police', true, 'Công an tỉnh Đồng Tháp', 'Dong Thap Provincial Police', null, null),
  ('cong-an-tinh-pa05', 'police', true, 'Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (PA05)', 'Cyber Security and High-Tech Crime Prevention Division (PA05)', null, null),
  ('so-tttt', 'department', true, 'Sở Thông tin và Truyền thông', 'Department of Information and Communications', '2025-02-28', 'so-khcn'),
  ('ngan-hang-nha-nuoc', 'bank', true, 'Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Đồng Tháp', 'State Bank of Vietnam, Dong Thap branch', null, null),
  ('so-cong-thuong', 'department', true, 'Sở Công Thương', 'Department of Industry and Trade', null, null),
  ('so-tu-phap', 'department', true, 'Sở Tư pháp', 'Department of Justice', null, null),
  ('so-khcn', 'department', true, 'Sở Khoa học và Công nghệ', 'Department of Science and Technology', null, null),
  ('so-gddt', 'department', true, 'Sở Giáo dục và Đào tạo', 'Department of Education and Training', null, null),
  ('so-tai-chinh', 'department', true, 'Sở Tài chính', 'Department of Finance', null, null),
  ('bao-dong-thap', 'department', false, 'Báo Đồng Tháp', 'Dong Thap Newspaper', null, null),
  ('dai-ptth', 'department', false, 'Đài Phát thanh và Truyền hình Đồng Tháp', 'Dong Thap Radio and Television', null, null),
  ('mttq-tinh', 'department', false, 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Tháp', 'Vietnam Fatherland Front Committee of Dong Thap Province', null, null),
  ('vien-kiem-sat-tinh', 'procuracy', true, 'Viện Kiểm sát nhân dân tỉnh Đồng Tháp', 'Dong Thap Provincial People''s Procuracy', null, null),
  ('toa-an-tinh', 'court', true, 'Tòa án nhân dân tỉnh Đồng Tháp', 'Dong Thap Provincial People''s Court', null, null),
  ('tp-cao-lanh', 'district', true, 'Ủy ban nhân dân thành phố Cao Lãnh', 'Cao Lanh City People''s Committee', '2025-06-30', null),
  ('tp-sa-dec', 'district', true, 'Ủy ban nhân dân thành phố Sa Đéc', 'Sa Dec City People''s Committee', '2025-06-30', null),
  ('tp-hong-ngu', 'district', true, 'Ủy ban nhân dân thành phố Hồng Ngự', 'Hong Ngu City People''s Committee', '2025-06-30', null),
  ('huyen-tan-hong', 'district', true, 'Ủy ban nhân dân huyện Tân Hồng', 'Tan Hong District People''s Committee', '2025-06-30', null),
  ('huyen-hong-ngu', 'district', true, 'Ủy ban nhân dân huyện Hồng Ngự', 'Hong Ngu District People''s Committee', '2025-06-30', null),
  ('huyen-tam-nong', 'district', true, 'Ủy ban nhân dân huyện Tam Nông', 'Tam Nong District People''s Committee', '2025-06-30', null),
  ('huyen-thanh-binh', 'district', true, 'Ủy ban nhân dân huyện Thanh Bình', 'Thanh Binh District People''s Committee', '2025-06-30', null),
  ('huyen-thap-muoi', 'district', true, 'Ủy ban nhân dân huyện Tháp Mười', 'Thap Muoi District People''s Committee', '2025-06-30', null),
  ('huyen-cao-lanh', 'district', true, 'Ủy ban nhân dân huyện Cao Lãnh', 'Cao Lanh District People''s Committee', '2025-06-30', null),
  ('huyen-lap-vo', 'district', true, 'Ủy ban nhân dân huyện Lấp Vò', 'Lap Vo District People''s Committee', '2025-06-30', null),
  ('huyen-lai-vung', 'district', true, 'Ủy ban nhân dân huyện Lai Vung', 'Lai Vung District People''s Committee', '2025-06-30', null),
  ('huyen-chau-thanh', 'district', true, 'Ủy ban nhân dân huyện Châu Thành', 'Chau Thanh District People''s Committee', '2025-06-30', null),
  ('vcb-dong-thap', 'bank', false, 'Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) - Chi nhánh Đồng Tháp', 'Vietcombank, Dong Thap branch', null, null),
  ('bidv-dong-thap', 'bank', false, 'Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV) - Chi nhánh Đồng Tháp', 'BIDV, Dong Thap branch', null, null),
  ('agribank-dong-thap', 'bank', false, 'Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam (Agribank) - Chi nhánh tỉnh Đồng Tháp', 'Agribank, Dong Thap branch', null, null);

-- 3. The body petitioning for prosecution. Checked for new rows only ("not valid"): tips stored before this rule
-- keep what they have.
alter table tips add column petitioning_unit text references units (code);
alter table tips add constraint tips_petition_names_a_body
    check ((source_kind = 'PETITION') = (petitioning_unit is not null)) not valid;

-- 4. Attachments: the content itself (bytea, the source of truth; no file system), its SHA-256 computed by the
-- service, and who added it when. The same content is kept once per tip. Evidence is not altered afterwards: the
-- table is append-only.
create table tip_attachments (
    id              uuid primary key,
    tip_id          uuid not null references tips (id),
    file_name       text not null check (length(file_name) between 1 and 255),
    media_type      text not null check (media_type in ('image/png', 'image/jpeg', 'image/webp', 'application/pdf', 'text/plain')),
    size_bytes      int not null check (size_bytes > 0),
    sha256          text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content         bytea not null,
    added_by        text not null,
    added_by_unit   text not null,
    added_at        timestamptz not null,
    idempotency_key text unique,
    request_hash    text,
    unique (tip_id, sha256),
    check (octet_length(content) = size_bytes)
);

-- images and PDFs are compressed already: keep them out of line without trying to compress them again
alter table tip_attachments alter column content set storage external;

create function tip_attachments_are_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'tip_attachments is append-only';
end;
$$;

create trigger tip_attachments_no_update before update or delete on tip_attachments
    for each row execute function tip_attachments_are_append_only();
create trigger tip_attachments_no_truncate before truncate on tip_attachments
    for each statement execute function tip_attachments_are_append_only();
