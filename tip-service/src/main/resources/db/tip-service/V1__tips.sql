-- Modus operandi: reference data with Vietnamese and English labels (the plan's list, extensible).
create table modus_operandi (
    code      text primary key,
    label_vi  text not null,
    label_en  text not null,
    position  int  not null
);

insert into modus_operandi (code, label_vi, label_en, position) values
  ('IMPERSONATE_AUTHORITY', 'Giả danh cơ quan tư pháp (công an, viện kiểm sát, tòa án)', 'Impersonating police, procuracy or court', 1),
  ('ONLINE_SHOPPING', 'Mua bán hàng hóa qua mạng xã hội', 'Online-shopping scam', 2),
  ('GIFT_ACQUAINTANCE', 'Làm quen qua Facebook, Zalo hứa tặng quà', 'Facebook/Zalo acquaintance promising gifts', 3),
  ('ACCOUNT_TAKEOVER', 'Chiếm quyền sử dụng tài khoản mạng xã hội', 'Social-account takeover', 4),
  ('ACCOUNT_DATA_THEFT', 'Đánh cắp thông tin tài khoản', 'Theft of account information', 5),
  ('FAKE_PRIZE', 'Thông báo trúng thưởng giả', 'Fake prizes', 6),
  ('BUSINESS_EMAIL', 'Giả mạo thư điện tử doanh nghiệp', 'Business e-mail compromise', 7),
  ('INVESTMENT_CRYPTO', 'Lừa đầu tư, tiền ảo', 'Investment or crypto scam', 8),
  ('GAMBLING', 'Đánh bạc, cá độ qua mạng', 'Online gambling and betting', 9),
  ('LOAN_SHARK', 'Tín dụng đen', 'Loan sharks', 10),
  ('OBSCENE_CONTENT', 'Nội dung đồi trụy', 'Obscene content', 11),
  ('MALWARE_ATTACK', 'Mã độc, tấn công hệ thống', 'Malware and attacks on systems', 12),
  ('OTHER', 'Thủ đoạn khác', 'Other', 13);

create table tips (
    id               uuid primary key,
    received_at      timestamptz not null,
    channel          text not null,
    source_kind      text not null,
    receiving_unit   text not null,
    modus_operandi   text not null references modus_operandi (code),
    narrative        text not null,
    loss_dong        bigint not null check (loss_dong >= 0),
    last_transfer_at timestamptz,
    status           text not null,
    decision_due     date not null,
    idempotency_key  text unique,
    request_hash     text,
    created_at       timestamptz not null,
    created_by       text not null,
    updated_at       timestamptz not null,
    updated_by       text not null
);

create index tips_received_at on tips (received_at);
create index tips_receiving_unit on tips (receiving_unit, received_at);
