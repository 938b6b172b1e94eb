// The citizens' pages: report a crime (anonymously if they wish), follow the tip with its tracking code and
// secret, and check a phone number, account or site. No login, no cookies sent: the secret lives in this page's
// memory only and travels in the X-Tip-Secret header, never in a URL or in storage (ADR 0003).
import { INDICATOR_TYPE } from '../generated/tip';

// Citizens cannot read tip-service's managed list (it needs a login): a copy of the plan's list until a public
// API serves it.
const MODUS = [
  ['IMPERSONATE_AUTHORITY', 'Giả danh cơ quan tư pháp (công an, viện kiểm sát, tòa án)', 'Impersonating police, procuracy or court'],
  ['ONLINE_SHOPPING', 'Mua bán hàng hóa qua mạng xã hội', 'Online-shopping scam'],
  ['GIFT_ACQUAINTANCE', 'Làm quen qua Facebook, Zalo hứa tặng quà', 'Facebook/Zalo acquaintance promising gifts'],
  ['ACCOUNT_TAKEOVER', 'Chiếm quyền sử dụng tài khoản mạng xã hội', 'Social-account takeover'],
  ['ACCOUNT_DATA_THEFT', 'Đánh cắp thông tin tài khoản', 'Theft of account information'],
  ['FAKE_PRIZE', 'Thông báo trúng thưởng giả', 'Fake prizes'],
  ['BUSINESS_EMAIL', 'Giả mạo thư điện tử doanh nghiệp', 'Business e-mail compromise'],
  ['INVESTMENT_CRYPTO', 'Lừa đầu tư, tiền ảo', 'Investment or crypto scam'],
  ['GAMBLING', 'Đánh bạc, cá độ qua mạng', 'Online gambling and betting'],
  ['LOAN_SHARK', 'Tín dụng đen', 'Loan sharks'],
  ['OBSCENE_CONTENT', 'Nội dung đồi trụy', 'Obscene content'],
  ['MALWARE_ATTACK', 'Mã độc, tấn công hệ thống', 'Malware and attacks on systems'],
  ['OTHER', 'Thủ đoạn khác', 'Other'],
];

// Indicator types of the contract (lachan.tip.v1.Indicator.Type, generated from the .proto), with an example of each.
const INDICATOR_LABELS = {
  PHONE: ['Số điện thoại', 'Phone number', '0912 345 678'],
  BANK_ACCOUNT: ['Tài khoản ngân hàng', 'Bank account', 'VCB 0011 004 123 456'],
  E_WALLET: ['Ví điện tử', 'E-wallet', 'MoMo 0912 345 678'],
  URL: ['Trang web', 'Web address', 'https://vi-du.vn/dang-nhap'],
  DOMAIN: ['Tên miền', 'Domain name', 'vi-du.vn'],
  EMAIL: ['Thư điện tử', 'E-mail address', 'ten@vi-du.vn'],
  SOCIAL_PROFILE: ['Trang mạng xã hội', 'Social-network profile', 'facebook.com/ten.tai.khoan'],
  CRYPTO_WALLET: ['Ví tiền ảo', 'Crypto wallet', '0x…'],
};
// A type the contract gains later is offered by its code until it has a label here.
const INDICATOR_TYPES = INDICATOR_TYPE.map((code) => [code, ...(INDICATOR_LABELS[code] || [code, code, ''])]);

