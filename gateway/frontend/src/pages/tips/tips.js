// Officer pages for tips: intake form, list, detail (deadlines, links, history, decisions, messages with the
// tipster), the overdue view and statistics. Hash routes #/tips, #/tips/new, #/tips/<id>, #/tips/overdue and
// #/tips/statistics; the shell (src/shell/portal.ts) calls render() on every route or language change.
// The pages only offer what the user's roles may do; every service checks the token again.
import { request } from '../../shared/api';
import { todayInVietnam } from '../../shared/format';
import { CHANNEL, INDICATOR_TYPE, NON_PROSECUTION_GROUND, SOURCE_KIND, SUSPENSION_GROUND } from '../../generated/tip';

// The pages, built once: their state (the modus list, the current view) lives in this closure.
function tipPages() {

  // Asia/Ho_Chi_Minh has kept UTC+7 without daylight saving since 1975: legal days and times are read and
  // written in it whatever the browser's own time zone.
  const ZONE_OFFSET_MS = 7 * 3600 * 1000;
  const DAY_MS = 24 * 3600 * 1000;

  // Penal Code 2015 articles a tip may be prosecuted under, with their number of clauses: a copy of case-service's
  // PenalCode until an API serves it (the contracts have none yet).
  const ARTICLES = [
    [174, 4, 'Lừa đảo chiếm đoạt tài sản', 'Fraud to appropriate property'],
    [201, 2, 'Cho vay lãi nặng trong giao dịch dân sự', 'Usury in civil transactions'],
    [285, 3, 'Sản xuất, mua bán công cụ, thiết bị, phần mềm để sử dụng vào mục đích trái pháp luật',
      'Making or trading tools, devices or software for unlawful use'],
    [286, 3, 'Phát tán chương trình tin học gây hại', 'Spreading harmful computer programs'],
    [287, 3, 'Cản trở hoặc gây rối loạn hoạt động của mạng máy tính, mạng viễn thông',
      'Obstructing or disrupting computer or telecom networks'],
    [288, 2, 'Đưa hoặc sử dụng trái phép thông tin mạng máy tính, mạng viễn thông',
      'Unlawfully posting or using information on networks'],
    [289, 3, 'Xâm nhập trái phép vào mạng máy tính, mạng viễn thông, phương tiện điện tử',
      'Unlawful access to computer or telecom networks or devices'],
    [290, 4, 'Sử dụng mạng máy tính, mạng viễn thông, phương tiện điện tử thực hiện hành vi chiếm đoạt tài sản',
      'Using networks or electronic devices to appropriate property'],
    [291, 3, 'Thu thập, tàng trữ, trao đổi, mua bán, công khai hóa trái phép thông tin về tài khoản ngân hàng',
      'Unlawfully collecting or trading bank account information'],
    [321, 2, 'Đánh bạc', 'Gambling'],
    [322, 2, 'Tổ chức đánh bạc hoặc gá bạc', 'Organising gambling'],
    [326, 3, 'Truyền bá văn hóa phẩm đồi trụy', 'Spreading obscene material'],
  ];

  // Enumerations of the contract (lachan.tip.v1), generated from the .proto files.
  const CHANNELS = CHANNEL;
  const SOURCE_KINDS = SOURCE_KIND;
  const INDICATOR_TYPES = INDICATOR_TYPE;
  const NON_PROSECUTION_GROUNDS = NON_PROSECUTION_GROUND;
  const SUSPENSION_GROUNDS = SUSPENSION_GROUND;
  const OPEN_STATUSES = ['RECEIVED', 'VERIFYING'];
  const PAGE_SIZES = [20, 50, 100];

  const TEXTS = {
    vi: {
      tab: { list: 'Danh sách', new: 'Tiếp nhận tin báo', overdue: 'Đến hạn, quá hạn', statistics: 'Thống kê' },
      tabsLabel: 'Chức năng tin báo',
      loading: 'Đang tải…',
      sending: 'Đang gửi…',
      networkError: 'Không kết nối được với máy chủ. Vui lòng thử lại sau ít phút.',
      sessionExpired: 'Phiên đăng nhập đã hết. Vui lòng tải lại trang và đăng nhập lại.',
      failed: 'Yêu cầu không thành công.',
      fixFields: 'Vui lòng sửa các trường được đánh dấu bên dưới.',
      notAllowed: 'Tài khoản của bạn không có quyền dùng chức năng này.',
      notFound: 'Không tìm thấy trang này.',
      choose: '— Chọn —',
      cancel: 'Hủy',
      dateHint: 'dd/mm/yyyy',
      dateTimeHint: 'dd/mm/yyyy hh:mm, giờ Việt Nam',
      badDate: 'Nhập ngày theo dạng dd/mm/yyyy, ví dụ 14/06/2026.',
      badDateTime: 'Nhập theo dạng dd/mm/yyyy hh:mm, ví dụ 14/06/2026 08:30.',
      badMoney: 'Chỉ nhập chữ số (có thể có dấu chấm ngăn cách), ví dụ 45.000.000.',
      required: 'Trường này là bắt buộc.',
      channel: {
        HOTLINE: 'Đường dây nóng', MAILBOX: 'Hộp thư tố giác', DUTY_DESK: 'Trực ban hình sự',
        WEB_PORTAL: 'Cổng thông tin điện tử', EMAIL: 'Thư điện tử', WALK_IN: 'Trực tiếp trình báo',
        AGENCY_TRANSFER: 'Cơ quan khác chuyển đến', BANK_REPORT: 'Ngân hàng báo tin',
      },
      sourceKind: { DENUNCIATION: 'Tố giác về tội phạm', REPORT: 'Tin báo về tội phạm', PETITION: 'Kiến nghị khởi tố' },
      status: {
        RECEIVED: 'Đã tiếp nhận', VERIFYING: 'Đang xác minh', PROSECUTED: 'Đã khởi tố',
        NOT_PROSECUTED: 'Không khởi tố', SUSPENDED: 'Tạm đình chỉ', TIP_STATUS_UNSPECIFIED: '—',
      },
      indicator: {
        PHONE: 'Số điện thoại', BANK_ACCOUNT: 'Tài khoản ngân hàng', E_WALLET: 'Ví điện tử', URL: 'Trang web (URL)',
        DOMAIN: 'Tên miền', EMAIL: 'Thư điện tử', SOCIAL_PROFILE: 'Tài khoản mạng xã hội', CRYPTO_WALLET: 'Ví tiền mã hóa',
      },
      step: {
        RECEIVE: 'Tiếp nhận', EXTEND: 'Gia hạn', NOTIFY_PROCURACY: 'Thông báo Viện kiểm sát', DECIDE: 'Quyết định',
        RESUME: 'Phục hồi giải quyết', PROCEDURE_STEP_UNSPECIFIED: '—',
      },
      ground: {
        NO_CRIMINAL_EVENT: 'Khoản 1. Không có sự việc phạm tội',
        NOT_A_CRIME: 'Khoản 2. Hành vi không cấu thành tội phạm',
        BELOW_CRIMINAL_AGE: 'Khoản 3. Người thực hiện chưa đến tuổi chịu trách nhiệm hình sự',
        ALREADY_ADJUDICATED: 'Khoản 4. Đã có bản án hoặc quyết định đình chỉ vụ án có hiệu lực',
        LIMITATION_EXPIRED: 'Khoản 5. Đã hết thời hiệu truy cứu trách nhiệm hình sự',
        AMNESTIED: 'Khoản 6. Tội phạm đã được đại xá',
        OFFENDER_DECEASED: 'Khoản 7. Người thực hiện đã chết',
        NO_VICTIM_REQUEST: 'Khoản 8. Bị hại không yêu cầu khởi tố (khoản 1 các điều 134, 135, 136, 138, 139, 141, 143, 155, 156 BLHS)',
      },
      suspension: {
        AWAITING_EXPERT_EXAMINATION: 'Điểm a. Đã trưng cầu giám định, chưa có kết quả',
        AWAITING_VALUATION: 'Điểm a. Đã yêu cầu định giá tài sản, chưa có kết quả',
        AWAITING_FOREIGN_LEGAL_ASSISTANCE: 'Điểm a. Đã yêu cầu nước ngoài tương trợ tư pháp, chưa có kết quả',
        AWAITING_DOCUMENTS: 'Điểm b. Đã yêu cầu cung cấp tài liệu, đồ vật quan trọng, chưa có kết quả',
        FORCE_MAJEURE: 'Điểm c. Bất khả kháng do thiên tai, dịch bệnh',
      },
      form: {
        title: 'Tiếp nhận tin báo, tố giác',
        intro: 'Ghi nhận tin báo từ mọi kênh. Các trường có dấu * là bắt buộc; hạn giải quyết được tính tự động (20 ngày kể từ ngày tiếp nhận).',
        reception: 'Tiếp nhận',
        content: 'Nội dung',
        loss: 'Thiệt hại',
        indicators: 'Dấu hiệu nhận biết',
        indicatorsHint: 'Số điện thoại, tài khoản, trang web… của đối tượng. Tin báo có chung dấu hiệu sẽ được liên kết.',
        channel: 'Kênh tiếp nhận *',
        sourceKind: 'Loại nguồn tin *',
        petitioningUnit: 'Cơ quan kiến nghị khởi tố *',
        petitioningUnitHint: 'Mã cơ quan nhà nước có thẩm quyền, ví dụ vien-kiem-sat-tinh',
        receivingUnit: 'Đơn vị tiếp nhận *',
        receivingUnitHint: 'Mã đơn vị, ví dụ cong-an-tinh',
        receivedAt: 'Thời điểm tiếp nhận',
        receivedAtHint: 'dd/mm/yyyy hh:mm, giờ Việt Nam; để trống là bây giờ',
        modus: 'Thủ đoạn *',
        narrative: 'Nội dung sự việc *',
        narrativeHint: 'Diễn biến, thời gian, địa điểm, người liên quan.',
        lossDong: 'Số tiền thiệt hại (đồng)',
        lastTransferAt: 'Lần chuyển tiền cuối',
        indicatorType: 'Loại dấu hiệu',
        indicatorValue: 'Giá trị',
        addIndicator: '+ Thêm dấu hiệu',
        removeIndicator: 'Xóa',
        removeIndicatorLabel: 'Xóa dấu hiệu này',
        submit: 'Tiếp nhận tin báo',
        created: 'Đã tiếp nhận tin báo.',
        chooseChannel: 'Chọn kênh tiếp nhận.',
        chooseSourceKind: 'Chọn loại nguồn tin.',
        chooseModus: 'Chọn thủ đoạn.',
      },
      list: {
        title: 'Danh sách tin báo, tố giác',
        unit: 'Đơn vị tiếp nhận',
        unitPlaceholder: 'Tất cả đơn vị',
        pageSize: 'Số dòng mỗi trang',
        apply: 'Lọc',
        receivedAt: 'Tiếp nhận',
        modus: 'Thủ đoạn',
        loss: 'Thiệt hại',
        status: 'Trạng thái',
        due: 'Hạn quyết định',
        empty: 'Không có tin báo nào.',
        previous: '‹ Trang trước',
        next: 'Trang sau ›',
        page: (n) => 'Trang ' + n,
      },
      deadline: {
        overdue: (n) => 'Quá hạn ' + n + ' ngày',
        today: 'Đến hạn hôm nay',
        left: (n) => 'Còn ' + n + ' ngày',
        decided: 'Đã quyết định',
        suspended: 'Đang tạm đình chỉ',
      },
      detail: {
        back: '‹ Danh sách tin báo',
        heading: 'Tin báo',
        decisionDue: 'Hạn quyết định',
        extendedUntil: (d) => 'Đã gia hạn đến ' + d,
        notification: 'Thông báo Viện kiểm sát',
        notificationDue: (d) => 'Hạn thông báo ' + d,
        notifiedAt: (d) => 'Đã thông báo lúc ' + d,
        notificationLate: 'Chưa thông báo — quá hạn',
        outcome: 'Kết quả giải quyết',
        undecided: 'Chưa quyết định',
        facts: 'Nội dung tin báo',
        receivedAt: 'Thời điểm tiếp nhận',
        channel: 'Kênh tiếp nhận',
        sourceKind: 'Loại nguồn tin',
        receivingUnit: 'Đơn vị tiếp nhận',
        petitioningUnit: 'Cơ quan kiến nghị',
        modus: 'Thủ đoạn',
        loss: 'Thiệt hại',
        lastTransferAt: 'Lần chuyển tiền cuối',
        narrative: 'Nội dung sự việc',
        createdBy: 'Người tiếp nhận',
        withheld: 'Không hiển thị (dữ liệu cá nhân)',
        none: '—',
        indicators: 'Dấu hiệu nhận biết',
        indicatorType: 'Loại',
        indicatorValue: 'Như đã ghi',
        indicatorNormalized: 'Chuẩn hóa',
        noIndicators: 'Không có dấu hiệu nào.',
        linked: 'Tin báo liên quan',
        linkedHint: 'Các tin báo khác có chung dấu hiệu (số điện thoại, tài khoản…).',
        noLinked: 'Chưa có tin báo nào có chung dấu hiệu.',
        shared: 'Dấu hiệu chung',
        history: 'Quá trình giải quyết',
        historyAt: 'Thời điểm',
        historyStep: 'Bước',
        historyStatus: 'Trạng thái',
        historyBy: 'Người thực hiện',
        historyNote: 'Ghi chú',
        extensions: 'Gia hạn',
        extensionN: (n) => 'Lần ' + n,
        approval: (a, d, day) => 'VKS phê duyệt: ' + a + ', văn bản ' + d + ' ngày ' + day,
        prosecuted: (article, clause, number) => 'Khởi tố vụ án theo khoản ' + clause + ' Điều ' + article
          + ' BLHS' + (number ? ' — vụ án ' + number : ''),
        notProsecuted: 'Không khởi tố vụ án',
        prosecutionPending: (article, clause, by) => 'Đã quyết định khởi tố theo khoản ' + clause + ' Điều ' + article
          + ' BLHS (' + by + '); đang chờ case-service mở vụ án — hệ thống tự hoàn tất, không cần gửi lại.',
        suspendedOutcome: 'Tạm đình chỉ giải quyết',
        decidedBy: (d, by) => 'Quyết định lúc ' + d + (by ? ' — ' + by : ''),
        caseId: 'Mã vụ án',
        updated: 'Đã cập nhật tin báo.',
      },
      action: {
        title: 'Xử lý tin báo',
        noneAllowed: 'Tin báo đã có quyết định cuối cùng.',
        noRights: 'Việc gia hạn và quyết định do điều tra viên, lãnh đạo công an (lần gia hạn thứ hai: Viện kiểm sát) thực hiện.',
        proposeReward: 'Đề xuất khen thưởng người cung cấp thông tin',
        extend: 'Gia hạn thời hạn giải quyết',
        extendHint1: 'Lần 1 (cơ quan giải quyết): tối đa 2 tháng kể từ ngày tiếp nhận (Điều 147 khoản 3 BLTTHS).',
        extendHint2: 'Lần 2 (Viện kiểm sát): thêm tối đa 2 tháng, cần văn bản phê duyệt.',
        until: 'Gia hạn đến ngày',
        untilHint: 'dd/mm/yyyy; để trống là thời hạn dài nhất được phép',
        reason: 'Lý do gia hạn *',
        approver: 'Người phê duyệt của VKS *',
        documentNumber: 'Số văn bản *',
        documentDate: 'Ngày văn bản *',
        extendSubmit: 'Gia hạn',
        decide: 'Quyết định',
        decideHint: 'Mỗi tin báo chỉ có một quyết định cuối cùng. Tạm đình chỉ chỉ được khi đã hết thời hạn giải quyết.',
        kind: 'Loại quyết định *',
        prosecute: 'Khởi tố vụ án',
        notProsecute: 'Không khởi tố vụ án',
        suspend: 'Tạm đình chỉ giải quyết',
        article: 'Điều luật (BLHS 2015) *',
        clause: 'Khoản *',
        clauseN: (n) => 'Khoản ' + n,
        caseTitle: 'Tên vụ án',
        leadUnit: 'Đơn vị thụ lý',
        leadUnitHint: 'Mã đơn vị; để trống là đơn vị của bạn',
        ground: 'Căn cứ (Điều 157 BLTTHS) *',
        reasons: 'Lý do (thông báo cho người báo tin) *',
        suspensionGround: 'Căn cứ (Điều 148 BLTTHS) *',
        note: 'Ghi chú',
        decideSubmit: 'Ghi quyết định',
        confirm: 'Xác nhận: quyết định này không thể sửa.',
        confirmYes: 'Xác nhận quyết định',
        notify: 'Ghi nhận đã thông báo Viện kiểm sát',
        notifyDocument: 'Số văn bản thông báo',
        notifySubmit: 'Ghi nhận',
        resume: 'Phục hồi giải quyết',
        resumeHint: 'Sau khi phục hồi, phải quyết định trong 1 tháng (Điều 149).',
        resumeNote: 'Lý do phục hồi',
        resumeSubmit: 'Phục hồi',
      },
      messages: {
        title: 'Trao đổi với người báo tin',
        notPublic: 'Tin báo này không gửi qua cổng công dân nên không có trao đổi với người báo tin.',
        tracking: (code) => 'Mã theo dõi ' + code + '. Người báo tin không biết tên cán bộ; cán bộ không biết danh tính người báo tin ẩn danh.',
        empty: 'Chưa có tin nhắn nào.',
        tipster: 'Người báo tin',
        officer: 'Cơ quan công an',
        reply: 'Trả lời người báo tin',
        replyHint: 'Người báo tin đọc được trên trang theo dõi; không ghi thông tin nội bộ.',
        send: 'Gửi trả lời',
        sent: 'Đã gửi trả lời.',
      },
      overdue: {
        title: 'Tin báo đến hạn, quá hạn',
        intro: 'Tin báo chưa quyết định có hạn đã qua hoặc trong 7 ngày tới, hoặc chậm thông báo Viện kiểm sát; hạn gần nhất trước.',
        asOf: (d) => 'Tính đến ngày ' + d,
        due: 'Hạn quyết định',
        notification: 'Thông báo VKS',
        notificationLate: (d) => 'Chậm (hạn ' + d + ')',
        notificationOk: 'Đúng hạn',
        empty: 'Không có tin báo nào đến hạn hoặc quá hạn.',
        extended: 'đã gia hạn',
      },
      stats: {
        title: 'Thống kê tin báo',
        intro: 'Số tin báo tiếp nhận theo thủ đoạn, kênh và loại nguồn tin trong kỳ đã chọn.',
        from: 'Từ ngày *',
        to: 'Đến ngày *',
        unit: 'Đơn vị tiếp nhận',
        apply: 'Xem thống kê',
        summary: (from, to, n) => 'Từ ' + from + ' đến ' + to + ', tiếp nhận ' + n + ' tin báo liên quan tội phạm công nghệ cao.',
        footnote: 'Thủ đoạn: ',
        cases: (n) => n + ' vụ',
        byModus: 'Theo thủ đoạn',
        chart: 'Biểu đồ theo thủ đoạn',
        number: 'STT',
        modus: 'Thủ đoạn',
        count: 'Số tin báo',
        share: 'Tỷ lệ',
        total: 'Tổng cộng',
        byChannel: 'Theo kênh tiếp nhận',
        bySourceKind: 'Theo loại nguồn tin',
        byOutcome: (d) => 'Theo kết quả giải quyết (đến ngày ' + d + ')',
        overdue: (n) => 'Trong đó quá hạn chưa quyết định: ' + n,
        nothing: 'Không có tin báo nào trong kỳ.',
      },
    },
    en: {
      tab: { list: 'List', new: 'Receive a tip', overdue: 'Due and overdue', statistics: 'Statistics' },
      tabsLabel: 'Tip functions',
      loading: 'Loading…',
      sending: 'Sending…',
      networkError: 'The server cannot be reached. Please try again in a few minutes.',
      sessionExpired: 'Your session has ended. Please reload the page and sign in again.',
      failed: 'The request did not succeed.',
      fixFields: 'Please correct the fields marked below.',
      notAllowed: 'Your account may not use this function.',
      notFound: 'This page does not exist.',
      choose: '— Choose —',
      cancel: 'Cancel',
      dateHint: 'dd/mm/yyyy',
      dateTimeHint: 'dd/mm/yyyy hh:mm, Vietnam time',
      badDate: 'Enter the date as dd/mm/yyyy, e.g. 14/06/2026.',
      badDateTime: 'Enter as dd/mm/yyyy hh:mm, e.g. 14/06/2026 08:30.',
      badMoney: 'Digits only (dots as separators allowed), e.g. 45.000.000.',
      required: 'This field is required.',
      channel: {
        HOTLINE: 'Hotline', MAILBOX: 'Tip mailbox', DUTY_DESK: 'Criminal duty desk', WEB_PORTAL: 'Web portal',
        EMAIL: 'E-mail', WALK_IN: 'Walk-in', AGENCY_TRANSFER: 'Transferred by another agency', BANK_REPORT: 'Bank report',
      },
      sourceKind: { DENUNCIATION: 'Denunciation', REPORT: 'Crime report', PETITION: 'Petition for prosecution' },
      status: {
        RECEIVED: 'Received', VERIFYING: 'Verifying', PROSECUTED: 'Prosecuted', NOT_PROSECUTED: 'Not prosecuted',
        SUSPENDED: 'Suspended', TIP_STATUS_UNSPECIFIED: '—',
      },
      indicator: {
        PHONE: 'Phone number', BANK_ACCOUNT: 'Bank account', E_WALLET: 'E-wallet', URL: 'Web address (URL)',
        DOMAIN: 'Domain', EMAIL: 'E-mail address', SOCIAL_PROFILE: 'Social profile', CRYPTO_WALLET: 'Crypto wallet',
      },
      step: {
        RECEIVE: 'Received', EXTEND: 'Extended', NOTIFY_PROCURACY: 'Procuracy notified', DECIDE: 'Decided',
        RESUME: 'Resumed', PROCEDURE_STEP_UNSPECIFIED: '—',
      },
      ground: {
        NO_CRIMINAL_EVENT: 'Clause 1. No criminal event occurred',
        NOT_A_CRIME: 'Clause 2. The act does not constitute a crime',
        BELOW_CRIMINAL_AGE: 'Clause 3. The person is below the age of criminal responsibility',
        ALREADY_ADJUDICATED: 'Clause 4. A final judgment or discontinuation already exists',
        LIMITATION_EXPIRED: 'Clause 5. The limitation period has expired',
        AMNESTIED: 'Clause 6. The offence has been amnestied',
        OFFENDER_DECEASED: 'Clause 7. The person has died',
        NO_VICTIM_REQUEST: 'Clause 8. The victim did not ask for prosecution (clause 1 of Penal Code Arts. 134–156 listed)',
      },
      suspension: {
        AWAITING_EXPERT_EXAMINATION: 'Point a. Expert examination requested, result pending',
        AWAITING_VALUATION: 'Point a. Asset valuation requested, result pending',
        AWAITING_FOREIGN_LEGAL_ASSISTANCE: 'Point a. Foreign legal assistance requested, answer pending',
        AWAITING_DOCUMENTS: 'Point b. Decisive documents or objects requested, not yet provided',
        FORCE_MAJEURE: 'Point c. Force majeure (natural disaster, epidemic)',
      },
      form: {
        title: 'Receive a tip',
        intro: 'Record a tip from any channel. Fields marked * are required; the decision deadline is computed (20 days from receipt).',
        reception: 'Reception',
        content: 'Content',
        loss: 'Loss',
        indicators: 'Indicators',
        indicatorsHint: 'The scammers\' phone numbers, accounts, sites… Tips sharing an indicator are linked.',
        channel: 'Channel *',
        sourceKind: 'Source kind *',
        petitioningUnit: 'Petitioning state body *',
        petitioningUnitHint: 'Code of the competent state body, e.g. vien-kiem-sat-tinh',
        receivingUnit: 'Receiving unit *',
        receivingUnitHint: 'Unit code, e.g. cong-an-tinh',
        receivedAt: 'Received at',
        receivedAtHint: 'dd/mm/yyyy hh:mm, Vietnam time; empty for now',
        modus: 'Modus operandi *',
        narrative: 'Narrative *',
        narrativeHint: 'What happened, when, where, who was involved.',
        lossDong: 'Loss (đồng)',
        lastTransferAt: 'Last transfer at',
        indicatorType: 'Indicator type',
        indicatorValue: 'Value',
        addIndicator: '+ Add indicator',
        removeIndicator: 'Remove',
        removeIndicatorLabel: 'Remove this indicator',
        submit: 'Receive the tip',
        created: 'The tip was received.',
        chooseChannel: 'Choose the channel.',
        chooseSourceKind: 'Choose the source kind.',
        chooseModus: 'Choose the modus operandi.',
      },
      list: {
        title: 'All tips',
        unit: 'Receiving unit',
        unitPlaceholder: 'All units',
        pageSize: 'Rows per page',
        apply: 'Filter',
        receivedAt: 'Received',
        modus: 'Modus operandi',
        loss: 'Loss',
        status: 'Status',
        due: 'Decision due',
        empty: 'No tips.',
        previous: '‹ Previous',
        next: 'Next ›',
        page: (n) => 'Page ' + n,
      },
      deadline: {
        overdue: (n) => n + (n === 1 ? ' day' : ' days') + ' overdue',
        today: 'Due today',
        left: (n) => n + (n === 1 ? ' day' : ' days') + ' left',
        decided: 'Decided',
        suspended: 'Suspended',
      },
      detail: {
        back: '‹ List of tips',
        heading: 'Tip',
        decisionDue: 'Decision due',
        extendedUntil: (d) => 'Extended until ' + d,
        notification: 'Procuracy notification',
        notificationDue: (d) => 'Due ' + d,
        notifiedAt: (d) => 'Notified at ' + d,
        notificationLate: 'Not notified — late',
        outcome: 'Outcome',
        undecided: 'Not decided yet',
        facts: 'The tip',
        receivedAt: 'Received at',
        channel: 'Channel',
        sourceKind: 'Source kind',
        receivingUnit: 'Receiving unit',
        petitioningUnit: 'Petitioning body',
        modus: 'Modus operandi',
        loss: 'Loss',
        lastTransferAt: 'Last transfer at',
        narrative: 'Narrative',
        createdBy: 'Received by',
        withheld: 'Not shown (personal data)',
        none: '—',
        indicators: 'Indicators',
        indicatorType: 'Type',
        indicatorValue: 'As written',
        indicatorNormalized: 'Normalised',
        noIndicators: 'No indicators.',
        linked: 'Linked tips',
        linkedHint: 'Other tips sharing an indicator (phone number, account…).',
        noLinked: 'No other tip shares an indicator yet.',
        shared: 'Shared indicators',
        history: 'History',
        historyAt: 'When',
        historyStep: 'Step',
        historyStatus: 'Status',
        historyBy: 'By',
        historyNote: 'Note',
        extensions: 'Extensions',
        extensionN: (n) => 'No. ' + n,
        approval: (a, d, day) => 'Approved by the procuracy: ' + a + ', document ' + d + ' of ' + day,
        prosecuted: (article, clause, number) => 'Prosecuted under Penal Code Art. ' + article + '(' + clause + ')'
          + (number ? ' — case ' + number : ''),
        notProsecuted: 'Not prosecuted',
        prosecutionPending: (article, clause, by) => 'Decided to prosecute under Penal Code Art. ' + article + '('
          + clause + ') (' + by + '); waiting for case-service to open the case — the platform completes it by itself,'
          + ' no need to send it again.',
        suspendedOutcome: 'Suspended',
        decidedBy: (d, by) => 'Decided at ' + d + (by ? ' — ' + by : ''),
        caseId: 'Case id',
        updated: 'The tip was updated.',
      },
      action: {
        title: 'Handling',
        noneAllowed: 'The tip has its final decision.',
        noRights: 'Extensions and decisions are made by investigators and police leaders (the second extension by the procuracy).',
        proposeReward: 'Propose a reward for the informant',
        extend: 'Extend the deadline',
        extendHint1: 'First extension (handling body): at most 2 months after receipt (CPC Art. 147(3)).',
        extendHint2: 'Second extension (procuracy): at most 2 more months, with the approval document.',
        until: 'Extend until',
        untilHint: 'dd/mm/yyyy; empty for the longest allowed',
        reason: 'Reason *',
        approver: 'Approved by (procuracy) *',
        documentNumber: 'Document number *',
        documentDate: 'Document date *',
        extendSubmit: 'Extend',
        decide: 'Decide',
        decideHint: 'A tip has exactly one final decision. Suspension is allowed only once the deadline has passed.',
        kind: 'Decision *',
        prosecute: 'Prosecute (open a case)',
        notProsecute: 'Do not prosecute',
        suspend: 'Suspend',
        article: 'Penal Code 2015 article *',
        clause: 'Clause *',
        clauseN: (n) => 'Clause ' + n,
        caseTitle: 'Case title',
        leadUnit: 'Lead unit',
        leadUnitHint: 'Unit code; empty for your own unit',
        ground: 'Ground (CPC Art. 157) *',
        reasons: 'Reasons (told to the reporter) *',
        suspensionGround: 'Ground (CPC Art. 148) *',
        note: 'Note',
        decideSubmit: 'Record the decision',
        confirm: 'Confirm: this decision cannot be changed.',
        confirmYes: 'Confirm the decision',
        notify: 'Record the procuracy\'s notification',
        notifyDocument: 'Notification document number',
        notifySubmit: 'Record',
        resume: 'Resume',
        resumeHint: 'Once resumed, a decision is due within one month (Art. 149).',
        resumeNote: 'Why the suspension ends',
        resumeSubmit: 'Resume',
      },
      messages: {
        title: 'Messages with the tipster',
        notPublic: 'This tip was not filed on the public portal: there is no thread with the tipster.',
        tracking: (code) => 'Tracking code ' + code + '. The tipster does not see officers\' names; an anonymous tipster stays unknown.',
        empty: 'No messages yet.',
        tipster: 'Tipster',
        officer: 'Police',
        reply: 'Reply to the tipster',
        replyHint: 'The tipster reads it on the tracking page; write nothing internal.',
        send: 'Send reply',
        sent: 'Reply sent.',
      },
      overdue: {
        title: 'Tips due and overdue',
        intro: 'Undecided tips whose decision is overdue or due within 7 days, or whose procuracy notification is late; soonest first.',
        asOf: (d) => 'As of ' + d,
        due: 'Decision due',
        notification: 'Procuracy notification',
        notificationLate: (d) => 'Late (due ' + d + ')',
        notificationOk: 'On time',
        empty: 'No tip is due or overdue.',
        extended: 'extended',
      },
      stats: {
        title: 'Tip statistics',
        intro: 'Tips received by modus operandi, channel and source kind in the chosen period.',
        from: 'From *',
        to: 'To *',
        unit: 'Receiving unit',
        apply: 'Show statistics',
        summary: (from, to, n) => 'From ' + from + ' to ' + to + ', ' + n
          + (n === 1 ? ' tip on high-tech crime was received.' : ' tips on high-tech crime were received.'),
        footnote: 'Modus operandi: ',
        cases: (n) => String(n),
        byModus: 'By modus operandi',
        chart: 'Chart by modus operandi',
        number: 'No.',
        modus: 'Modus operandi',
        count: 'Tips',
        share: 'Share',
        total: 'Total',
        byChannel: 'By channel',
        bySourceKind: 'By source kind',
        byOutcome: (d) => 'By outcome (as of ' + d + ')',
        overdue: (n) => 'Of which overdue and undecided: ' + n,
        nothing: 'No tips in this period.',
      },
    },
  };

  let context = { language: 'vi', user: null };
  let view = null; // { key, root }
  let flash = null; // a message for the next page, e.g. after a tip was received
  let modusOperandi = null; // the service's list, once read
  let modusLoading = null;
  let units = null; // [code, nameVi, nameEn] of today's units, once read
  let unitsLoading = null;

  // ---- texts ---------------------------------------------------------------------------------------------------

  function lookup(language, key) {
    return key.split('.').reduce((node, part) => (node == null ? undefined : node[part]), TEXTS[language]);
  }

  /** The text of {@code key} in the current language; functions take {@code args}. */
  function t(key, ...args) {
    const value = lookup(context.language, key);
    if (typeof value === 'function') {
      return value(...args);
    }
    return value == null ? key : value;
  }

  /** Labels {@code el} with a text key (and arguments) so that a language switch relabels it. */
  function label(el, key, ...args) {
    el.dataset.tt = key;
    el.dataset.ttArgs = JSON.stringify(args);
    el.textContent = t(key, ...args);
    return el;
  }

  /** Labels {@code el} with a text the server gave in both languages. */
  function pair(el, vi, en) {
    el.dataset.vi = vi || en || '';
    el.dataset.en = en || vi || '';
    delete el.dataset.tt;
    el.textContent = context.language === 'en' ? el.dataset.en : el.dataset.vi;
    return el;
  }

  function relabel(root) {
    root.querySelectorAll('[data-tt]').forEach((el) => {
      el.textContent = t(el.dataset.tt, ...JSON.parse(el.dataset.ttArgs || '[]'));
    });
    root.querySelectorAll('[data-vi]').forEach((el) => {
      el.textContent = context.language === 'en' ? el.dataset.en : el.dataset.vi;
    });
    root.querySelectorAll('[data-tt-placeholder]').forEach((el) => {
      el.placeholder = t(el.dataset.ttPlaceholder);
    });
    root.querySelectorAll('[data-tt-aria]').forEach((el) => {
      el.setAttribute('aria-label', t(el.dataset.ttAria));
    });
    root.querySelectorAll('[data-label-vi]').forEach((el) => {
      el.textContent = context.language === 'en' ? el.dataset.labelEn : el.dataset.labelVi;
    });
  }

  // ---- DOM -----------------------------------------------------------------------------------------------------

  /**
   * Makes an element. Props: class, tt (a text key or [key, ...args]), placeholder (a text key), aria (a text key),
   * on ({event: handler}), value, any other attribute (true for a bare attribute, false/null to leave it out).
   */
  function h(tag, props, ...children) {
    const el = document.createElement(tag);
    let value;
    Object.entries(props || {}).forEach(([name, v]) => {
      if (v == null || v === false) {
        return;
      }
      if (name === 'class') {
        el.className = v;
      } else if (name === 'tt') {
        const [key, ...args] = Array.isArray(v) ? v : [v];
        label(el, key, ...args);
      } else if (name === 'placeholder') {
        el.dataset.ttPlaceholder = v;
        el.placeholder = t(v);
      } else if (name === 'aria') {
        el.dataset.ttAria = v;
        el.setAttribute('aria-label', t(v));
      } else if (name === 'on') {
        Object.entries(v).forEach(([event, handler]) => el.addEventListener(event, handler));
      } else if (name === 'value') {
        value = v;
      } else {
        el.setAttribute(name, v === true ? '' : v);
      }
    });
    append(el, children);
    if (value !== undefined) {
      el.value = value;
    }
    return el;
  }

  function append(el, children) {
    children.flat(Infinity).forEach((child) => {
      if (child == null || child === false) {
        return;
      }
      el.append(child instanceof Node ? child : document.createTextNode(String(child)));
    });
  }

  /** Text in Vietnamese or English from a [code, vi, en] entry, relabelled on a language switch. */
  function bilingual(tag, props, vi, en) {
    const el = h(tag, props);
    el.dataset.labelVi = vi;
    el.dataset.labelEn = en;
    el.textContent = context.language === 'en' ? en : vi;
    return el;
  }

  function options(select, entries) {
    entries.forEach((entry) => select.append(entry));
    return select;
  }

  /** The modus operandi list as [code, labelVi, labelEn, active], as tip-service manages it (empty until read). */
  function modusList() {
    return modusOperandi || [];
  }

  /** Reads the managed modus operandi list once (inactive codes included, for the labels of older tips). */
  function loadModusOperandi() {
    if (!modusLoading) {
      modusLoading = get('/api/v1/tips/modus-operandi').then((result) => {
        const list = result.ok && result.body ? result.body.modusOperandi || [] : [];
        if (list.length) {
          modusOperandi = list.map((m) => [m.code, m.labelVi, m.labelEn, m.active !== false]);
        } else {
          modusLoading = null; // asked again on the next page; codes are shown as they are meanwhile
        }
      });
    }
    return modusLoading;
  }

  function modusLabel(code, tag = 'span', props = {}) {
    const entry = modusList().find(([c]) => c === code);
    return entry ? bilingual(tag, props, entry[1], entry[2]) : h(tag, { ...props, class: 'code' }, code);
  }

  function statusBadge(status, id) {
    return h('span', { class: 'tip-badge status-' + String(status || '').toLowerCase().replace(/_/g, '-'), id,
      tt: 'status.' + (status || 'TIP_STATUS_UNSPECIFIED') });
  }

  // ---- time and money ------------------------------------------------------------------------------------------

  function pad(n) {
    return String(n).padStart(2, '0');
  }

  /** The wall clock of Asia/Ho_Chi_Minh at {@code ms}, as a Date whose UTC fields are that clock. */
  function zoned(ms) {
    return new Date(ms + ZONE_OFFSET_MS);
  }

  function formatDate(timestamp) {
    if (!timestamp) {
      return '';
    }
    const z = zoned(Date.parse(timestamp));
    return pad(z.getUTCDate()) + '/' + pad(z.getUTCMonth() + 1) + '/' + z.getUTCFullYear();
  }

  function formatDateTime(timestamp) {
    if (!timestamp) {
      return '';
    }
    const z = zoned(Date.parse(timestamp));
    return formatDate(timestamp) + ' ' + pad(z.getUTCHours()) + ':' + pad(z.getUTCMinutes());
  }

  /** A legal day "2026-06-14" as "14/06/2026". */
  function formatDay(isoDay) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay || '');
    return m ? m[3] + '/' + m[2] + '/' + m[1] : (isoDay || '');
  }

  function todayIso() {
    const z = zoned(Date.now());
    return z.getUTCFullYear() + '-' + pad(z.getUTCMonth() + 1) + '-' + pad(z.getUTCDate());
  }

  function daysBetween(fromIsoDay, toIsoDay) {
    return Math.round((Date.parse(toIsoDay + 'T00:00:00Z') - Date.parse(fromIsoDay + 'T00:00:00Z')) / DAY_MS);
  }

  const DATE_TIME = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2})[:hg](\d{2}))?\s*$/;

  /** "14/06/2026 08:30" (Vietnam time) as an ISO instant; null when empty; undefined when unreadable. */
  function parseDateTime(text) {
    if (!text || !text.trim()) {
      return null;
    }
    const m = DATE_TIME.exec(text);
    if (!m) {
      return undefined;
    }
    const [day, month, year, hour, minute] = [m[1], m[2], m[3], m[4] || '0', m[5] || '0'].map(Number);
    const wall = new Date(Date.UTC(year, month - 1, day, hour, minute));
    if (wall.getUTCDate() !== day || wall.getUTCMonth() !== month - 1 || hour > 23 || minute > 59) {
      return undefined;
    }
    return new Date(wall.getTime() - ZONE_OFFSET_MS).toISOString();
  }

  /** "14/06/2026" as "2026-06-14"; null when empty; undefined when unreadable. */
  function parseDay(text) {
    if (!text || !text.trim()) {
      return null;
    }
    const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
    if (!m) {
      return undefined;
    }
    const [day, month, year] = [m[1], m[2], m[3]].map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) {
      return undefined;
    }
    return year + '-' + pad(month) + '-' + pad(day);
  }

  function nowText() {
    const z = zoned(Date.now());
    return pad(z.getUTCDate()) + '/' + pad(z.getUTCMonth() + 1) + '/' + z.getUTCFullYear() + ' '
      + pad(z.getUTCHours()) + ':' + pad(z.getUTCMinutes());
  }

  /** Whole đồng (a decimal string, as proto3 JSON writes int64) as "45.000.000 đ". */
  function formatMoney(dong) {
    const digits = String(dong == null || dong === '' ? '0' : dong);
    const negative = digits.startsWith('-');
    const grouped = digits.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    return (negative ? '-' : '') + grouped + ' đ';
  }

  /** "45.000.000" or "45 000 000 đ" as "45000000"; null when empty; undefined when not a whole amount. */
  function parseMoney(text) {
    const cleaned = (text || '').replace(/đ|vnđ|vnd/gi, '').replace(/[\s.]/g, '');
    if (!cleaned) {
      return null;
    }
    return /^\d{1,19}$/.test(cleaned) ? cleaned.replace(/^0+(?=\d)/, '') : undefined;
  }

  function uuid() {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  // ---- roles ---------------------------------------------------------------------------------------------------

  function hasAny(...roles) {
    const mine = new Set(context.user ? context.user.roles : []);
    return roles.some((r) => mine.has(r));
  }

  function isPolice() {
    return !!context.user && context.user.unit.startsWith('cong-an-');
  }

  const may = {
    receive: () => hasAny('tip-intake', 'investigator', 'police-leader'),
    seeOverdue: () => isPolice() && hasAny('tip-intake', 'investigator', 'police-leader'),
    decide: () => isPolice() && hasAny('investigator', 'police-leader'),
    extendSecond: () => hasAny('procurator'),
    recordNotification: () => (isPolice() && hasAny('tip-intake', 'investigator', 'police-leader')) || hasAny('procurator'),
    readMessages: () => hasAny('tip-intake', 'investigator', 'police-leader', 'procurator'),
    reply: () => hasAny('tip-intake', 'investigator', 'police-leader'),
  };

  // ---- API -----------------------------------------------------------------------------------------------------

  /** Calls the API; answers {ok, status, body} or {ok: false, status, problem}. Never throws. */
  async function call(path, init = {}) {
    let answer;
    try {
      answer = await request(path, init);
    } catch {
      return { ok: false, status: 0, problem: null };
    }
    let body = null;
    if ((answer.headers.get('Content-Type') || '').includes('json')) {
      body = await answer.json().catch(() => null);
    }
    return answer.ok ? { ok: true, status: answer.status, body } : { ok: false, status: answer.status, problem: body };
  }

  function get(path, query) {
    const params = new URLSearchParams();
    Object.entries(query || {}).forEach(([k, v]) => {
      if (v != null && v !== '') {
        params.set(k, v);
      }
    });
    const suffix = params.toString();
    return call(path + (suffix ? '?' + suffix : ''), { headers: { Accept: 'application/json' } });
  }

  function post(path, body, idempotencyKey) {
    const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (idempotencyKey) {
      headers['Idempotency-Key'] = idempotencyKey;
    }
    return call(path, { method: 'POST', headers, body: JSON.stringify(body) });
  }

  /** Shows why a call failed in {@code el}: the server's words in both languages, or ours. */
  function showFailure(el, result) {
    el.hidden = false;
    el.className = 'tips-alert error';
    const problem = result.problem || {};
    if (result.status === 0) {
      label(el, 'networkError');
    } else if (result.status === 401) {
      label(el, 'sessionExpired');
    } else if (problem.detailVi || problem.detailEn) {
      pair(el, problem.detailVi, problem.detailEn);
    } else {
      label(el, 'failed');
    }
  }

  function showNotice(el, key) {
    el.hidden = false;
    el.className = 'tips-alert success';
    label(el, key);
  }

  /**
   * Requests for {@code results}: what is shown stays (marked busy) until the answer, which replaces it at once;
   * the answer to an older request than the latest is dropped (null).
   */
  function latestOnly(results) {
    let latest = 0;
    return async (request) => {
      const mine = ++latest;
      results.setAttribute('aria-busy', 'true');
      if (!results.firstChild) {
        results.append(h('p', { class: 'muted', tt: 'loading' }));
      }
      const result = await request();
      if (mine !== latest) {
        return null;
      }
      results.removeAttribute('aria-busy');
      return result;
    };
  }

  function alertBox(id) {
    return h('p', { class: 'tips-alert', id, role: 'alert', hidden: true });
  }

  // ---- forms ---------------------------------------------------------------------------------------------------

  /**
   * A labelled control with its hint and a place for its error. {@code field} is the request field the server
   * names in errors[].field (e.g. "tip.narrative"), so its message lands next to the control.
   */
  function field(id, labelKey, control, { field: name, hint, wide } = {}) {
    control.id = id;
    const error = h('p', { class: 'field-error', id: id + '-error', hidden: true });
    if (name) {
      error.dataset.field = name;
    }
    const hintEl = hint ? h('p', { class: 'hint', id: id + '-hint', tt: hint }) : null;
    control.setAttribute('aria-describedby', [hintEl && hintEl.id, error.id].filter(Boolean).join(' '));
    return h('div', { class: 'field' + (wide ? ' wide' : '') },
      h('label', { for: id, tt: labelKey }), control, hintEl, error);
  }

  function input(props = {}) {
    return h('input', { type: 'text', autocomplete: 'off', ...props });
  }

  function select(entries, props = {}) {
    return options(h('select', props), entries);
  }

  function choice(value, key) {
    return h('option', { value, tt: key });
  }

  function placeholderChoice() {
    return h('option', { value: '', tt: 'choose' });
  }

  function clearErrors(form) {
    form.querySelectorAll('.field-error').forEach((el) => {
      el.hidden = true;
      el.textContent = '';
      delete el.dataset.vi;
      delete el.dataset.en;
      delete el.dataset.tt;
    });
    form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
  }

  function markError(errorEl, text) {
    errorEl.hidden = false;
    if (typeof text === 'string') {
      label(errorEl, text);
    } else {
      pair(errorEl, text.vi, text.en);
    }
    const control = document.querySelector('[aria-describedby~="' + CSS.escape(errorEl.id) + '"]');
    if (control) {
      control.setAttribute('aria-invalid', 'true');
    }
  }

  /**
   * Puts each of the server's field errors next to its control ({@code rename} maps a server field to another);
   * those without one go to {@code alert}. Answers whether any was shown next to a control.
   */
  function showFieldErrors(form, alert, errors, rename = (f) => f) {
    const unplaced = [];
    let placed = false;
    errors.forEach((error) => {
      const target = form.querySelector('.field-error[data-field="' + CSS.escape(rename(error.field)) + '"]');
      if (target) {
        if (target.hidden) {
          markError(target, { vi: error.vi || error.message, en: error.en || error.message });
        } else {
          pair(target, target.dataset.vi + ' ' + (error.vi || error.message), target.dataset.en + ' ' + (error.en || error.message));
        }
        placed = true;
      } else {
        unplaced.push(error);
      }
    });
    if (unplaced.length) {
      alert.hidden = false;
      alert.className = 'tips-alert error';
      pair(alert, unplaced.map((e) => e.field + ': ' + (e.vi || e.message)).join(' '),
        unplaced.map((e) => e.field + ': ' + (e.en || e.message)).join(' '));
    } else if (placed) {
      alert.hidden = false;
      alert.className = 'tips-alert error';
      label(alert, 'fixFields');
    }
    return placed;
  }

  function focusFirstError(form) {
    const invalid = form.querySelector('[aria-invalid="true"]');
    if (invalid) {
      invalid.focus();
    }
  }

  /** Handles a failed submission: field errors next to their controls, anything else in {@code alert}. */
  function showSubmitFailure(form, alert, result, rename) {
    const errors = result.problem && Array.isArray(result.problem.errors) ? result.problem.errors : [];
    if (errors.length && result.status === 400) {
      showFieldErrors(form, alert, errors, rename);
      focusFirstError(form);
    } else {
      showFailure(alert, result);
    }
  }

  async function busy(button, work) {
    const key = button.dataset.tt;
    const args = JSON.parse(button.dataset.ttArgs || '[]');
    button.disabled = true;
    label(button, 'sending');
    try {
      await work();
    } finally {
      button.disabled = false;
      label(button, key, ...args);
    }
  }

  // ---- pages ---------------------------------------------------------------------------------------------------

  function tabs(current) {
    const entries = [['list', '#/tips', true], ['new', '#/tips/new', may.receive()],
      ['overdue', '#/tips/overdue', may.seeOverdue()], ['statistics', '#/tips/statistics', true]];
    return h('nav', { class: 'tips-tabs', aria: 'tabsLabel' },
      entries.filter(([, , allowed]) => allowed).map(([id, href]) => h('a', {
        id: 'tips-tab-' + id, href, tt: 'tab.' + id, 'aria-current': id === current ? 'page' : null,
      })));
  }

  function heading(key, introKey) {
    const title = h('h3', { class: 'tips-title', tt: key });
    return introKey ? [title, h('p', { class: 'tips-intro', tt: introKey })] : [title];
  }

  function takeFlash(alert) {
    if (flash) {
      showNotice(alert, flash);
      flash = null;
    }
  }

  // ---- intake form ---------------------------------------------------------------------------------------------

  function intakePage(root) {
    root.append(tabs('new'));
    if (!may.receive()) {
      root.append(h('p', { class: 'tips-alert error', tt: 'notAllowed' }));
      return;
    }
    const idempotencyKey = uuid(); // one per form: a retry after a lost answer returns the same tip
    const alert = alertBox('tip-form-message');
    const indicatorRows = h('div', { class: 'indicator-rows', id: 'tip-indicators' });
    const indicatorsError = h('p', { class: 'field-error', id: 'tip-indicators-error', hidden: true });
    indicatorsError.dataset.field = 'tip.indicators';

    const channel = select([placeholderChoice(), ...CHANNELS.map((c) => choice(c, 'channel.' + c))]);
    const sourceKind = select([placeholderChoice(), ...SOURCE_KINDS.map((c) => choice(c, 'sourceKind.' + c))]);
    const unit = input({ value: context.user ? context.user.unit : '', list: 'tip-units', spellcheck: 'false' });
    const receivedAt = input({ value: nowText(), placeholder: 'dateTimeHint', inputmode: 'numeric' });
    const modus = select([placeholderChoice(), ...modusList().filter(([, , , active]) => active)
      .map(([code, vi, en]) => bilingual('option', { value: code }, vi, en))]);
    // kiến nghị khởi tố: only from a competent state body, named by its unit code
    const petitioningUnit = input({ spellcheck: 'false', list: 'tip-units' });
    const petitioning = field('tip-petitioning-unit', 'form.petitioningUnit', petitioningUnit,
      { field: 'tip.petitioning_unit', hint: 'form.petitioningUnitHint' });
    petitioning.hidden = true;
    sourceKind.addEventListener('change', () => { petitioning.hidden = sourceKind.value !== 'PETITION'; });
    const narrative = h('textarea', { rows: 6, maxlength: 20000 });
    const loss = input({ inputmode: 'numeric' });
    loss.placeholder = '45.000.000';
    loss.addEventListener('blur', () => {
      const dong = parseMoney(loss.value);
      if (dong) {
        loss.value = formatMoney(dong).replace(' đ', '');
      }
    });
    const lastTransferAt = input({ placeholder: 'dateTimeHint', inputmode: 'numeric' });

    function indicatorRow(type = 'PHONE', value = '') {
      const typeSelect = select(INDICATOR_TYPES.map((c) => choice(c, 'indicator.' + c)), { class: 'indicator-type', aria: 'form.indicatorType' });
      typeSelect.value = type;
      const valueInput = input({ class: 'indicator-value', value, aria: 'form.indicatorValue', spellcheck: 'false' });
      const error = h('p', { class: 'field-error', hidden: true });
      const remove = h('button', { type: 'button', class: 'button subtle', tt: 'form.removeIndicator', aria: 'form.removeIndicatorLabel' });
      const row = h('div', { class: 'indicator-row' }, typeSelect, valueInput, remove, error);
      remove.addEventListener('click', () => {
        row.remove();
        numberRows();
      });
      return row;
    }

    /** Ids and error fields follow the rows' order; the server names rows by their index in the request. */
    function numberRows() {
      [...indicatorRows.children].forEach((row, i) => {
        const [type, value, remove, error] = row.children;
        type.id = 'tip-indicator-type-' + i;
        value.id = 'tip-indicator-value-' + i;
        remove.id = 'tip-indicator-remove-' + i;
        error.id = 'tip-indicator-value-' + i + '-error';
        value.setAttribute('aria-describedby', error.id);
      });
    }

    const addIndicator = h('button', { type: 'button', class: 'button secondary', id: 'tip-add-indicator', tt: 'form.addIndicator' });
    addIndicator.addEventListener('click', () => {
      indicatorRows.append(indicatorRow());
      numberRows();
      indicatorRows.lastElementChild.querySelector('.indicator-value').focus();
    });
    indicatorRows.append(indicatorRow());
    numberRows();

    const submit = h('button', { type: 'submit', class: 'button primary', id: 'tip-submit', tt: 'form.submit' });
    const form = h('form', { id: 'tip-form', class: 'tips-form', novalidate: true },
      h('fieldset', {},
        h('legend', { tt: 'form.reception' }),
        h('div', { class: 'grid' },
          field('tip-channel', 'form.channel', channel, { field: 'tip.channel' }),
          field('tip-source-kind', 'form.sourceKind', sourceKind, { field: 'tip.source_kind' }),
          petitioning,
          field('tip-receiving-unit', 'form.receivingUnit', unit, { field: 'tip.receiving_unit', hint: 'form.receivingUnitHint' }),
          field('tip-received-at', 'form.receivedAt', receivedAt, { field: 'tip.received_at', hint: 'form.receivedAtHint' }))),
      h('fieldset', {},
        h('legend', { tt: 'form.content' }),
        h('div', { class: 'grid' },
          field('tip-modus', 'form.modus', modus, { field: 'tip.modus_operandi', wide: true }),
          field('tip-narrative', 'form.narrative', narrative, { field: 'tip.narrative', hint: 'form.narrativeHint', wide: true }))),
      h('fieldset', {},
        h('legend', { tt: 'form.loss' }),
        h('div', { class: 'grid' },
          field('tip-loss', 'form.lossDong', loss, { field: 'tip.loss.dong' }),
          field('tip-last-transfer-at', 'form.lastTransferAt', lastTransferAt, { field: 'tip.last_transfer_at', hint: 'dateTimeHint' }))),
      h('fieldset', {},
        h('legend', { tt: 'form.indicators' }),
        h('p', { class: 'hint', tt: 'form.indicatorsHint' }),
        indicatorRows, indicatorsError, addIndicator),
      h('datalist', { id: 'tip-units' }, unitChoices()),
      h('div', { class: 'actions' }, submit));

    let sentRows = []; // the rows whose indicators were sent, by their index in the request
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors(form);
      alert.hidden = true;
      const local = [];
      const body = {
        receivingUnit: unit.value.trim(),
        narrative: narrative.value,
      };
      if (channel.value) {
        body.channel = channel.value;
      } else {
        local.push(['tip-channel', 'form.chooseChannel']);
      }
      if (sourceKind.value) {
        body.sourceKind = sourceKind.value;
        if (sourceKind.value === 'PETITION' && petitioningUnit.value.trim()) {
          body.petitioningUnit = petitioningUnit.value.trim();
        }
      } else {
        local.push(['tip-source-kind', 'form.chooseSourceKind']);
      }
      if (modus.value) {
        body.modusOperandi = modus.value;
      } else {
        local.push(['tip-modus', 'form.chooseModus']);
      }
      const received = parseDateTime(receivedAt.value);
      if (received === undefined) {
        local.push(['tip-received-at', 'badDateTime']);
      } else if (received) {
        body.receivedAt = received;
      }
      const transfer = parseDateTime(lastTransferAt.value);
      if (transfer === undefined) {
        local.push(['tip-last-transfer-at', 'badDateTime']);
      } else if (transfer) {
        body.lastTransferAt = transfer;
      }
      const dong = parseMoney(loss.value);
      if (dong === undefined) {
        local.push(['tip-loss', 'badMoney']);
      } else if (dong) {
        body.loss = { dong };
      }
      sentRows = [...indicatorRows.children].filter((row) => row.querySelector('.indicator-value').value.trim());
      body.indicators = sentRows.map((row) => ({
        type: row.querySelector('.indicator-type').value,
        value: row.querySelector('.indicator-value').value.trim(),
      }));
      if (!body.narrative.trim()) {
        local.push(['tip-narrative', 'required']);
      }
      if (!body.receivingUnit) {
        local.push(['tip-receiving-unit', 'required']);
      }
      if (local.length) {
        local.forEach(([id, key]) => markError(document.getElementById(id + '-error'), key));
        alert.hidden = false;
        alert.className = 'tips-alert error';
        label(alert, 'fixFields');
        focusFirstError(form);
        return;
      }
      await busy(submit, async () => {
        const result = await post('/api/v1/tips', body, idempotencyKey);
        if (result.ok) {
          flash = 'form.created';
          location.hash = '#/tips/' + result.body.id;
          return;
        }
        sentRows.forEach((row, i) => { row.querySelector('.field-error').dataset.field = 'tip.indicators[' + i + '].value'; });
        showSubmitFailure(form, alert, result, (f) => f.replace(/^(tip\.indicators\[\d+\])\.type$/, '$1.value'));
        sentRows.forEach((row) => { delete row.querySelector('.field-error').dataset.field; });
      });
    });

    root.append(...heading('form.title', 'form.intro'), alert, form);
  }

  /** The units of today from the registry (report-service), for the unit fields' suggestions; the user's own first. */
  function unitChoices() {
    const ownCode = context.user && context.user.unit ? context.user.unit : null;
    const known = units || [];
    const own = ownCode ? [known.find(([code]) => code === ownCode) || [ownCode, '', '']] : [];
    return [...own, ...known.filter(([code]) => code !== ownCode)]
      .map(([code, vi, en]) => h('option', { value: code }, (context.language === 'en' ? en || vi : vi || en) || code));
  }

  /** Reads the unit registry once; without it the fields still take any code, the service checks it. */
  function loadUnits() {
    if (!unitsLoading) {
      unitsLoading = get('/api/v1/units', { asOf: todayInVietnam() }).then((result) => {
        if (result.ok && result.body) {
          units = (result.body.units || []).map((u) => [u.code, u.nameVi, u.nameEn]);
        } else {
          unitsLoading = null;
        }
      });
    }
    return unitsLoading;
  }

  // ---- list ----------------------------------------------------------------------------------------------------

  const listState = { unit: '', pageSize: 20, tokens: [''], page: 0 };

  function listPage(root) {
    root.append(tabs('list'));
    const alert = alertBox('tips-message');
    takeFlash(alert);
    const unit = input({ value: listState.unit, placeholder: 'list.unitPlaceholder', list: 'tip-units', spellcheck: 'false' });
    const size = select(PAGE_SIZES.map((n) => h('option', { value: String(n) }, String(n))));
    size.value = String(listState.pageSize);
    const apply = h('button', { type: 'submit', class: 'button secondary', id: 'tips-filter-apply', tt: 'list.apply' });
    const filters = h('form', { class: 'tips-filters', id: 'tips-filters' },
      field('tips-filter-unit', 'list.unit', unit, { field: 'receivingUnit' }),
      field('tips-filter-size', 'list.pageSize', size),
      h('div', { class: 'field action' }, apply),
      h('datalist', { id: 'tip-units' }, unitChoices()));
    const results = h('div', { id: 'tips-results', 'aria-live': 'polite' });
    const pager = h('div', { class: 'pager' });

    const latest = latestOnly(results);
    async function load() {
      const result = await latest(() => get('/api/v1/tips', {
        receivingUnit: listState.unit, pageSize: listState.pageSize, pageToken: listState.tokens[listState.page],
      }));
      if (!result) {
        return;
      }
      results.replaceChildren();
      pager.replaceChildren();
      if (!result.ok) {
        showFailure(alert, result);
        return;
      }
      const tips = result.body.tips || [];
      const next = result.body.nextPageToken || '';
      listState.tokens[listState.page + 1] = next;
      if (!tips.length) {
        results.append(h('p', { class: 'empty', tt: 'list.empty' }));
      } else {
        results.append(tipsTable(tips));
      }
      const previous = h('button', { type: 'button', class: 'button secondary', id: 'tips-previous', tt: 'list.previous',
        disabled: listState.page === 0 });
      const following = h('button', { type: 'button', class: 'button secondary', id: 'tips-next', tt: 'list.next', disabled: !next });
      previous.addEventListener('click', () => { listState.page -= 1; load(); });
      following.addEventListener('click', () => { listState.page += 1; load(); });
      if (listState.page > 0 || next) {
        pager.append(previous, h('span', { class: 'muted', tt: ['list.page', listState.page + 1] }), following);
      }
    }

    filters.addEventListener('submit', (event) => {
      event.preventDefault();
      alert.hidden = true;
      listState.unit = unit.value.trim();
      listState.pageSize = Number(size.value);
      listState.tokens = [''];
      listState.page = 0;
      load();
    });
    root.append(...heading('list.title'), alert, filters, results, pager);
    load();
  }

  function tipsTable(tips) {
    return h('div', { class: 'table-wrap' }, h('table', { class: 'tips-table', id: 'tips-table' },
      h('thead', {}, h('tr', {},
        h('th', { tt: 'list.receivedAt' }), h('th', { tt: 'list.modus' }),
        h('th', { class: 'num', tt: 'list.loss' }), h('th', { tt: 'list.status' }), h('th', { tt: 'list.due' }))),
      h('tbody', {}, tips.map((tip) => h('tr', { id: 'tips-row-' + tip.id, 'data-id': tip.id },
        h('td', { class: 'nowrap' },
          h('a', { href: '#/tips/' + tip.id, class: 'tip-link', id: 'tip-link-' + tip.id }, formatDateTime(tip.receivedAt)),
          h('div', { class: 'sub', tt: 'channel.' + tip.channel }),
          h('div', { class: 'sub code' }, tip.receivingUnit)),
        h('td', {}, modusLabel(tip.modusOperandi, 'div', { class: 'strong' }),
          tip.narrative ? h('div', { class: 'sub excerpt' }, excerpt(tip.narrative)) : null),
        h('td', { class: 'num nowrap' }, formatMoney(tip.loss ? tip.loss.dong : '0')),
        h('td', {}, statusBadge(tip.status)),
        h('td', { class: 'nowrap' }, formatDay(tip.decisionDue), h('div', { class: 'sub' }, deadlineState(tip))))))));
  }

  function excerpt(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > 90 ? flat.slice(0, 88) + '…' : flat;
  }

  /** How the decision deadline stands: overdue, due today, days left — or decided. */
  function deadlineState(tip, id) {
    if (!OPEN_STATUSES.includes(tip.status)) {
      return h('span', { class: 'deadline done', id, tt: tip.status === 'SUSPENDED' ? 'deadline.suspended' : 'deadline.decided' });
    }
    const days = daysBetween(todayIso(), tip.decisionDue);
    if (tip.decisionOverdue || days < 0) {
      return h('span', { class: 'deadline overdue', id, tt: ['deadline.overdue', Math.max(1, -days)] });
    }
    if (days === 0) {
      return h('span', { class: 'deadline soon', id, tt: 'deadline.today' });
    }
    return h('span', { class: 'deadline ' + (days <= 7 ? 'soon' : 'ok'), id, tt: ['deadline.left', days] });
  }

  // ---- detail --------------------------------------------------------------------------------------------------

  function detailPage(root, id) {
    root.append(tabs(null));
    const alert = alertBox('tip-message');
    takeFlash(alert);
    const body = h('div', { id: 'tip-detail' }, h('p', { class: 'muted', tt: 'loading' }));
    root.append(h('p', { class: 'back' }, h('a', { href: '#/tips', tt: 'detail.back' })), alert, body);

    async function load() {
      const [tipResult, messagesResult] = await Promise.all([
        get('/api/v1/tips/' + encodeURIComponent(id)),
        may.readMessages() ? get('/api/v1/tips/' + encodeURIComponent(id) + '/messages') : Promise.resolve(null),
      ]);
      if (!tipResult.ok) {
        body.replaceChildren();
        showFailure(alert, tipResult);
        return;
      }
      body.replaceChildren(...tipDetail(tipResult.body, messagesResult, (noticeKey) => {
        showNotice(alert, noticeKey);
        load();
      }));
    }
    load();
  }

  function tipDetail(tip, messagesResult, changed) {
    const parts = [];
    parts.push(h('div', { class: 'tip-head' },
      h('div', {},
        h('h3', { class: 'tips-title' }, h('span', { tt: 'detail.heading' }), ' ', formatDateTime(tip.receivedAt)),
        h('p', { class: 'muted code', id: 'tip-id' }, tip.id)),
      statusBadge(tip.status, 'tip-status')));

    parts.push(h('div', { class: 'tip-cards' },
      h('div', { class: 'tip-card' },
        h('p', { class: 'eyebrow', tt: 'detail.decisionDue' }),
        h('p', { class: 'big', id: 'tip-decision-due' }, formatDay(tip.decisionDue)),
        deadlineState(tip, 'tip-deadline-state'),
        tip.extendedUntil ? h('p', { class: 'sub', tt: ['detail.extendedUntil', formatDay(tip.extendedUntil)] }) : null),
      h('div', { class: 'tip-card' },
        h('p', { class: 'eyebrow', tt: 'detail.notification' }),
        tip.procuracyNotifiedAt
          ? h('p', { class: 'deadline ok', tt: ['detail.notifiedAt', formatDateTime(tip.procuracyNotifiedAt)] })
          : h('p', { class: 'deadline ' + (tip.notificationOverdue ? 'overdue' : 'soon'),
            tt: tip.notificationOverdue ? 'detail.notificationLate' : ['detail.notificationDue', formatDay(tip.notificationDue)] }),
        tip.notificationOverdue ? h('p', { class: 'sub', tt: ['detail.notificationDue', formatDay(tip.notificationDue)] }) : null),
      h('div', { class: 'tip-card' },
        h('p', { class: 'eyebrow', tt: 'detail.outcome' }),
        outcomeView(tip))));

    const indicators = tip.indicators || [];
    const personal = !!tip.narrative; // withheld with the indicators from viewers who may not see personal data
    parts.push(h('section', { class: 'tip-section' },
      h('h4', { tt: 'detail.facts' }),
      h('dl', { class: 'facts' },
        fact('detail.receivedAt', formatDateTime(tip.receivedAt), 'tip-fact-received-at'),
        fact('detail.channel', h('span', { tt: 'channel.' + tip.channel }), 'tip-fact-channel'),
        fact('detail.sourceKind', h('span', { tt: 'sourceKind.' + tip.sourceKind }), 'tip-fact-source-kind'),
        fact('detail.receivingUnit', h('span', { class: 'code' }, tip.receivingUnit), 'tip-fact-receiving-unit'),
        tip.petitioningUnit ? fact('detail.petitioningUnit', h('span', { class: 'code' }, tip.petitioningUnit), 'tip-fact-petitioning-unit') : null,
        fact('detail.modus', modusLabel(tip.modusOperandi), 'tip-fact-modus'),
        fact('detail.loss', formatMoney(tip.loss ? tip.loss.dong : '0'), 'tip-fact-loss'),
        fact('detail.lastTransferAt', tip.lastTransferAt ? formatDateTime(tip.lastTransferAt) : h('span', { tt: 'detail.none' }), 'tip-fact-last-transfer-at'),
        fact('detail.createdBy', tip.audit ? tip.audit.createdBy : '', 'tip-fact-created-by')),
      h('h5', { tt: 'detail.narrative' }),
      personal ? h('p', { class: 'narrative', id: 'tip-fact-narrative' }, tip.narrative)
        : h('p', { class: 'muted', id: 'tip-fact-narrative', tt: 'detail.withheld' })));

    parts.push(h('section', { class: 'tip-section' },
      h('h4', { tt: 'detail.indicators' }),
      !personal ? h('p', { class: 'muted', tt: 'detail.withheld' })
        : indicators.length === 0 ? h('p', { class: 'muted', tt: 'detail.noIndicators' })
          : h('div', { class: 'table-wrap' }, h('table', { class: 'tips-table', id: 'tip-indicator-table' },
            h('thead', {}, h('tr', {}, h('th', { tt: 'detail.indicatorType' }), h('th', { tt: 'detail.indicatorValue' }),
              h('th', { tt: 'detail.indicatorNormalized' }))),
            h('tbody', {}, indicators.map((i) => h('tr', {},
              h('td', { tt: 'indicator.' + i.type }), h('td', {}, i.value), h('td', { class: 'code' }, i.normalized))))))));

    const linked = tip.linkedTips || [];
    parts.push(h('section', { class: 'tip-section' },
      h('h4', { tt: 'detail.linked' }),
      h('p', { class: 'hint', tt: 'detail.linkedHint' }),
      linked.length === 0 ? h('p', { class: 'muted', id: 'tip-linked', tt: 'detail.noLinked' })
        : h('div', { class: 'table-wrap' }, h('table', { class: 'tips-table', id: 'tip-linked' },
          h('thead', {}, h('tr', {}, h('th', { tt: 'list.receivedAt' }), h('th', { tt: 'list.modus' }),
            h('th', { tt: 'list.status' }), h('th', { tt: 'detail.shared' }))),
          h('tbody', {}, linked.map((l) => h('tr', {},
            h('td', { class: 'nowrap' }, h('a', { href: '#/tips/' + l.tipId }, formatDateTime(l.receivedAt)),
              h('div', { class: 'sub code' }, l.receivingUnit)),
            h('td', {}, modusLabel(l.modusOperandi)),
            h('td', {}, statusBadge(l.status)),
            h('td', { class: 'code' }, (l.sharedIndicators || []).join(', ') || '—'))))))));

    parts.push(historySection(tip));
    parts.push(actionsSection(tip, changed));
    if (messagesResult) {
      parts.push(messagesSection(tip, messagesResult, changed));
    }
    return parts;
  }

  function fact(key, value, id) {
    return [h('dt', { tt: key }), h('dd', { id }, value)];
  }

  function outcomeView(tip) {
    const o = tip.outcome;
    const pending = tip.pendingProsecution;
    if (!o && pending && pending.prosecute) {
      return h('p', { class: 'tips-alert pending', id: 'tip-outcome', role: 'status',
        tt: ['detail.prosecutionPending', pending.prosecute.penalCodeArticle, pending.prosecute.clause, pending.decidedBy || ''] });
    }
    if (!o) {
      return h('p', { class: 'muted', id: 'tip-outcome', tt: 'detail.undecided' });
    }
    const lines = [];
    if (o.prosecute) {
      lines.push(h('p', { class: 'strong', tt: ['detail.prosecuted', o.prosecute.penalCodeArticle, o.prosecute.clause, o.prosecute.caseNumber || ''] }));
      if (tip.caseId) {
        lines.push(h('p', { class: 'sub' }, h('span', { tt: 'detail.caseId' }), ': ', h('span', { class: 'code' }, tip.caseId)));
      }
    } else if (o.notProsecute) {
      lines.push(h('p', { class: 'strong', tt: 'detail.notProsecuted' }));
      lines.push(pair(h('p', { class: 'sub' }), o.notProsecute.groundLabelVi, o.notProsecute.groundLabelEn));
      if (o.notProsecute.reasons) {
        lines.push(h('p', { class: 'sub' }, o.notProsecute.reasons));
      }
    } else if (o.suspend) {
      lines.push(h('p', { class: 'strong', tt: 'detail.suspendedOutcome' }));
      lines.push(pair(h('p', { class: 'sub' }), o.suspend.groundLabelVi, o.suspend.groundLabelEn));
    }
    if (o.decidedAt) {
      lines.push(h('p', { class: 'sub', tt: ['detail.decidedBy', formatDateTime(o.decidedAt), o.decidedBy || ''] }));
    }
    return h('div', { id: 'tip-outcome' }, lines);
  }

  function historySection(tip) {
    const history = tip.history || [];
    const extensions = tip.extensions || [];
    return h('section', { class: 'tip-section' },
      h('h4', { tt: 'detail.history' }),
      h('div', { class: 'table-wrap' }, h('table', { class: 'tips-table', id: 'tip-history' },
        h('thead', {}, h('tr', {}, h('th', { tt: 'detail.historyAt' }), h('th', { tt: 'detail.historyStep' }),
          h('th', { tt: 'detail.historyStatus' }), h('th', { tt: 'detail.historyBy' }), h('th', { tt: 'detail.historyNote' }))),
        h('tbody', {}, history.map((c) => h('tr', {},
          h('td', { class: 'nowrap' }, formatDateTime(c.at)),
          h('td', { class: 'nowrap', tt: 'step.' + c.step }),
          h('td', { class: 'nowrap' },
            c.fromStatus && c.fromStatus !== 'TIP_STATUS_UNSPECIFIED' ? [statusBadge(c.fromStatus), ' → '] : null,
            statusBadge(c.toStatus)),
          h('td', {}, c.actor, c.actorUnit ? h('div', { class: 'sub code' }, c.actorUnit) : null),
          h('td', { class: 'note' }, c.note || '')))))),
      extensions.length ? [h('h5', { tt: 'detail.extensions' }), h('ul', { class: 'plain', id: 'tip-extensions' },
        extensions.map((e) => h('li', {},
          h('strong', { tt: ['detail.extensionN', e.number] }), ' — ', formatDay(e.until), ': ', e.reason,
          e.procuracyApproval ? h('div', { class: 'sub', tt: ['detail.approval', e.procuracyApproval.approver,
            e.procuracyApproval.documentNumber, formatDay(e.procuracyApproval.documentDate)] }) : null)))] : null);
  }

  // ---- decisions -----------------------------------------------------------------------------------------------

  function actionsSection(tip, changed) {
    const section = h('section', { class: 'tip-section', id: 'tip-actions' }, h('h4', { tt: 'action.title' }));
    const open = OPEN_STATUSES.includes(tip.status);
    const extensions = (tip.extensions || []).length;
    const forms = [];
    if (open && ((extensions === 0 && may.decide()) || (extensions === 1 && may.extendSecond()))) {
      forms.push(extendForm(tip, extensions + 1, changed));
    }
    if (open && may.decide()) {
      forms.push(decideForm(tip, changed));
    }
    if (tip.status === 'SUSPENDED' && may.decide()) {
      forms.push(resumeForm(tip, changed));
    }
    if (!tip.procuracyNotifiedAt && may.recordNotification()) {
      forms.push(notifyForm(tip, changed));
    }
    if (!open && tip.status !== 'SUSPENDED') {
      section.append(h('p', { class: 'muted', tt: 'action.noneAllowed' }));
    } else if (!may.decide()) {
      section.append(h('p', { class: 'muted', tt: 'action.noRights' }));
    }
    if (forms.length) {
      section.append(h('div', { class: 'action-forms' }, forms));
    }
    if (hasAny('investigator', 'police-leader')) {
      // rewards have their own section (pages/rewards): proposed there for this tip, approved and paid there
      section.append(h('p', {}, h('a', { class: 'button', id: 'tip-propose-reward', href: '#/rewards/new/' + tip.id,
        tt: 'action.proposeReward' })));
    }
    return section;
  }

  /** One action on the tip: a titled, collapsible form posting to {@code path} with its own Idempotency-Key. */
  function actionForm(id, titleKey, hintKey, fields, submitKey, path, makeBody, changed, { confirm, open: startOpen } = {}) {
    const idempotencyKey = uuid();
    const alert = alertBox(id + '-message');
    const submit = h('button', { type: 'submit', class: 'button primary', id: id + '-submit', tt: submitKey });
    const confirmBox = confirm ? h('div', { class: 'confirm', id: id + '-confirm', hidden: true },
      h('p', { tt: 'action.confirm' }),
      h('button', { type: 'button', class: 'button primary', id: id + '-confirm-yes', tt: 'action.confirmYes' }),
      h('button', { type: 'button', class: 'button secondary', id: id + '-confirm-no', tt: 'cancel' })) : null;
    const form = h('form', { class: 'tips-form compact', id, novalidate: true },
      hintKey ? h('p', { class: 'hint', tt: hintKey }) : null,
      h('div', { class: 'grid' }, fields), alert, h('div', { class: 'actions' }, submit), confirmBox);
    const details = h('details', { class: 'action', open: !!startOpen }, h('summary', { id: id + '-toggle', tt: titleKey }), form);

    async function send() {
      const body = makeBody(form);
      if (!body) {
        return;
      }
      await busy(submit, async () => {
        const result = await post(path, body, idempotencyKey);
        if (result.ok) {
          changed('detail.updated');
        } else {
          showSubmitFailure(form, alert, result);
        }
      });
    }

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearErrors(form);
      alert.hidden = true;
      if (confirmBox) {
        if (makeBody(form)) {
          confirmBox.hidden = false;
          submit.hidden = true;
        }
        return;
      }
      send();
    });
    if (confirmBox) {
      confirmBox.querySelector('#' + id + '-confirm-yes').addEventListener('click', async () => {
        confirmBox.hidden = true;
        submit.hidden = false;
        await send();
      });
      confirmBox.querySelector('#' + id + '-confirm-no').addEventListener('click', () => {
        confirmBox.hidden = true;
        submit.hidden = false;
      });
    }
    return details;
  }

  function requireLocal(form, checks) {
    let ok = true;
    checks.forEach(([id, failing, key]) => {
      if (failing) {
        markError(form.querySelector('#' + id + '-error'), key);
        ok = false;
      }
    });
    if (!ok) {
      focusFirstError(form);
    }
    return ok;
  }

  function extendForm(tip, number, changed) {
    const until = input({ placeholder: 'dateHint', inputmode: 'numeric' });
    const reason = h('textarea', { rows: 3, maxlength: 2000 });
    const fields = [
      field('extend-until', 'action.until', until, { field: 'until', hint: 'action.untilHint' }),
      field('extend-reason', 'action.reason', reason, { field: 'reason', wide: true }),
    ];
    let approver;
    let documentNumber;
    let documentDate;
    if (number === 2) {
      approver = input();
      documentNumber = input();
      documentDate = input({ placeholder: 'dateHint', inputmode: 'numeric' });
      fields.push(
        field('extend-approver', 'action.approver', approver, { field: 'procuracy_approval.approver' }),
        field('extend-document-number', 'action.documentNumber', documentNumber, { field: 'procuracy_approval.document_number' }),
        field('extend-document-date', 'action.documentDate', documentDate, { field: 'procuracy_approval.document_date' }));
    }
    return actionForm('extend-form', 'action.extend', number === 1 ? 'action.extendHint1' : 'action.extendHint2', fields,
      'action.extendSubmit', '/api/v1/tips/' + tip.id + ':extend', (form) => {
        const day = parseDay(until.value);
        const date = documentDate ? parseDay(documentDate.value) : null;
        if (!requireLocal(form, [['extend-until', day === undefined, 'badDate'], ['extend-reason', !reason.value.trim(), 'required'],
          ['extend-document-date', documentDate && !date, date === null ? 'required' : 'badDate']])) {
          return null;
        }
        const body = { reason: reason.value.trim() };
        if (day) {
          body.until = day;
        }
        if (number === 2) {
          body.procuracyApproval = { approver: approver.value.trim(), documentNumber: documentNumber.value.trim(), documentDate: date };
        }
        return body;
      }, changed);
  }

  function decideForm(tip, changed) {
    const kind = select([placeholderChoice(), choice('prosecute', 'action.prosecute'),
      choice('notProsecute', 'action.notProsecute'), choice('suspend', 'action.suspend')]);
    const article = select(ARTICLES.map(([n, , vi, en]) => {
      const option = h('option', { value: String(n) });
      option.dataset.labelVi = 'Điều ' + n + '. ' + vi;
      option.dataset.labelEn = 'Art. ' + n + '. ' + en;
      option.textContent = context.language === 'en' ? option.dataset.labelEn : option.dataset.labelVi;
      return option;
    }));
    const clause = select([]);
    function clauses() {
      const entry = ARTICLES.find(([n]) => String(n) === article.value);
      clause.replaceChildren(...Array.from({ length: entry ? entry[1] : 1 }, (_, i) =>
        h('option', { value: String(i + 1), tt: ['action.clauseN', i + 1] })));
    }
    article.addEventListener('change', clauses);
    clauses();
    const caseTitle = input({ maxlength: 500 });
    const leadUnit = input({ spellcheck: 'false' });
    const ground = select([placeholderChoice(), ...NON_PROSECUTION_GROUNDS.map((g) => choice(g, 'ground.' + g))]);
    const reasons = h('textarea', { rows: 3, maxlength: 5000 });
    const suspensionGround = select([placeholderChoice(), ...SUSPENSION_GROUNDS.map((g) => choice(g, 'suspension.' + g))]);
    const note = h('textarea', { rows: 2, maxlength: 2000 });

    const groups = {
      prosecute: h('div', { class: 'grid sub-grid wide', hidden: true },
        field('decide-article', 'action.article', article, { field: 'prosecute.penal_code_article', wide: true }),
        field('decide-clause', 'action.clause', clause, { field: 'prosecute.clause' }),
        field('decide-lead-unit', 'action.leadUnit', leadUnit, { field: 'prosecute.lead_unit', hint: 'action.leadUnitHint' }),
        field('decide-case-title', 'action.caseTitle', caseTitle, { field: 'prosecute.case_title', wide: true })),
      notProsecute: h('div', { class: 'grid sub-grid wide', hidden: true },
        field('decide-ground', 'action.ground', ground, { field: 'not_prosecute.ground', wide: true }),
        field('decide-reasons', 'action.reasons', reasons, { field: 'not_prosecute.reasons', wide: true })),
      suspend: h('div', { class: 'grid sub-grid wide', hidden: true },
        field('decide-suspension-ground', 'action.suspensionGround', suspensionGround, { field: 'suspend.ground', wide: true }),
        field('decide-note', 'action.note', note, { field: 'suspend.note', wide: true })),
    };
    kind.addEventListener('change', () => {
      Object.entries(groups).forEach(([k, group]) => { group.hidden = k !== kind.value; });
    });
    const fields = [field('decide-kind', 'action.kind', kind, { field: 'outcome', wide: true }), ...Object.values(groups)];
    return actionForm('decide-form', 'action.decide', 'action.decideHint', fields, 'action.decideSubmit',
      '/api/v1/tips/' + tip.id + ':decide', (form) => {
        const checks = [['decide-kind', !kind.value, 'required']];
        if (kind.value === 'notProsecute') {
          checks.push(['decide-ground', !ground.value, 'required'], ['decide-reasons', !reasons.value.trim(), 'required']);
        } else if (kind.value === 'suspend') {
          checks.push(['decide-suspension-ground', !suspensionGround.value, 'required']);
        }
        clearErrors(form);
        if (!requireLocal(form, checks)) {
          return null;
        }
        if (kind.value === 'prosecute') {
          const prosecute = { penalCodeArticle: Number(article.value), clause: Number(clause.value) };
          if (leadUnit.value.trim()) {
            prosecute.leadUnit = leadUnit.value.trim();
          }
          if (caseTitle.value.trim()) {
            prosecute.caseTitle = caseTitle.value.trim();
          }
          return { prosecute };
        }
        if (kind.value === 'notProsecute') {
          return { notProsecute: { ground: ground.value, reasons: reasons.value.trim() } };
        }
        return { suspend: { ground: suspensionGround.value, note: note.value.trim() } };
      }, changed, { confirm: true });
  }

  function resumeForm(tip, changed) {
    const note = h('textarea', { rows: 2, maxlength: 2000 });
    return actionForm('resume-form', 'action.resume', 'action.resumeHint',
      [field('resume-note', 'action.resumeNote', note, { field: 'note', wide: true })], 'action.resumeSubmit',
      '/api/v1/tips/' + tip.id + ':resume', () => ({ note: note.value.trim() }), changed);
  }

  function notifyForm(tip, changed) {
    const documentNumber = input({ maxlength: 100 });
    return actionForm('notify-form', 'action.notify', null,
      [field('notify-document-number', 'action.notifyDocument', documentNumber, { field: 'document_number' })],
      'action.notifySubmit', '/api/v1/tips/' + tip.id + ':notify-procuracy',
      () => (documentNumber.value.trim() ? { documentNumber: documentNumber.value.trim() } : {}), changed);
  }

  // ---- messages with the tipster -------------------------------------------------------------------------------

  function messagesSection(tip, result, changed) {
    const section = h('section', { class: 'tip-section', id: 'tip-messages' }, h('h4', { tt: 'messages.title' }));
    if (!result.ok) {
      const alert = alertBox('tip-messages-message');
      showFailure(alert, result);
      section.append(alert);
      return section;
    }
    const thread = result.body;
    if (!thread.trackingCode) {
      section.append(h('p', { class: 'muted', tt: 'messages.notPublic' }));
      return section;
    }
    section.append(h('p', { class: 'hint', tt: ['messages.tracking', thread.trackingCode] }));
    const messages = thread.messages || [];
    section.append(messages.length === 0 ? h('p', { class: 'muted', tt: 'messages.empty' })
      : h('ol', { class: 'thread', id: 'tip-thread' }, messages.map((m) => h('li', { class: 'bubble ' + (m.author === 'OFFICER' ? 'officer' : 'tipster') },
        h('p', { class: 'meta' }, h('strong', { tt: m.author === 'OFFICER' ? 'messages.officer' : 'messages.tipster' }),
          m.officer ? ' — ' + m.officer : '', ' · ', formatDateTime(m.at)),
        h('p', { class: 'text' }, m.text)))));
    if (may.reply()) {
      const text = h('textarea', { rows: 3, maxlength: 5000 });
      section.append(actionForm('reply-form', 'messages.reply', 'messages.replyHint',
        [field('reply-text', 'messages.reply', text, { field: 'text', wide: true })], 'messages.send',
        '/api/v1/tips/' + tip.id + '/messages', (form) => {
          if (!requireLocal(form, [['reply-text', !text.value.trim(), 'required']])) {
            return null;
          }
          return { text: text.value.trim() };
        }, () => changed('messages.sent'), { open: true }));
    }
    return section;
  }

  // ---- overdue -------------------------------------------------------------------------------------------------

  const overdueState = { unit: '', tokens: [''], page: 0 };

  function overduePage(root) {
    root.append(tabs('overdue'));
    if (!may.seeOverdue()) {
      root.append(h('p', { class: 'tips-alert error', tt: 'notAllowed' }));
      return;
    }
    const alert = alertBox('tips-overdue-message');
    const unit = input({ value: overdueState.unit, placeholder: 'list.unitPlaceholder', list: 'tip-units', spellcheck: 'false' });
    const filters = h('form', { class: 'tips-filters' },
      field('tips-overdue-unit', 'list.unit', unit, { field: 'receivingUnit' }),
      h('div', { class: 'field action' }, h('button', { type: 'submit', class: 'button secondary', tt: 'list.apply' })),
      h('datalist', { id: 'tip-units' }, unitChoices()));
    const results = h('div', { id: 'tips-overdue', 'aria-live': 'polite' });
    const pager = h('div', { class: 'pager' });

    const latest = latestOnly(results);
    async function load() {
      const result = await latest(() => get('/api/v1/tips:overdue', {
        receivingUnit: overdueState.unit, pageSize: 50, pageToken: overdueState.tokens[overdueState.page],
      }));
      if (!result) {
        return;
      }
      results.replaceChildren();
      pager.replaceChildren();
      if (!result.ok) {
        showFailure(alert, result);
        return;
      }
      const tips = result.body.tips || [];
      const next = result.body.nextPageToken || '';
      overdueState.tokens[overdueState.page + 1] = next;
      results.append(h('p', { class: 'muted', tt: ['overdue.asOf', formatDay(result.body.today)] }));
      results.append(tips.length === 0 ? h('p', { class: 'empty', tt: 'overdue.empty' })
        : h('div', { class: 'table-wrap' }, h('table', { class: 'tips-table', id: 'tips-overdue-table' },
          h('thead', {}, h('tr', {}, h('th', { tt: 'overdue.due' }), h('th', { tt: 'overdue.notification' }),
            h('th', { tt: 'list.receivedAt' }), h('th', { tt: 'list.modus' }), h('th', { tt: 'list.status' }))),
          h('tbody', {}, tips.map((o) => h('tr', { id: 'tips-overdue-row-' + o.tipId },
            h('td', { class: 'nowrap' }, h('strong', {}, formatDay(o.decisionDue)),
              h('div', {}, daysLeft(o.daysLeft, o.decisionOverdue)),
              o.extendedUntil ? h('div', { class: 'sub', tt: 'overdue.extended' }) : null),
            h('td', { class: 'nowrap' }, o.notificationOverdue
              ? h('span', { class: 'deadline overdue', tt: ['overdue.notificationLate', formatDay(o.notificationDue)] })
              : h('span', { class: 'muted', tt: 'overdue.notificationOk' })),
            h('td', { class: 'nowrap' }, h('a', { href: '#/tips/' + o.tipId, class: 'tip-link' }, formatDateTime(o.receivedAt)),
              h('div', { class: 'sub code' }, o.receivingUnit)),
            h('td', {}, modusLabel(o.modusOperandi)),
            h('td', {}, statusBadge(o.status))))))));
      if (overdueState.page > 0 || next) {
        const previous = h('button', { type: 'button', class: 'button secondary', tt: 'list.previous', disabled: overdueState.page === 0 });
        const following = h('button', { type: 'button', class: 'button secondary', tt: 'list.next', disabled: !next });
        previous.addEventListener('click', () => { overdueState.page -= 1; load(); });
        following.addEventListener('click', () => { overdueState.page += 1; load(); });
        pager.append(previous, h('span', { class: 'muted', tt: ['list.page', overdueState.page + 1] }), following);
      }
    }

    filters.addEventListener('submit', (event) => {
      event.preventDefault();
      alert.hidden = true;
      overdueState.unit = unit.value.trim();
      overdueState.tokens = [''];
      overdueState.page = 0;
      load();
    });
    root.append(...heading('overdue.title', 'overdue.intro'), alert, filters, results, pager);
    load();
  }

  function daysLeft(days, overdue) {
    const n = Number(days || 0);
    if (overdue || n < 0) {
      return h('span', { class: 'deadline overdue', tt: ['deadline.overdue', Math.max(1, -n)] });
    }
    if (n === 0) {
      return h('span', { class: 'deadline soon', tt: 'deadline.today' });
    }
    return h('span', { class: 'deadline soon', tt: ['deadline.left', n] });
  }

  // ---- statistics ----------------------------------------------------------------------------------------------

  const statsState = { from: null, to: null, unit: '' };

  function statisticsPage(root) {
    root.append(tabs('statistics'));
    const today = todayIso();
    statsState.from = statsState.from || today.slice(0, 4) + '-01-01';
    statsState.to = statsState.to || today;
    const alert = alertBox('stats-message');
    const from = input({ value: formatDay(statsState.from), placeholder: 'dateHint', inputmode: 'numeric' });
    const to = input({ value: formatDay(statsState.to), placeholder: 'dateHint', inputmode: 'numeric' });
    const unit = input({ value: statsState.unit, placeholder: 'list.unitPlaceholder', list: 'tip-units', spellcheck: 'false' });
    const apply = h('button', { type: 'submit', class: 'button secondary', id: 'stats-apply', tt: 'stats.apply' });
    const filters = h('form', { class: 'tips-filters', id: 'stats-filters', novalidate: true },
      field('stats-from', 'stats.from', from, { field: 'from' }),
      field('stats-to', 'stats.to', to, { field: 'to' }),
      field('stats-unit', 'stats.unit', unit, { field: 'receivingUnit' }),
      h('div', { class: 'field action' }, apply),
      h('datalist', { id: 'tip-units' }, unitChoices()));
    const results = h('div', { id: 'stats-results', 'aria-live': 'polite' });

    const latest = latestOnly(results);
    async function load() {
      const range = { ...statsState };
      const result = await latest(() => get('/api/v1/tips/statistics', {
        from: range.from, to: range.to, receivingUnit: range.unit,
      }));
      if (!result) {
        return;
      }
      results.replaceChildren();
      if (!result.ok) {
        showSubmitFailure(filters, alert, result, (f) => (f === 'receiving_unit' ? 'receivingUnit' : f));
        return;
      }
      results.append(...statisticsView(result.body, range));
    }

    filters.addEventListener('submit', (event) => {
      event.preventDefault();
      clearErrors(filters);
      alert.hidden = true;
      const fromDay = parseDay(from.value);
      const toDay = parseDay(to.value);
      if (!requireLocal(filters, [['stats-from', !fromDay, fromDay === null ? 'required' : 'badDate'],
        ['stats-to', !toDay, toDay === null ? 'required' : 'badDate']])) {
        return;
      }
      statsState.from = fromDay;
      statsState.to = toDay;
      statsState.unit = unit.value.trim();
      load();
    });
    root.append(...heading('stats.title', 'stats.intro'), alert, filters, results);
    load();
  }

  function statisticsView(s, range) {
    const total = Number(s.total || 0);
    const rows = (s.byModusOperandi || []).map((c) => ({ ...c, count: Number(c.count || 0) }));
    const max = Math.max(1, ...rows.map((r) => r.count));
    const share = (n) => (total ? (Math.round((n * 1000) / total) / 10).toLocaleString(context.language === 'en' ? 'en-GB' : 'vi-VN') + '\u00a0%' : '—');
    const modusName = (c) => (c.labelVi || c.labelEn ? bilingual('span', {}, c.labelVi, c.labelEn) : modusLabel(c.key));
    const parts = [];

    // the sentence of the plan's footnote: "… tiếp nhận 50 tin báo … Thủ đoạn: Giả danh cơ quan tư pháp 8 vụ; …"
    const nonZero = rows.filter((r) => r.count > 0);
    parts.push(h('div', { class: 'stats-summary', id: 'stats-summary' },
      h('p', { class: 'strong', tt: ['stats.summary', formatDay(range.from), formatDay(range.to), total] }),
      nonZero.length ? h('p', {}, h('span', { tt: 'stats.footnote' }), nonZero.map((r, i) => [
        modusName(r), ' ', h('span', { tt: ['stats.cases', r.count] }), i < nonZero.length - 1 ? '; ' : '.']))
        : h('p', { class: 'muted', tt: 'stats.nothing' }),
      s.asOf ? h('p', { class: 'muted', tt: ['stats.overdue', Number(s.overdue || 0)] }) : null));

    parts.push(h('div', { class: 'stats-grid' },
      h('section', { class: 'tip-section' },
        h('h4', { tt: 'stats.byModus' }),
        h('div', { class: 'table-wrap' }, h('table', { class: 'tips-table stats-table', id: 'stats-table' },
          h('thead', {}, h('tr', {}, h('th', { class: 'num', tt: 'stats.number' }), h('th', { tt: 'stats.modus' }),
            h('th', { class: 'num', tt: 'stats.count' }), h('th', { class: 'num', tt: 'stats.share' }))),
          h('tbody', {}, rows.map((r, i) => h('tr', { id: 'stats-row-' + r.key, 'data-key': r.key, class: r.count ? null : 'zero' },
            h('td', { class: 'num' }, String(i + 1)), h('td', {}, modusName(r)),
            h('td', { class: 'num count' }, String(r.count)), h('td', { class: 'num' }, share(r.count))))),
          h('tfoot', {}, h('tr', { id: 'stats-total' }, h('td', {}), h('th', { tt: 'stats.total' }),
            h('td', { class: 'num count' }, String(total)), h('td', { class: 'num' }, total ? '100\u00a0%' : '—')))))),
      h('section', { class: 'tip-section' },
        h('h4', { tt: 'stats.chart' }),
        h('ul', { class: 'bars', id: 'stats-chart' }, rows.map((r) => {
          const fill = h('span', { class: 'bar-fill' });
          const name = modusName(r);
          name.title = name.textContent;
          fill.style.width = ((r.count / max) * 100).toFixed(1) + '%'; // CSSOM: allowed by the portal's CSP
          return h('li', { class: r.count ? null : 'zero' },
            h('span', { class: 'bar-label' }, name),
            h('span', { class: 'bar' }, fill),
            h('span', { class: 'bar-value' }, String(r.count)));
        })))));

    const small = (titleKey, counts, textKey, titleArgs = []) => h('section', { class: 'tip-section' },
      h('h4', { tt: [titleKey, ...titleArgs] }),
      h('table', { class: 'tips-table' }, h('tbody', {}, counts.map((c) => h('tr', {},
        h('td', {}, c.labelVi || c.labelEn ? bilingual('span', {}, c.labelVi, c.labelEn) : h('span', { tt: textKey + '.' + c.key })),
        h('td', { class: 'num' }, String(Number(c.count || 0))))))));
    const more = [];
    if ((s.byChannel || []).length) {
      more.push(small('stats.byChannel', s.byChannel, 'channel'));
    }
    if ((s.bySourceKind || []).length) {
      more.push(small('stats.bySourceKind', s.bySourceKind, 'sourceKind'));
    }
    if ((s.byOutcome || []).length) {
      more.push(small('stats.byOutcome', s.byOutcome, 'status', [formatDay(s.asOf)]));
    }
    if (more.length) {
      parts.push(h('div', { class: 'stats-more' }, more));
    }
    return parts;
  }

  // ---- routing -------------------------------------------------------------------------------------------------

  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

  function build(root, path) {
    const [first] = path;
    if (!first) {
      listPage(root);
    } else if (first === 'new') {
      intakePage(root);
    } else if (first === 'overdue') {
      overduePage(root);
    } else if (first === 'statistics') {
      statisticsPage(root);
    } else if (UUID.test(first)) {
      detailPage(root, first.toLowerCase());
    } else {
      root.append(tabs(null), h('p', { class: 'tips-alert error', tt: 'notFound' }));
    }
  }

  /**
   * Called by the shell with the page's element, the route after "tips" (e.g. ["new"]) and {language, user}.
   * The same route only relabels (a language switch keeps what was typed); another route builds its page.
   */
  function render(target, path, shell) {
    context = shell;
    const key = path.join('/');
    if (view && view.key === key && target.contains(view.root)) {
      relabel(view.root);
      return;
    }
    const current = { key, root: h('div', { class: 'tips' }) };
    view = current;
    target.replaceChildren(current.root);
    const ready = Promise.all([modusOperandi ? null : loadModusOperandi(), units ? null : loadUnits()]);
    ready.then(() => {
      if (view === current) {
        build(current.root, path);
      }
    });
  }

  return render;
}

export const render = tipPages();