const TEXTS = {
  vi: {
    docTitle: {
      report: 'Tố giác tội phạm công nghệ cao — Lá Chắn',
      track: 'Theo dõi tin báo — Lá Chắn',
      check: 'Kiểm tra lừa đảo — Lá Chắn',
    },
    skip: 'Bỏ qua, đến nội dung chính',
    tagline: 'Cổng tố giác tội phạm sử dụng công nghệ cao dành cho người dân',
    langSwitch: 'English',
    langSwitchLabel: 'English — chuyển sang tiếng Anh',
    tabsLabel: 'Chức năng dành cho người dân',
    tabReport: 'Gửi tố giác',
    tabTrack: 'Theo dõi tin báo',
    tabCheck: 'Kiểm tra lừa đảo',
    reportTitle: 'Tố giác tội phạm công nghệ cao',
    reportIntro: 'Bạn bị lừa đảo, bị chiếm đoạt tài khoản hoặc biết về hành vi phạm tội trên mạng? Hãy báo cho '
      + 'Công an tỉnh. Bạn không cần tài khoản và có thể gửi ẩn danh.',
    urgent: 'Nếu vừa chuyển tiền cho kẻ lừa đảo, hãy gọi ngay cho ngân hàng của bạn để đề nghị tạm dừng giao dịch; '
      + 'khi khẩn cấp, gọi 113.',
    errorSummary: 'Vui lòng sửa các mục sau:',
    whoLegend: 'Người gửi',
    anonymous: 'Gửi ẩn danh',
    anonymousHint: 'Không ai, kể cả cơ quan công an, biết bạn là ai. Bạn theo dõi tin báo bằng mã theo dõi và mật mã.',
    withContact: 'Để lại thông tin liên hệ',
    withContactHint: 'Điều tra viên có thể liên hệ với bạn khi cần làm rõ. Chỉ người có thẩm quyền được xem.',
    name: 'Họ và tên',
    phone: 'Số điện thoại',
    email: 'Thư điện tử',
    whatLegend: 'Sự việc',
    modus: 'Thủ đoạn',
    modusNone: '— Chọn thủ đoạn (nếu biết) —',
    narrative: 'Diễn biến sự việc',
    required: '(bắt buộc)',
    narrativeHint: 'Kể lại điều đã xảy ra: ai liên lạc với bạn, bằng cách nào, họ nói gì, bạn đã làm gì. '
      + 'Không ghi mật khẩu hay mã OTP.',
    counter: (n, max) => `${n.toLocaleString('vi-VN')} / ${max.toLocaleString('vi-VN')} ký tự`,
    loss: 'Số tiền bị thiệt hại (đồng)',
    transferDate: 'Ngày chuyển tiền cuối',
    transferTime: 'Giờ chuyển (nếu nhớ)',
    transferHint: 'Thời điểm tiền rời tài khoản của bạn lần cuối, theo giờ Việt Nam. Bỏ trống nếu không chuyển tiền.',
    indicatorsLegend: 'Dấu hiệu của đối tượng',
    indicatorsHint: 'Số điện thoại, số tài khoản, ví điện tử, trang web, trang mạng xã hội… mà đối tượng đã dùng. '
      + 'Mỗi dòng một dấu hiệu.',
    indicatorType: 'Loại dấu hiệu',
    indicatorValue: 'Giá trị',
    indicatorRow: (n) => `Dấu hiệu ${n}`,
    indicatorAdd: '+ Thêm dấu hiệu',
    indicatorRemove: 'Xóa',
    indicatorRemoveLabel: (n) => `Xóa dấu hiệu ${n}`,
    privacy: 'Chúng tôi không lưu địa chỉ IP hay thông tin thiết bị của người gửi. Cố ý tố giác sai sự thật có thể '
      + 'bị xử lý theo quy định của pháp luật.',
    submit: 'Gửi tố giác',
    sending: 'Đang gửi…',
    receiptTitle: 'Đã gửi tố giác',
    receiptIntro: 'Công an tỉnh đã tiếp nhận tố giác của bạn. Dùng mã theo dõi và mật mã dưới đây để xem kết quả '
      + 'giải quyết và trao đổi thêm với cơ quan công an.',
    trackingCode: 'Mã theo dõi',
    secret: 'Mật mã',
    writeDown: 'Hãy ghi lại cả hai ngay bây giờ.',
    secretOnce: 'Mật mã chỉ hiện một lần này. Chúng tôi không lưu mật mã nên không thể cấp lại; nếu mất, bạn phải '
      + 'gửi tố giác mới. Đừng đưa mật mã cho người khác: ai có nó đều xem được tin báo.',
    secretAlreadyShown: 'Tố giác này đã được gửi trước đó và mật mã đã hiện trong lần gửi ấy; không thể hiện lại. '
      + 'Nếu bạn chưa ghi lại mật mã, hãy gửi tố giác mới.',
    copy: 'Sao chép mã và mật mã',
    copyCodeOnly: 'Sao chép mã theo dõi',
    copied: 'Đã sao chép.',
    copyFailed: 'Không sao chép được; hãy chép tay.',
    copyText: (code, secret) => `Mã theo dõi: ${code}` + (secret ? `\nMật mã: ${secret}` : ''),
    receivedAt: 'Thời điểm tiếp nhận',
    dueDate: 'Hạn ra quyết định giải quyết',
    identity: 'Danh tính',
    isAnonymous: 'Ẩn danh',
    notAnonymous: 'Có để lại thông tin liên hệ',
    dueHint: 'Theo Bộ luật Tố tụng hình sự, tố giác về tội phạm được giải quyết trong 20 ngày kể từ khi tiếp nhận; '
      + 'thời hạn có thể được gia hạn theo luật.',
    goTrack: 'Theo dõi tin báo',
    newReport: 'Gửi tố giác khác',
    trackTitle: 'Theo dõi tin báo',
    trackIntro: 'Nhập mã theo dõi và mật mã bạn nhận được khi gửi tố giác.',
    showSecret: 'Hiện mật mã',
    trackSubmit: 'Xem tình trạng',
    looking: 'Đang tìm…',
    notFound: 'Không tìm thấy tin báo với mã theo dõi và mật mã này. Hãy kiểm tra lại; sau nhiều lần nhập sai, '
      + 'việc tra cứu tạm bị khóa trong ít phút.',
    tipTitle: 'Tin báo',
    close: 'Đóng',
    status: 'Tình trạng',
    outcome: 'Kết quả giải quyết',
    decidedOn: (label, date) => `${label} — quyết định ngày ${date}.`,
    ground: (label) => `Căn cứ: ${label}`,
    reasons: 'Lý do',
    rewards: 'Khen thưởng',
    rewardPaid: 'đã chi trả',
    rewardApproved: 'đã được duyệt, chưa chi trả',
    threadTitle: 'Trao đổi với cơ quan công an',
    threadEmpty: 'Chưa có trao đổi nào.',
    you: 'Bạn',
    police: 'Cơ quan công an',
    addInfo: 'Bổ sung thông tin',
    addInfoHint: 'Thông tin mới, câu trả lời cho câu hỏi của cán bộ, số điện thoại hay tài khoản khác của đối tượng… '
      + 'Cán bộ không biết bạn là ai.',
    send: 'Gửi',
    sent: 'Đã gửi.',
    checkTitle: 'Kiểm tra số điện thoại, tài khoản, trang web',
    checkIntro: 'Trước khi chuyển tiền hay cung cấp thông tin, hãy kiểm tra xem số điện thoại, tài khoản hay trang '
      + 'web đó đã được công an xác minh là lừa đảo chưa.',
    checkType: 'Loại',
    checkValue: 'Giá trị cần kiểm tra',
    checkSubmit: 'Kiểm tra',
    checking: 'Đang kiểm tra…',
    checked: 'Đã kiểm tra:',
    reportLink: 'Bạn đã bị lừa? Gửi tố giác',
    scam: {
      REPORTED: 'Đã được công an xác minh là lừa đảo',
      NOT_FOUND: 'Chưa có thông tin đã xác minh',
    },
    scamDetail: {
      REPORTED: () => 'Cơ quan công an đã xác minh số, tài khoản hoặc trang web này được dùng để lừa đảo.',
      NOT_FOUND: () => 'Cơ quan công an chưa công bố thông tin xác minh nào về giá trị này.',
    },
    scamAdvice: {
      REPORTED: 'Không chuyển tiền, không cung cấp mã OTP, mật khẩu hay thông tin tài khoản.',
      NOT_FOUND: 'Chưa có thông tin không có nghĩa là an toàn. Cơ quan công an không bao giờ yêu cầu chuyển tiền hay '
        + 'cung cấp mã OTP qua điện thoại.',
    },
    reviewTitle: 'Đây là số, tài khoản hoặc trang web của bạn và bị công bố nhầm?',
    reviewReason: 'Lý do đề nghị xem xét lại',
    reviewContact: 'Số điện thoại hoặc thư điện tử để công an liên hệ (không bắt buộc)',
    reviewSubmit: 'Gửi đề nghị xem xét',
    reviewSent: (id) => `Đã gửi đề nghị. Mã đề nghị: ${id}. Cơ quan công an sẽ xem xét lại.`,
    tipStatus: {
      RECEIVED: 'Đã tiếp nhận',
      VERIFYING: 'Đang xác minh',
      PROSECUTED: 'Đã khởi tố vụ án',
      NOT_PROSECUTED: 'Không khởi tố vụ án',
      SUSPENDED: 'Tạm đình chỉ giải quyết',
    },
    networkError: 'Không kết nối được với máy chủ. Vui lòng kiểm tra kết nối mạng và thử lại.',
    tooFast: 'Bạn thao tác quá nhanh. Vui lòng đợi vài giây rồi thử lại.',
    unavailable: 'Hệ thống đang bận. Vui lòng thử lại sau ít phút.',
    failed: 'Yêu cầu không thực hiện được.',
    requestId: (id) => `Mã yêu cầu: ${id}`,
    footer: 'Khi khẩn cấp, hãy gọi 113. Dữ liệu cá nhân được bảo vệ theo Nghị định 13/2023/NĐ-CP.',
    staffLink: 'Cổng dành cho cán bộ',
    local: {
      narrativeRequired: 'Hãy kể lại sự việc.',
      contactRequired: 'Hãy nhập ít nhất một thông tin liên hệ, hoặc chọn gửi ẩn danh.',
      lossFormat: 'Chỉ nhập chữ số, ví dụ 45.000.000.',
      lossTooBig: 'Số tiền quá lớn; hãy kiểm tra lại.',
      dateFormat: 'Ngày có dạng dd/mm/yyyy, ví dụ 05/03/2025.',
      dateInvalid: 'Không có ngày này.',
      dateMissing: 'Hãy nhập cả ngày.',
      timeFormat: 'Giờ có dạng hh:mm, ví dụ 14:30.',
      inFuture: 'Thời điểm không được ở tương lai.',
      codeFormat: 'Mã theo dõi có dạng LC-XXXX-XXXX, ví dụ LC-7K3M-9QXD.',
      codeRequired: 'Hãy nhập mã theo dõi.',
      secretRequired: 'Hãy nhập mật mã.',
      secretFormat: 'Mật mã chỉ gồm chữ cái không dấu, chữ số và dấu gạch ngang.',
      messageRequired: 'Hãy nhập nội dung.',
      valueRequired: 'Hãy nhập giá trị cần kiểm tra.',
    },
  },
  en: {
    docTitle: {
      report: 'Report high-tech crime — Lá Chắn',
      track: 'Follow your tip — Lá Chắn',
      check: 'Scam check — Lá Chắn',
    },
    skip: 'Skip to the main content',
    tagline: 'Reporting high-tech crime: the citizens\' portal',
    langSwitch: 'Tiếng Việt',
    langSwitchLabel: 'Tiếng Việt — switch to Vietnamese',
    tabsLabel: 'Services for citizens',
    tabReport: 'Report a crime',
    tabTrack: 'Follow your tip',
    tabCheck: 'Scam check',
    reportTitle: 'Report high-tech crime',
    reportIntro: 'Were you scammed, did someone take over your account, or do you know of a crime committed online? '
      + 'Tell the provincial police. You need no account and may report anonymously.',
    urgent: 'If you have just sent money to a scammer, call your bank at once and ask them to stop the transfer; '
      + 'in an emergency, call 113.',
    errorSummary: 'Please correct the following:',
    whoLegend: 'Who is reporting',
    anonymous: 'Report anonymously',
    anonymousHint: 'Nobody, the police included, learns who you are. You follow the tip with a tracking code and a secret.',
    withContact: 'Leave contact details',
    withContactHint: 'An investigator may contact you to clarify facts. Only authorised officers can see them.',
    name: 'Full name',
    phone: 'Phone number',
    email: 'E-mail',
    whatLegend: 'What happened',
    modus: 'Kind of scam or crime',
    modusNone: '— Choose one (if you know) —',
    narrative: 'What happened',
    required: '(required)',
    narrativeHint: 'Tell what happened: who contacted you, how, what they said, what you did. '
      + 'Never write down passwords or OTP codes.',
    counter: (n, max) => `${n.toLocaleString('en-GB')} / ${max.toLocaleString('en-GB')} characters`,
    loss: 'Money lost (đồng)',
    transferDate: 'Date of the last transfer',
    transferTime: 'Time (if you know)',
    transferHint: 'When money last left your account, Vietnam time. Leave empty if no money was sent.',
    indicatorsLegend: 'Traces of the offenders',
    indicatorsHint: 'Phone numbers, bank accounts, e-wallets, websites, social-network profiles… the offenders used. '
      + 'One per line.',
    indicatorType: 'Kind',
    indicatorValue: 'Value',
    indicatorRow: (n) => `Trace ${n}`,
    indicatorAdd: '+ Add a trace',
    indicatorRemove: 'Remove',
    indicatorRemoveLabel: (n) => `Remove trace ${n}`,
    privacy: 'We do not store the sender\'s IP address or any device information. Knowingly false reports may be '
      + 'punished by law.',
    submit: 'Send report',
    sending: 'Sending…',
    receiptTitle: 'Report sent',
    receiptIntro: 'The provincial police have received your report. Use the tracking code and secret below to see how '
      + 'it is handled and to exchange messages with the police.',
    trackingCode: 'Tracking code',
    secret: 'Secret',
    writeDown: 'Write both down now.',
    secretOnce: 'The secret is shown only this once. We do not store it, so it cannot be given again; if you lose it, '
      + 'you must send a new report. Do not give it to anyone: whoever has it can read the tip.',
    secretAlreadyShown: 'This report was already sent, and its secret was shown then; it cannot be shown again. '
      + 'If you did not write the secret down, please send a new report.',
    copy: 'Copy code and secret',
    copyCodeOnly: 'Copy the tracking code',
    copied: 'Copied.',
    copyFailed: 'Copying did not work; please write it down.',
    copyText: (code, secret) => `Tracking code: ${code}` + (secret ? `\nSecret: ${secret}` : ''),
    receivedAt: 'Received',
    dueDate: 'Decision due by',
    identity: 'Identity',
    isAnonymous: 'Anonymous',
    notAnonymous: 'Contact details given',
    dueHint: 'Under the Criminal Procedure Code a report of a crime is decided within 20 days of receipt; the law '
      + 'allows this period to be extended.',
    goTrack: 'Follow your tip',
    newReport: 'Send another report',
    trackTitle: 'Follow your tip',
    trackIntro: 'Enter the tracking code and the secret you were given when you sent your report.',
    showSecret: 'Show secret',
    trackSubmit: 'Show status',
    looking: 'Looking…',
    notFound: 'No tip was found for this tracking code and secret. Please check them; after several wrong attempts, '
      + 'looking up is locked for a few minutes.',
    tipTitle: 'Tip',
    close: 'Close',
    status: 'Status',
    outcome: 'Decision',
    decidedOn: (label, date) => `${label} — decided on ${date}.`,
    ground: (label) => `Ground: ${label}`,
    reasons: 'Reasons',
    rewards: 'Rewards',
    rewardPaid: 'paid',
    rewardApproved: 'approved, not yet paid',
    threadTitle: 'Messages with the police',
    threadEmpty: 'No messages yet.',
    you: 'You',
    police: 'Police',
    addInfo: 'Add information',
    addInfoHint: 'New facts, answers to the officer\'s questions, other phone numbers or accounts of the offenders… '
      + 'The officer does not know who you are.',
    send: 'Send',
    sent: 'Sent.',
    checkTitle: 'Check a phone number, account or website',
    checkIntro: 'Before you send money or give out information, check whether that phone number, account or website '
      + 'has been verified by the police as used by scammers.',
    checkType: 'Kind',
    checkValue: 'Value to check',
    checkSubmit: 'Check',
    checking: 'Checking…',
    checked: 'Checked:',
    reportLink: 'Were you scammed? Report it',
    scam: {
      REPORTED: 'Verified by the police as used by scammers',
      NOT_FOUND: 'No verified information',
    },
    scamDetail: {
      REPORTED: () => 'The police verified that this number, account or website is used for scams.',
      NOT_FOUND: () => 'The police have published no verified information about it.',
    },
    scamAdvice: {
      REPORTED: 'Do not send money, and never give out OTP codes, passwords or account details.',
      NOT_FOUND: 'No information does not mean it is safe. The police never ask you to send money or give an OTP code '
        + 'over the phone.',
    },
    reviewTitle: 'Is this your number, account or website, published by mistake?',
    reviewReason: 'Why it should be reviewed',
    reviewContact: 'Phone or e-mail where the police can reach you (optional)',
    reviewSubmit: 'Ask for a review',
    reviewSent: (id) => `Request sent. Its reference: ${id}. The police will review the value.`,
    tipStatus: {
      RECEIVED: 'Received',
      VERIFYING: 'Being verified',
      PROSECUTED: 'Criminal case opened',
      NOT_PROSECUTED: 'No criminal case opened',
      SUSPENDED: 'Handling suspended',
    },
    networkError: 'The server cannot be reached. Please check your connection and try again.',
    tooFast: 'Too many requests. Please wait a few seconds and try again.',
    unavailable: 'The system is busy. Please try again in a few minutes.',
    failed: 'The request did not succeed.',
    requestId: (id) => `Request id: ${id}`,
    footer: 'In an emergency, call 113. Personal data is protected under Decree 13/2023/ND-CP.',
    staffLink: 'Portal for officers',
    local: {
      narrativeRequired: 'Please tell what happened.',
      contactRequired: 'Enter at least one contact detail, or choose to report anonymously.',
      lossFormat: 'Digits only, e.g. 45,000,000.',
      lossTooBig: 'The amount is too large; please check it.',
      dateFormat: 'A date looks like dd/mm/yyyy, e.g. 05/03/2025.',
      dateInvalid: 'There is no such date.',
      dateMissing: 'Enter the date too.',
      timeFormat: 'A time looks like hh:mm, e.g. 14:30.',
      inFuture: 'The time cannot be in the future.',
      codeFormat: 'A tracking code looks like LC-XXXX-XXXX, e.g. LC-7K3M-9QXD.',
      codeRequired: 'Enter the tracking code.',
      secretRequired: 'Enter the secret.',
      secretFormat: 'The secret has only letters without accents, digits and dashes.',
      messageRequired: 'Please write a message.',
      valueRequired: 'Enter the value to check.',
    },
  },
};

const LANGUAGE_KEY = 'lachan.lang'; // shared with the officers' portal
const PAGES = ['report', 'track', 'check'];
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000; // Asia/Ho_Chi_Minh: UTC+7 all year, no daylight saving
const CLOCK_SKEW_MS = 5 * 60 * 1000;

let language = storedLanguage();
let page = 'report';

// What the page shows, kept to draw it again in the other language.
const state = {
  message: null, // { key } or { problem }
  reportErrors: [], // [{ target, vi, en }]
  reportKey: null, // { key, body }: the Idempotency-Key of a filing, kept for a retry of the same filing
  sentRows: [], // indicator row numbers in the order they were sent
  receipt: null, // SubmitPublicTipResponse
  copied: null,
  trackErrors: [],
  trackNotFound: false,
  track: null, // { code, secret, view }
  messageKey: null, // { key, body }, as reportKey
  messageErrors: [],
  messageSent: false,
  checkErrors: [],
  check: null, // CheckIndicatorResponse
  busy: null,
};
let rowCounter = 0;

function storedLanguage() {
  try {
    return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

function t(key) {
  return TEXTS[language][key];
}

function byId(id) {
  return document.getElementById(id);
}

function element(tag, attributes = {}, text) {
  const el = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (name === 'className') {
      el.className = value;
    } else {
      el.setAttribute(name, value);
    }
  });
  if (text !== undefined) {
    el.textContent = text;
  }
  return el;
}

// ---------- formats: dd/MM/yyyy, Vietnam time, đồng ----------

function pad(n) {
  return String(n).padStart(2, '0');
}

/** A legal day "2025-03-05" as "05/03/2025". */
function day(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/** A timestamp as "05/03/2025 14:30", Vietnam time. */
function moment(timestamp) {
  const at = new Date(timestamp);
  if (!timestamp || Number.isNaN(at.getTime())) {
    return '';
  }
  const v = new Date(at.getTime() + VIETNAM_OFFSET_MS);
  return `${pad(v.getUTCDate())}/${pad(v.getUTCMonth() + 1)}/${v.getUTCFullYear()} `
    + `${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}`;
}

function groupDigits(digits) {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'vi' ? '.' : ',');
}

function money(dong) {
  const digits = String(dong || '0').replace(/^0+(?=\d)/, '');
  return groupDigits(digits) + ' đồng';
}

function newKey() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return 'web-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The Idempotency-Key for sending {@code body}: the one of the previous attempt when it was the same request (whose
 * answer may have been lost on the way, so that the retry gets the first result), a new one otherwise.
 */
function keyFor(previous, body) {
  const written = JSON.stringify(body);
  return previous && previous.body === written ? previous : { key: newKey(), body: written };
}

// ---------- the API ----------

/**
 * Calls a public endpoint. No cookies go with it: the citizens' pages use no session, so a citizen's request is
 * never tied to one. Answers { ok, status, data } with status 0 when the server could not be reached.
 */
async function call(path, options = {}) {
  const headers = new Headers(options.headers || {});
  headers.set('Accept', 'application/json');
  headers.set('Accept-Language', language);
  const init = { method: options.method || 'GET', headers, credentials: 'omit', cache: 'no-store' };
  if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    init.body = JSON.stringify(options.body);
  }
  let answer;
  try {
    answer = await fetch(path, init);
  } catch {
    return { ok: false, status: 0, data: null };
  }
  let data = null;
  if ((answer.headers.get('Content-Type') || '').includes('json')) {
    try {
      data = await answer.json();
    } catch {
      data = null;
    }
  }
  return { ok: answer.ok, status: answer.status, data };
}

/** The general message for an answer that is neither success nor a field error. */
function showFailure(answer) {
  if (answer.status === 0) {
    showMessage({ key: 'networkError' });
  } else if (answer.status === 429) {
    showMessage({ key: 'tooFast' });
  } else if ([502, 503, 504].includes(answer.status)) {
    showMessage({ key: 'unavailable' });
  } else {
    showMessage({ problem: answer.data || {} });
  }
}

function showMessage(message) {
  state.message = message;
  renderMessage();
  if (message) {
    byId('message').scrollIntoView({ block: 'nearest' });
  }
}

function renderMessage() {
  const box = byId('message');
  const message = state.message;
  box.hidden = !message;
  if (!message) {
    box.textContent = '';
    return;
  }
  if (message.key) {
    box.textContent = t(message.key);
    return;
  }
  const problem = message.problem;
  const detail = (language === 'vi' ? problem.detailVi : problem.detailEn) || problem.detail || t('failed');
  box.textContent = detail + (problem.requestId ? ' ' + t('requestId')(problem.requestId) : '');
}

function fieldErrors(answer) {
  return answer.status === 400 && answer.data && Array.isArray(answer.data.errors) ? answer.data.errors : null;
}

function localError(key) {
  return { vi: TEXTS.vi.local[key], en: TEXTS.en.local[key] };
}

function errorText(error) {
  return (language === 'vi' ? error.vi : error.en) || error.message || '';
}

// ---------- field errors next to fields ----------

/** Shows each error under its field (target: an element id), and clears the others listed in {@code ids}. */
function markFields(ids, errors) {
  ids.forEach((id) => {
    const input = byId(id);
    const box = byId(id + '-error');
    const mine = errors.filter((e) => e.target === id);
    if (box) {
      box.textContent = mine.map(errorText).join(' ');
      box.hidden = mine.length === 0;
    }
    if (input) {
      if (mine.length) {
        input.setAttribute('aria-invalid', 'true');
      } else {
        input.removeAttribute('aria-invalid');
      }
      const described = (input.getAttribute('aria-describedby') || '').split(' ')
        .filter((d) => d && d !== id + '-error');
      if (mine.length) {
        described.push(id + '-error');
      }
      if (described.length) {
        input.setAttribute('aria-describedby', described.join(' '));
      } else {
        input.removeAttribute('aria-describedby');
      }
    }
  });
}

function focusField(id) {
  const target = byId(id);
  if (target) {
    target.focus();
    target.scrollIntoView({ block: 'center' });
  }
}

// ---------- report ----------

const REPORT_FIELDS = {
  narrative: 'narrative',
  modus_operandi: 'modus',
  modusOperandi: 'modus',
  loss: 'loss',
  'loss.dong': 'loss',
  last_transfer_at: 'transfer-date',
  lastTransferAt: 'transfer-date',
  'reporter.name': 'reporter-name',
  'reporter.phone': 'reporter-phone',
  'reporter.email': 'reporter-email',
  reporter: 'reporter-name',
  indicators: 'indicators',
};

function reportFieldIds() {
  const ids = ['reporter-name', 'reporter-phone', 'reporter-email', 'modus', 'narrative', 'loss', 'transfer-date',
    'transfer-time', 'indicators'];
  document.querySelectorAll('#indicator-rows .indicator').forEach((row) => {
    ids.push('indicator-value-' + row.dataset.row);
  });
  return ids;
}

/** Which field of the form a server-side error names. */
function reportTarget(field) {
  const name = String(field || '').replace(/^tip\./, '');
  const indicator = /^indicators\[(\d+)\](\.(type|value))?$/.exec(name);
  if (indicator) {
    const row = state.sentRows[Number(indicator[1])];
    return row !== undefined && byId('indicator-value-' + row) ? 'indicator-value-' + row : 'indicators';
  }
  return REPORT_FIELDS[name] || null;
}

function labelOf(target) {
  if (target.startsWith('indicator-value-')) {
    const rows = Array.from(document.querySelectorAll('#indicator-rows .indicator'));
    const index = rows.findIndex((r) => 'indicator-value-' + r.dataset.row === target);
    return t('indicatorRow')(index + 1);
  }
  if (target === 'indicators') {
    return t('indicatorsLegend');
  }
  const label = document.querySelector(`label[for="${target}"]`);
  return label ? label.textContent.replace(/\s*\(.*\)\s*$/, '').trim() : '';
}

function renderReportErrors() {
  const errors = state.reportErrors;
  markFields(reportFieldIds(), errors);
  const summary = byId('report-errors');
  const list = byId('report-errors-list');
  list.replaceChildren();
  errors.forEach((error) => {
    const item = element('li');
    if (error.target) {
      const link = element('a', { href: '#' + error.target }, `${labelOf(error.target)}: ${errorText(error)}`);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        focusField(error.target);
      });
      item.append(link);
    } else {
      item.textContent = (error.field ? error.field + ': ' : '') + errorText(error);
    }
    list.append(item);
  });
  summary.hidden = errors.length === 0;
}

function fillModus() {
  const select = byId('modus');
  const chosen = select.value;
  select.replaceChildren(element('option', { value: '' }, t('modusNone')));
  MODUS.forEach(([code, vi, en]) => select.append(element('option', { value: code }, language === 'vi' ? vi : en)));
  select.value = chosen;
}

function fillTypes(select) {
  const chosen = select.value || 'PHONE';
  select.replaceChildren();
  INDICATOR_TYPES.forEach(([code, vi, en]) => select.append(element('option', { value: code }, language === 'vi' ? vi : en)));
  select.value = chosen;
}

function placeholderOf(type) {
  const found = INDICATOR_TYPES.find(([code]) => code === type);
  return found ? found[3] : '';
}

function addIndicatorRow() {
  const n = rowCounter++;
  const row = element('div', { className: 'indicator', 'data-row': String(n) });
  const typeField = element('div', { className: 'field' });
  const typeLabel = element('label', { for: 'indicator-type-' + n, className: 'visually-hidden' });
  const type = element('select', { id: 'indicator-type-' + n });
  typeField.append(typeLabel, type);
  const valueField = element('div', { className: 'field' });
  const valueLabel = element('label', { for: 'indicator-value-' + n, className: 'visually-hidden' });
  const value = element('input', { id: 'indicator-value-' + n, autocomplete: 'off', spellcheck: 'false' });
  const error = element('p', { id: 'indicator-value-' + n + '-error', className: 'field-error', hidden: '' });
  valueField.append(valueLabel, value, error);
  const remove = element('button', { type: 'button', className: 'button link', id: 'indicator-remove-' + n });
  row.append(typeField, valueField, remove);
  type.addEventListener('change', () => {
    value.placeholder = placeholderOf(type.value);
  });
  remove.addEventListener('click', () => {
    row.remove();
    state.reportErrors = state.reportErrors.filter((e) => e.target !== 'indicator-value-' + n);
    if (!document.querySelector('#indicator-rows .indicator')) {
      addIndicatorRow();
    }
    renderIndicatorRows();
    renderReportErrors();
    byId('indicator-add').focus();
  });
  byId('indicator-rows').append(row);
  renderIndicatorRows();
  return value;
}

function renderIndicatorRows() {
  document.querySelectorAll('#indicator-rows .indicator').forEach((row, index) => {
    const n = row.dataset.row;
    const type = byId('indicator-type-' + n);
    fillTypes(type);
    const value = byId('indicator-value-' + n);
    value.placeholder = placeholderOf(type.value);
    row.querySelector(`label[for="indicator-type-${n}"]`).textContent = `${t('indicatorRow')(index + 1)}: ${t('indicatorType')}`;
    row.querySelector(`label[for="indicator-value-${n}"]`).textContent = `${t('indicatorRow')(index + 1)}: ${t('indicatorValue')}`;
    const remove = byId('indicator-remove-' + n);
    remove.textContent = t('indicatorRemove');
    remove.setAttribute('aria-label', t('indicatorRemoveLabel')(index + 1));
  });
}

function lossDigits() {
  const written = byId('loss').value.trim().replace(/\s*(đồng|đ|vnđ|vnd)\s*$/i, '');
  if (!written) {
    return { digits: '' };
  }
  if (!/^[0-9][0-9 .,]*$/.test(written)) {
    return { error: 'lossFormat' };
  }
  const digits = written.replace(/[ .,]/g, '').replace(/^0+(?=\d)/, '');
  return digits.length > 18 ? { error: 'lossTooBig' } : { digits };
}

function renderLossWords() {
  const loss = lossDigits();
  byId('loss-words').textContent = loss.digits && loss.digits !== '0' ? '= ' + money(loss.digits) : '';
}

/** The last transfer as an instant, from dd/mm/yyyy and hh:mm in Vietnam time; { error, target } when wrong. */
function lastTransfer() {
  const date = byId('transfer-date').value.trim();
  const time = byId('transfer-time').value.trim();
  if (!date) {
    return time ? { error: 'dateMissing', target: 'transfer-date' } : {};
  }
  const d = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(date);
  if (!d) {
    return { error: 'dateFormat', target: 'transfer-date' };
  }
  let hours = 0;
  let minutes = 0;
  if (time) {
    const m = /^(\d{1,2})[:hH.](\d{2})$/.exec(time);
    if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) {
      return { error: 'timeFormat', target: 'transfer-time' };
    }
    hours = Number(m[1]);
    minutes = Number(m[2]);
  }
  const [dd, mm, yyyy] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const local = new Date(Date.UTC(yyyy, mm - 1, dd, hours, minutes));
  if (local.getUTCDate() !== dd || local.getUTCMonth() !== mm - 1 || local.getUTCFullYear() !== yyyy) {
    return { error: 'dateInvalid', target: 'transfer-date' };
  }
  const at = new Date(local.getTime() - VIETNAM_OFFSET_MS);
  if (at.getTime() > Date.now() + CLOCK_SKEW_MS) {
    return { error: 'inFuture', target: time ? 'transfer-time' : 'transfer-date' };
  }
  return { at: at.toISOString() };
}

/** The request from the form, or the errors a citizen can fix before anything is sent. */
function readReport() {
  const errors = [];
  const request = {};
  if (byId('identity-contact').checked) {
    const reporter = {};
    [['name', 'reporter-name'], ['phone', 'reporter-phone'], ['email', 'reporter-email']].forEach(([field, id]) => {
      const value = byId(id).value.trim();
      if (value) {
        reporter[field] = value;
      }
    });
    if (Object.keys(reporter).length === 0) {
      errors.push({ target: 'reporter-name', ...localError('contactRequired') });
    }
    request.reporter = reporter;
  }
  if (byId('modus').value) {
    request.modusOperandi = byId('modus').value;
  }
  const narrative = byId('narrative').value.trim();
  if (!narrative) {
    errors.push({ target: 'narrative', ...localError('narrativeRequired') });
  }
  request.narrative = narrative;
  const loss = lossDigits();
  if (loss.error) {
    errors.push({ target: 'loss', ...localError(loss.error) });
  } else if (loss.digits && loss.digits !== '0') {
    request.loss = { dong: loss.digits };
  }
  const transfer = lastTransfer();
  if (transfer.error) {
    errors.push({ target: transfer.target, ...localError(transfer.error) });
  } else if (transfer.at) {
    request.lastTransferAt = transfer.at;
  }
  const indicators = [];
  const sentRows = [];
  document.querySelectorAll('#indicator-rows .indicator').forEach((row) => {
    const n = row.dataset.row;
    const value = byId('indicator-value-' + n).value.trim();
    if (value) {
      indicators.push({ type: byId('indicator-type-' + n).value, value });
      sentRows.push(n);
    }
  });
  if (indicators.length) {
    request.indicators = indicators;
  }
  return { request, errors, sentRows };
}

function setBusy(button, busyKey, idleKey) {
  const el = byId(button);
  el.disabled = !!busyKey;
  el.dataset.i18n = busyKey || idleKey;
  el.textContent = t(el.dataset.i18n);
}

async function submitReport(event) {
  event.preventDefault();
  if (state.busy) {
    return;
  }
  showMessage(null);
  const { request, errors, sentRows } = readReport();
  state.sentRows = sentRows;
  state.reportErrors = errors;
  renderReportErrors();
  if (errors.length) {
    byId('report-errors').focus();
    return;
  }
  state.reportKey = keyFor(state.reportKey, request);
  state.busy = 'report';
  setBusy('report-submit', 'sending', 'submit');
  const answer = await call('/api/v1/public/tips', {
    method: 'POST', body: request, headers: { 'Idempotency-Key': state.reportKey.key },
  });
  state.busy = null;
  setBusy('report-submit', null, 'submit');
  const invalid = fieldErrors(answer);
  if (answer.ok && answer.data) {
    state.reportKey = null;
    state.receipt = answer.data;
    state.copied = null;
    resetReportForm();
    renderReport();
    byId('receipt-title').focus();
    window.scrollTo(0, 0);
  } else if (invalid) {
    state.reportKey = null; // nothing was stored: the corrected filing is a new request
    state.reportErrors = invalid.map((e) => ({ ...e, target: reportTarget(e.field) }));
    renderReportErrors();
    byId('report-errors').focus();
  } else {
    if (answer.status !== 0 && answer.status < 500 && answer.status !== 429) {
      state.reportKey = null;
    } // otherwise the filing may have arrived: a retry with the same key gets its tracking code, not a second tip
    showFailure(answer);
  }
}

function resetReportForm() {
  byId('report-form').reset();
  byId('indicator-rows').replaceChildren();
  rowCounter = 0;
  addIndicatorRow();
  state.reportErrors = [];
  state.sentRows = [];
  renderReportErrors();
  renderContact();
  renderLossWords();
  renderCounter();
}

function renderContact() {
  byId('contact-fields').hidden = !byId('identity-contact').checked;
}

function renderCounter() {
  byId('narrative-count').textContent = t('counter')(byId('narrative').value.length, 10000);
}

function renderReceipt() {
  const receipt = state.receipt;
  byId('receipt').hidden = !receipt;
  byId('report-form').hidden = !!receipt;
  byId('report-start').hidden = !!receipt;
  if (!receipt) {
    return;
  }
  const again = !!receipt.secretAlreadyShown || !receipt.secret;
  byId('receipt-code').textContent = receipt.trackingCode || '';
  byId('receipt-secret').textContent = receipt.secret || '';
  byId('receipt-secret-box').hidden = again;
  byId('receipt-warning').hidden = again;
  byId('receipt-again').hidden = !again;
  byId('receipt-again').textContent = t('secretAlreadyShown');
  byId('receipt-copy').textContent = again ? t('copyCodeOnly') : t('copy');
  byId('receipt-copied').textContent = state.copied ? t(state.copied) : '';
  byId('receipt-received').textContent = moment(receipt.receivedAt);
  byId('receipt-due').textContent = day(receipt.decisionDue);
  byId('receipt-anonymous').textContent = receipt.anonymous ? t('isAnonymous') : t('notAnonymous');
}

function renderReport() {
  fillModus();
  renderIndicatorRows();
  renderReportErrors();
  renderContact();
  renderLossWords();
  renderCounter();
  renderReceipt();
}

async function copyReceipt() {
  const receipt = state.receipt;
  const text = t('copyText')(receipt.trackingCode, receipt.secretAlreadyShown ? '' : receipt.secret);
  let done;
  try {
    await navigator.clipboard.writeText(text);
    done = true;
  } catch {
    // no clipboard API outside a secure context: the old way, through a hidden text area
    const area = element('textarea', { readonly: '', className: 'visually-hidden' });
    area.value = text;
    document.body.append(area);
    area.select();
    try {
      done = document.execCommand('copy');
    } catch {
      done = false;
    }
    area.remove();
  }
  state.copied = done ? 'copied' : 'copyFailed';
  renderReceipt();
}

// ---------- track ----------

/** The tracking code as the service writes it (LC-XXXX-XXXX), or null when it cannot be one. */
function trackingCode(written) {
  const compact = written.replace(/[\s-]/g, '').toUpperCase();
  return /^LC[23456789ABCDEFGHJKMNPQRSTVWXYZ]{8}$/.test(compact)
    ? `LC-${compact.substring(2, 6)}-${compact.substring(6)}` : null;
}

function renderTrackErrors() {
  markFields(['track-code', 'track-secret'], state.trackErrors);
  const neutral = byId('track-error');
  neutral.hidden = !state.trackNotFound;
  neutral.textContent = state.trackNotFound ? t('notFound') : '';
}

async function submitTrack(event) {
  event.preventDefault();
  if (state.busy) {
    return;
  }
  showMessage(null);
  const written = byId('track-code').value.trim();
  const secret = byId('track-secret').value.replace(/\s/g, '');
  const code = trackingCode(written);
  const errors = [];
  if (!written) {
    errors.push({ target: 'track-code', ...localError('codeRequired') });
  } else if (!code) {
    errors.push({ target: 'track-code', ...localError('codeFormat') });
  }
  if (!secret) {
    errors.push({ target: 'track-secret', ...localError('secretRequired') });
  } else if (!/^[A-Za-z0-9-]{1,80}$/.test(secret)) {
    errors.push({ target: 'track-secret', ...localError('secretFormat') });
  }
  state.trackErrors = errors;
  state.trackNotFound = false;
  renderTrackErrors();
  if (errors.length) {
    focusField(errors[0].target);
    return;
  }
  state.busy = 'track';
  setBusy('track-submit', 'looking', 'trackSubmit');
  // the code goes in the body and the secret in a header, never in the URL that proxies log
  const answer = await call('/api/v1/public/tips:follow', {
    method: 'POST', body: { trackingCode: code }, headers: { 'X-Tip-Secret': secret } });
  state.busy = null;
  setBusy('track-submit', null, 'trackSubmit');
  if (answer.ok && answer.data) {
    state.track = { code, secret, view: answer.data };
    state.messageKey = null;
    state.messageErrors = [];
    state.messageSent = false;
    byId('track-secret').value = '';
    renderTrack();
    byId('tip-title').focus();
  } else if (answer.status === 404 || answer.status === 400) {
    state.trackNotFound = true; // one answer for an unknown code and a wrong secret, as the service gives
    renderTrackErrors();
    byId('track-error').scrollIntoView({ block: 'nearest' });
  } else {
    showFailure(answer);
  }
}

function closeTip() {
  state.track = null; // the secret goes with it
  state.messageKey = null;
  byId('message-text').value = '';
  renderTrack();
  byId('track-code').focus();
}

function outcomeText(outcome) {
  const label = t('tipStatus')[outcome.status] || outcome.status;
  return outcome.decidedOn ? t('decidedOn')(label, day(outcome.decidedOn)) : label;
}

function renderThread(messages) {
  const thread = byId('thread');
  thread.replaceChildren();
  messages.forEach((m) => {
    const officer = m.author === 'OFFICER';
    const item = element('li', { className: 'note ' + (officer ? 'from-police' : 'from-you') });
    const head = element('p', { className: 'note-head' });
    head.append(element('strong', {}, officer ? t('police') : t('you')), document.createTextNode(' · '),
      element('time', { datetime: m.at || '' }, moment(m.at)));
    item.append(head, element('p', { className: 'note-text' }, m.text || ''));
    thread.append(item);
  });
  byId('thread-empty').hidden = messages.length > 0;
}

function renderTrack() {
  const tracked = state.track;
  byId('track-form').hidden = !!tracked;
  byId('tip-view').hidden = !tracked;
  renderTrackErrors();
  byId('track-show').checked = byId('track-secret').type === 'text';
  if (!tracked) {
    return;
  }
  const view = tracked.view;
  byId('tip-code').textContent = view.trackingCode || tracked.code;
  const status = byId('tip-status');
  status.textContent = t('tipStatus')[view.status] || view.status || '';
  status.className = 'badge status-' + String(view.status || '').toLowerCase();
  byId('tip-received').textContent = moment(view.receivedAt);
  byId('tip-due').textContent = day(view.decisionDue);

  const outcome = view.outcome && view.outcome.status && view.outcome.status !== 'TIP_STATUS_UNSPECIFIED'
    ? view.outcome : null;
  byId('tip-outcome').hidden = !outcome;
  if (outcome) {
    byId('tip-outcome-text').textContent = outcomeText(outcome);
    const ground = language === 'vi' ? outcome.groundLabelVi : outcome.groundLabelEn;
    byId('tip-outcome-ground').hidden = !ground;
    byId('tip-outcome-ground').textContent = ground ? t('ground')(ground) : '';
    byId('tip-outcome-reasons').hidden = !outcome.reasons;
    byId('tip-outcome-reasons').textContent = outcome.reasons ? `${t('reasons')}: ${outcome.reasons}` : '';
  }

  const rewards = view.rewards || [];
  byId('tip-rewards').hidden = rewards.length === 0;
  const list = byId('tip-rewards-list');
  list.replaceChildren();
  rewards.forEach((r) => list.append(element('li', {},
    `${money(r.amount ? r.amount.dong : '0')} — ${r.paid ? t('rewardPaid') : t('rewardApproved')}`)));

  renderThread(view.messages || []);
  markFields(['message-text'], state.messageErrors);
  byId('message-sent').textContent = state.messageSent ? t('sent') : '';
}

async function sendMessage(event) {
  event.preventDefault();
  if (state.busy || !state.track) {
    return;
  }
  showMessage(null);
  state.messageSent = false;
  const text = byId('message-text').value.trim();
  state.messageErrors = text ? [] : [{ target: 'message-text', ...localError('messageRequired') }];
  renderTrack();
  if (!text) {
    byId('message-text').focus();
    return;
  }
  state.messageKey = keyFor(state.messageKey, { code: state.track.code, text });
  state.busy = 'message';
  setBusy('message-send', 'sending', 'send');
  const answer = await call('/api/v1/public/tips:add-message', {
    method: 'POST',
    body: { trackingCode: state.track.code, text },
    headers: { 'X-Tip-Secret': state.track.secret, 'Idempotency-Key': state.messageKey.key },
  });
  state.busy = null;
  setBusy('message-send', null, 'send');
  const invalid = fieldErrors(answer);
  if (answer.ok && answer.data) {
    state.track.view = answer.data;
    state.messageKey = null;
    state.messageSent = true;
    byId('message-text').value = '';
    renderTrack();
  } else if (invalid) {
    state.messageKey = null;
    state.messageErrors = invalid.map((e) => ({ ...e, target: 'message-text' }));
    renderTrack();
    byId('message-text').focus();
  } else if (answer.status === 404) {
    // locked meanwhile: back to the form, with the same neutral answer
    closeTip();
    state.trackNotFound = true;
    renderTrackErrors();
  } else {
    if (answer.status !== 0 && answer.status < 500 && answer.status !== 429) {
      state.messageKey = null;
    }
    showFailure(answer);
  }
}

// ---------- scam check ----------

function fillCheckTypes() {
  const select = byId('check-type');
  fillTypes(select);
  byId('check-value').placeholder = placeholderOf(select.value);
}

function renderCheck() {
  fillCheckTypes();
  markFields(['check-value'], state.checkErrors);
  const result = state.check;
  byId('check-result').hidden = !result;
  if (!result) {
    return;
  }
  const status = result.status in TEXTS.vi.scam ? result.status : 'NOT_FOUND';
  byId('check-result').className = 'card result scam-' + status.toLowerCase();
  byId('check-normalized').textContent = result.normalized || '';
  byId('check-status').textContent = t('scam')[status];
  byId('check-detail').textContent = t('scamDetail')[status]();
  byId('check-advice').textContent = t('scamAdvice')[status];
  byId('review-form').hidden = status !== 'REPORTED' || Boolean(state.reviewSent);
  byId('review-sent').hidden = !state.reviewSent;
  byId('review-sent').textContent = state.reviewSent ? t('reviewSent')(state.reviewSent) : '';
  markFields(['review-reason', 'review-contact'], state.reviewErrors || []);
}

/** A citizen asks the police to review a value published as a scam (their own number, a shop's account…). */
async function submitReview(event) {
  event.preventDefault();
  if (state.busy || !state.check) {
    return;
  }
  showMessage(null);
  const reason = byId('review-reason').value.trim();
  state.reviewErrors = reason ? [] : [{ target: 'review-reason', ...localError('valueRequired') }];
  if (!reason) {
    renderCheck();
    byId('review-reason').focus();
    return;
  }
  state.busy = 'review';
  setBusy('review-submit', 'checking', 'reviewSubmit');
  const body = { type: state.checkType, value: state.check.normalized, reason,
    contact: byId('review-contact').value.trim() };
  const answer = await call('/api/v1/public/scam-check/reviews', {
    method: 'POST', headers: { 'Idempotency-Key': state.reviewKey }, body });
  state.busy = null;
  setBusy('review-submit', null, 'reviewSubmit');
  const invalid = fieldErrors(answer);
  if (answer.ok && answer.data) {
    state.reviewSent = answer.data.reviewId;
    renderCheck();
  } else if (invalid) {
    state.reviewErrors = invalid.map((e) => ({ ...e, target: e.field === 'contact' ? 'review-contact' : 'review-reason' }));
    renderCheck();
  } else {
    showFailure(answer);
  }
}

async function submitCheck(event) {
  event.preventDefault();
  if (state.busy) {
    return;
  }
  showMessage(null);
  const type = byId('check-type').value;
  const value = byId('check-value').value.trim();
  state.checkErrors = value ? [] : [{ target: 'check-value', ...localError('valueRequired') }];
  state.check = null;
  renderCheck();
  if (!value) {
    byId('check-value').focus();
    return;
  }
  state.busy = 'check';
  setBusy('check-submit', 'checking', 'checkSubmit');
  const query = new URLSearchParams({ type, value });
  const answer = await call('/api/v1/public/scam-check?' + query.toString());
  state.busy = null;
  setBusy('check-submit', null, 'checkSubmit');
  const invalid = fieldErrors(answer);
  if (answer.ok && answer.data) {
    state.check = answer.data;
    state.checkType = type;
    state.reviewSent = null;
    state.reviewErrors = [];
    state.reviewKey = crypto.randomUUID();
    renderCheck();
  } else if (invalid) {
    state.checkErrors = invalid.map((e) => ({ ...e, target: 'check-value' }));
    renderCheck();
    byId('check-value').focus();
  } else {
    showFailure(answer);
  }
}

// ---------- pages and language ----------

function currentPage() {
  const wanted = /^#\/([a-z]+)/.exec(location.hash);
  if (wanted && PAGES.includes(wanted[1])) {
    return wanted[1];
  }
  return wanted || !location.hash ? 'report' : page; // other anchors (#main) keep the page
}

function renderTexts() {
  document.documentElement.lang = language;
  document.title = t('docTitle')[page];
  document.querySelectorAll('[data-i18n]').forEach((el) => {
    const text = t(el.dataset.i18n);
    if (typeof text === 'string') {
      el.textContent = text;
    }
  });
  document.querySelectorAll('[data-i18n-aria]').forEach((el) => {
    el.setAttribute('aria-label', t(el.dataset.i18nAria));
  });
  byId('lang-switch').lang = language === 'vi' ? 'en' : 'vi';
}

function render() {
  renderTexts();
  PAGES.forEach((p) => {
    byId('page-' + p).hidden = p !== page;
    const tab = byId('tab-' + p);
    if (p === page) {
      tab.setAttribute('aria-current', 'page');
    } else {
      tab.removeAttribute('aria-current');
    }
  });
  renderMessage();
  renderReport();
  renderTrack();
  renderCheck();
}

function onRoute() {
  const next = currentPage();
  if (next === page) {
    return;
  }
  page = next;
  showMessage(null);
  render();
  const title = byId(page === 'report' ? (state.receipt ? 'receipt-title' : 'report-title')
    : page === 'track' ? (state.track ? 'tip-title' : 'track-title') : 'check-title');
  title.focus();
}

function start() {
  page = currentPage();
  addIndicatorRow();
  byId('lang-switch').addEventListener('click', () => {
    language = language === 'vi' ? 'en' : 'vi';
    try {
      localStorage.setItem(LANGUAGE_KEY, language);
    } catch {
      // private browsing: the choice lasts for this page only
    }
    render();
  });
  document.querySelector('.skip').addEventListener('click', (event) => {
    event.preventDefault();
    byId('main').focus();
  });
  document.querySelectorAll('input[name="identity"]').forEach((radio) => radio.addEventListener('change', renderContact));
  byId('narrative').addEventListener('input', renderCounter);
  byId('loss').addEventListener('input', renderLossWords);
  byId('loss').addEventListener('blur', () => {
    const loss = lossDigits();
    if (loss.digits) {
      byId('loss').value = groupDigits(loss.digits);
    }
  });
  byId('indicator-add').addEventListener('click', () => addIndicatorRow().focus());
  byId('report-form').addEventListener('submit', submitReport);
  byId('receipt-copy').addEventListener('click', copyReceipt);
  byId('receipt-track').addEventListener('click', () => {
    byId('track-code').value = state.receipt ? state.receipt.trackingCode : '';
  });
  byId('receipt-new').addEventListener('click', () => {
    state.receipt = null;
    renderReport();
    byId('report-title').focus();
  });
  byId('track-form').addEventListener('submit', submitTrack);
  byId('track-show').addEventListener('change', () => {
    byId('track-secret').type = byId('track-show').checked ? 'text' : 'password';
  });
  byId('track-close').addEventListener('click', closeTip);
  byId('message-form').addEventListener('submit', sendMessage);
  byId('check-type').addEventListener('change', () => {
    byId('check-value').placeholder = placeholderOf(byId('check-type').value);
  });
  byId('check-form').addEventListener('submit', submitCheck);
  byId('review-form').addEventListener('submit', submitReview);
  window.addEventListener('hashchange', onRoute);
  render();
}

start();
