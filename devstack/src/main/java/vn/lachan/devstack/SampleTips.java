package vn.lachan.devstack;

import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lachan.platform.test.HttpApi;

/**
 * Sample tips for the local run, reproducing the plan's footnote 1 ("Từ năm 2020 đến nay, lực lượng Công an toàn Tỉnh
 * tiếp nhận 50 tin báo …"): the tips received since 2020 by modus operandi, spread over 2020–2022 and over the
 * province's police and districts, with a few scam phone numbers, accounts and a site shared between tips in
 * different notations so that linking and the scam check show something. Most tips are decided (prosecuted, not
 * prosecuted, a few suspended) and some are left undecided, hence overdue, so that the statistics by outcome and the
 * overdue view have data.
 *
 * <p>They are loaded through the real API, through the gateway, as the seed users would enter them: received by
 * {@code tiepnhan} with {@code Idempotency-Key: seed-<n>}, decided by {@code dieutra} with
 * {@code Idempotency-Key: seed-<n>-decide}. A second start therefore adds nothing: every retry answers what the first
 * start stored. {@code LACHAN_SEED=false} skips the loading.
 *
 * <p>All names, numbers, accounts and sites are made up; the narratives are marked "[Dữ liệu mẫu]".
 */
public final class SampleTips {

    /**
     * The plan's footnote 1, per modus, exactly as printed: impersonating judicial bodies 8, buying goods over social
     * networks 10, Facebook/Zalo acquaintance promising gifts 10, Facebook account takeover 10, stolen account
     * information 4, other 9. These add up to 51 while the footnote's sentence says 50 tips; the plan's own figures
     * disagree, and the per-modus numbers are kept as printed.
     */
    public static final Map<String, Integer> FOOTNOTE = footnoteTable();

    /** The plan says "since 2020"; the samples are received from the first days of 2020 to the end of 2022. */
    static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 6);
    static final LocalDate LAST_DAY = LocalDate.of(2022, 12, 20);
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The receiving units, the provincial police first: the samples go round them. */
    static final List<String> UNITS = List.of("cong-an-tinh", "tp-cao-lanh", "tp-sa-dec", "tp-hong-ngu",
            "huyen-cao-lanh", "huyen-lai-vung", "huyen-thap-muoi", "huyen-chau-thanh", "huyen-lap-vo",
            "huyen-thanh-binh", "huyen-tam-nong", "huyen-tan-hong", "huyen-hong-ngu");

    static final String MARK = "[Dữ liệu mẫu] ";
    static final int ATTEMPTS = 8;

    private SampleTips() {
    }

    /** What is decided on a sample tip. */
    public enum Decision {
        NONE, PROSECUTE, NOT_PROSECUTE, SUSPEND
    }

    /** Something a scam is known by, as the reporter wrote it. */
    public record Indicator(String type, String value) {
    }

    /**
     * One sample tip.
     *
     * @param number its number, from 1; its Idempotency-Key is {@code <prefix><number>}
     */
    public record Sample(int number, Instant receivedAt, String channel, String sourceKind, String unit,
                         String modusOperandi, String narrative, long lossDong, Instant lastTransferAt,
                         List<Indicator> indicators, Decision decision) {

        public Sample {
            indicators = List.copyOf(indicators);
        }

        /** The same tip received by {@code otherUnit}. */
        public Sample inUnit(String otherUnit) {
            return new Sample(number, receivedAt, channel, sourceKind, otherUnit, modusOperandi, narrative, lossDong,
                    lastTransferAt, indicators, decision);
        }

        /** The body of {@code POST /api/v1/tips} (proto3 JSON of the Tip; int64 as a string). */
        public String json() {
            StringBuilder json = new StringBuilder("{")
                    .append("\"receivedAt\":").append(string(receivedAt.toString()))
                    .append(",\"channel\":").append(string(channel))
                    .append(",\"sourceKind\":").append(string(sourceKind))
                    .append(",\"receivingUnit\":").append(string(unit))
                    .append(",\"modusOperandi\":").append(string(modusOperandi))
                    .append(",\"narrative\":").append(string(narrative))
                    .append(",\"loss\":{\"dong\":\"").append(lossDong).append("\"}");
            if (lastTransferAt != null) {
                json.append(",\"lastTransferAt\":").append(string(lastTransferAt.toString()));
            }
            json.append(",\"indicators\":[");
            for (int i = 0; i < indicators.size(); i++) {
                json.append(i == 0 ? "" : ",").append("{\"type\":").append(string(indicators.get(i).type()))
                        .append(",\"value\":").append(string(indicators.get(i).value())).append("}");
            }
            return json.append("]}").toString();
        }

        /** The body of {@code POST /api/v1/tips/{id}:decide}; empty for {@link Decision#NONE}. */
        public Optional<String> decisionJson() {
            return switch (decision) {
                case NONE -> Optional.empty();
                case PROSECUTE -> Optional.of("{\"prosecute\":{\"penalCodeArticle\":" + penalCodeArticle()
                        + ",\"clause\":" + clause() + ",\"leadUnit\":\"cong-an-tinh-pa05\",\"caseTitle\":"
                        + string(MARK + "Vụ án khởi tố từ tin báo mẫu số " + number) + "}}");
                case NOT_PROSECUTE -> Optional.of("{\"notProsecute\":{\"ground\":\""
                        + (number % 2 == 0 ? "NOT_A_CRIME" : "NO_CRIMINAL_EVENT") + "\",\"reasons\":"
                        + string(MARK + (number % 2 == 0
                                ? "Các bên đã tự thỏa thuận hoàn trả tiền; hành vi không cấu thành tội phạm."
                                : "Xác minh cho thấy giao dịch là hợp pháp; không có sự việc phạm tội.")) + "}}");
                case SUSPEND -> Optional.of(number / 10 % 2 == 0
                        ? "{\"suspend\":{\"ground\":\"AWAITING_FOREIGN_LEGAL_ASSISTANCE\",\"note\":" + string(MARK
                                + "Đã yêu cầu nước ngoài tương trợ tư pháp xác minh chủ thuê bao, chưa có kết quả.") + "}}"
                        : "{\"suspend\":{\"ground\":\"AWAITING_DOCUMENTS\",\"note\":" + string(MARK
                                + "Đã yêu cầu ngân hàng cung cấp sao kê tài khoản nhận tiền, chưa có kết quả.") + "}}");
            };
        }

        /** Art. 290 (using networks to appropriate property) for account takeover and theft, else Art. 174 (fraud). */
        int penalCodeArticle() {
            return modusOperandi.startsWith("ACCOUNT_") ? 290 : 174;
        }

        /** Both articles' clauses go by the amount taken: under 50 million, 200 million, 500 million, or more. */
        int clause() {
            return lossDong < 50_000_000L ? 1 : lossDong < 200_000_000L ? 2 : lossDong < 500_000_000L ? 3 : 4;
        }
    }

    /**
     * What a load did: tips added and found from an earlier load, decisions recorded and found recorded before,
     * what failed, and the id of each sample's tip by its number.
     */
    public record Result(int created, int alreadyThere, int decided, int alreadyDecided, List<String> failures,
                         Map<Integer, String> tipIds) {
    }

    /** Whether the local run loads the samples: unless {@code LACHAN_SEED} is {@code false}. */
    public static boolean wanted(String lachanSeed) {
        return lachanSeed == null || !lachanSeed.trim().equalsIgnoreCase("false");
    }

    /** The 51 sample tips of the footnote, oldest first. */
    public static List<Sample> footnote() {
        // every modus spread evenly over the period: the k-th of c tips of a modus sits at (k + 1/2) / c of it
        record Slot(String modus, int k, double at, int order) {
        }
        List<Slot> slots = new ArrayList<>();
        int order = 0;
        for (var entry : FOOTNOTE.entrySet()) {
            for (int k = 0; k < entry.getValue(); k++) {
                slots.add(new Slot(entry.getKey(), k, (k + 0.5) / entry.getValue(), order));
            }
            order++;
        }
        slots.sort(Comparator.comparingDouble(Slot::at).thenComparingInt(Slot::order));
        long span = ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY);
        List<Sample> samples = new ArrayList<>();
        for (int j = 0; j < slots.size(); j++) {
            Slot slot = slots.get(j);
            int number = j + 1;
            LocalDate day = FIRST_DAY.plusDays(span * j / (slots.size() - 1));
            Instant receivedAt = LocalDateTime.of(day, LocalTime.of(7, 30).plusMinutes(j * 53L % 600))
                    .atZone(VIETNAM).toInstant();
            String[] channel = channel(slot.modus(), slot.k(), j);
            long loss = loss(slot.modus(), j);
            samples.add(new Sample(number, receivedAt, channel[0], channel[1], UNITS.get(j * 5 % UNITS.size()),
                    slot.modus(), MARK + narrative(slot.modus(), slot.k()), loss,
                    loss == 0 ? null : receivedAt.minus(1 + j % 5, ChronoUnit.HOURS),
                    indicators(slot.modus(), slot.k(), number), decision(j)));
        }
        return Collections.unmodifiableList(samples);
    }

    /** Most tips decided long ago; one in ten left undecided, hence overdue in the overdue view. */
    static Decision decision(int j) {
        return switch (j % 10) {
            case 0, 3, 6, 9 -> Decision.PROSECUTE;
            case 1, 2, 4, 8 -> Decision.NOT_PROSECUTE;
            case 7 -> Decision.SUSPEND;
            default -> Decision.NONE;
        };
    }

    /** Channel and source kind: mostly citizens by telephone or in person, some from banks and other agencies. */
    static String[] channel(String modus, int k, int j) {
        if (modus.equals("ACCOUNT_DATA_THEFT") && k % 2 == 0) {
            return new String[] {"BANK_REPORT", "REPORT"};
        }
        return switch (j % 7) {
            case 0, 3 -> new String[] {"HOTLINE", "DENUNCIATION"};
            case 1 -> new String[] {"WALK_IN", "DENUNCIATION"};
            case 2 -> new String[] {"DUTY_DESK", "DENUNCIATION"};
            case 4 -> new String[] {"MAILBOX", "DENUNCIATION"};
            case 5 -> new String[] {"EMAIL", "DENUNCIATION"};
            default -> new String[] {"AGENCY_TRANSFER", "REPORT"};
        };
    }

    static long loss(String modus, int j) {
        long million = 1_000_000L;
        return switch (modus) {
            case "IMPERSONATE_AUTHORITY" -> 30 * million + (j * 13L % 20) * 15 * million;
            case "ONLINE_SHOPPING" -> 2 * million + (j * 7L % 15) * million;
            case "GIFT_ACQUAINTANCE" -> 10 * million + (j * 11L % 10) * 8 * million;
            case "ACCOUNT_TAKEOVER" -> j % 4 == 0 ? 0 : 2 * million + (j * 3L % 8) * 2_500_000L;
            case "ACCOUNT_DATA_THEFT" -> 15 * million + (j % 4) * 20 * million;
            default -> 3 * million + (j * 5L % 9) * 6 * million;
        };
    }

    static String narrative(String modus, int k) {
        return switch (modus) {
            case "IMPERSONATE_AUTHORITY" -> k % 2 == 0
                    ? "Đối tượng gọi điện xưng là cán bộ Công an, thông báo bị hại liên quan đến một vụ án rửa tiền, "
                            + "yêu cầu chuyển tiền vào tài khoản tạm giữ để chứng minh trong sạch."
                    : "Đối tượng giả danh Viện kiểm sát gửi giấy triệu tập giả qua Zalo, yêu cầu nộp tiền bảo lãnh.";
            case "ONLINE_SHOPPING" -> "Bị hại đặt mua hàng qua một trang bán hàng trên mạng xã hội, chuyển khoản đặt "
                    + "cọc nhưng không nhận được hàng; trang bán hàng chặn liên lạc.";
            case "GIFT_ACQUAINTANCE" -> "Đối tượng làm quen qua Facebook, Zalo, hứa gửi quà có giá trị từ nước ngoài, "
                    + "sau đó giả làm nhân viên hải quan yêu cầu nộp phí nhận quà.";
            case "ACCOUNT_TAKEOVER" -> "Tài khoản Facebook của bị hại bị chiếm quyền sử dụng; đối tượng nhắn tin cho "
                    + "người thân, bạn bè mượn tiền chuyển vào tài khoản ngân hàng.";
            case "ACCOUNT_DATA_THEFT" -> "Bị hại truy cập đường dẫn giả mạo ngân hàng, nhập tên đăng nhập, mật khẩu và "
                    + "mã OTP; tiền trong tài khoản bị chuyển đi.";
            default -> k % 2 == 0
                    ? "Đối tượng tuyển cộng tác viên làm nhiệm vụ trực tuyến, yêu cầu nạp tiền trước để nhận hoa hồng."
                    : "Đối tượng gọi điện mời vay tiền qua ứng dụng, yêu cầu đóng phí hồ sơ rồi cắt liên lạc.";
        };
    }

    /**
     * The scammers' phone numbers, accounts and sites. Shared between tips, each time written another way: phone
     * 0708 123 456 (three impersonation tips and one other), the old 11-digit 0163 555 0199 that became
     * 033 555 0199 in 2018 (three gift tips), two bank accounts and a phishing site. All made up.
     */
    static List<Indicator> indicators(String modus, int k, int number) {
        String own = String.format("%02d", number);
        return switch (modus) {
            case "IMPERSONATE_AUTHORITY" -> switch (k) {
                case 0 -> List.of(phone("0708 123 456"));
                case 3 -> List.of(phone("+84 708 123 456"));
                case 6 -> List.of(phone("84708123456"));
                default -> List.of(phone("0599 000 1" + own));
            };
            case "OTHER" -> k == 4 ? List.of(phone("0708-123-456")) : List.of(phone("0599 000 2" + own));
            case "GIFT_ACQUAINTANCE" -> switch (k) {
                case 1 -> List.of(phone("0163 555 0199"));
                case 5 -> List.of(phone("033 555 0199"));
                case 8 -> List.of(phone("+84335550199"));
                default -> List.of(phone("0599 000 3" + own));
            };
            case "ONLINE_SHOPPING" -> switch (k) {
                case 2 -> List.of(account("VCB 0071 000 123 456"));
                case 7 -> List.of(account("Vietcombank 0071000123456"));
                default -> List.of(account("ACB 1900 0000 " + own));
            };
            case "ACCOUNT_TAKEOVER" -> switch (k) {
                case 2 -> List.of(account("MBBANK 0801 2345 6789"));
                case 6 -> List.of(account("MB 080123456789"));
                default -> List.of(account("TCB 1903 0000 " + own));
            };
            case "ACCOUNT_DATA_THEFT" -> switch (k) {
                case 0 -> List.of(new Indicator("URL", "https://www.NganHang-XacThuc.vi-du.vn/dang-nhap"));
                case 3 -> List.of(new Indicator("URL", "nganhang-xacthuc.vi-du.vn/dang-nhap/"));
                default -> List.of(new Indicator("URL", "https://xac-thuc-" + own + ".vi-du.vn/otp"));
            };
            default -> List.of();
        };
    }

    private static Indicator phone(String written) {
        return new Indicator("PHONE", written);
    }

    private static Indicator account(String written) {
        return new Indicator("BANK_ACCOUNT", written);
    }

    /** Loads the footnote's samples into the running local stack; tells what it did, and never stops the stack. */
    public static void loadInto(LocalStack stack, PrintStream out) {
        out.println("Loading the sample tips of the plan's footnote 1 (LACHAN_SEED=false skips this) …");
        try {
            Result result = load(HttpApi.at(stack.gatewayUrl()), () -> stack.keycloak().userToken("tiepnhan"),
                    () -> stack.keycloak().userToken("dieutra"), footnote(), "seed-");
            out.printf("  %d sample tips added, %d already there; %d decisions recorded, %d already recorded%n",
                    result.created(), result.alreadyThere(), result.decided(), result.alreadyDecided());
            result.failures().forEach(failure -> out.println("  Not loaded: " + failure));
        } catch (RuntimeException e) {
            out.println("  Sample tips not loaded: " + e.getMessage());
        }
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern CREATED_AT = Pattern.compile("\"createdAt\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern DECIDED_AT = Pattern.compile("\"decidedAt\"\\s*:\\s*\"([^\"]+)\"");

    /**
     * Receives each sample as {@code intake} (Idempotency-Key {@code <keyPrefix><n>}) and records its decision as
     * {@code investigator} (Idempotency-Key {@code <keyPrefix><n>-decide}), through {@code gateway}. A tip or
     * decision the same key stored before counts as already there (its creation or decision time is before the
     * request was sent: the services run on this machine's clock); a sample that fails is reported, and the others
     * go on.
     */
    public static Result load(HttpApi gateway, Supplier<String> intake, Supplier<String> investigator,
                              List<Sample> samples, String keyPrefix) {
        int created = 0;
        int alreadyThere = 0;
        int decided = 0;
        int alreadyDecided = 0;
        List<String> failures = new ArrayList<>();
        Map<Integer, String> tipIds = new LinkedHashMap<>();
        for (Sample sample : samples) {
            String key = keyPrefix + sample.number();
            Instant sent = Instant.now();
            var received = send(() -> gateway.as(intake.get()).post("/api/v1/tips", sample.json(), key));
            if (received.statusCode() != 200) {
                failures.add(key + ": " + received.statusCode() + " " + received.body());
                continue;
            }
            Instant createdAt = Instant.parse(first(CREATED_AT, received.body()));
            if (createdAt.isBefore(sent)) { // stored before this request was sent: by an earlier load
                alreadyThere++;
            } else {
                created++;
            }
            String id = first(ID, received.body());
            tipIds.put(sample.number(), id);
            Optional<String> decision = sample.decisionJson();
            if (decision.isPresent()) {
                Instant decideSent = Instant.now();
                var answer = send(() -> gateway.as(investigator.get())
                        .post("/api/v1/tips/" + id + ":decide", decision.get(), key + "-decide"));
                if (answer.statusCode() == 200 && Instant.parse(first(DECIDED_AT, answer.body())).isBefore(decideSent)) {
                    alreadyDecided++;
                } else if (answer.statusCode() == 200) {
                    decided++;
                } else {
                    failures.add(key + "-decide: " + answer.statusCode() + " " + answer.body());
                }
            }
        }
        return new Result(created, alreadyThere, decided, alreadyDecided, List.copyOf(failures),
                Collections.unmodifiableMap(tipIds));
    }

    /** Sends, and again after a pause while the gateway's rate limit or a circuit breaker turns it away. */
    static HttpResponse<String> send(Supplier<HttpResponse<String>> call) {
        HttpResponse<String> answer = call.get();
        for (int attempt = 1; attempt < ATTEMPTS && isTransient(answer.statusCode()); attempt++) {
            try {
                Thread.sleep(250L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return answer;
            }
            answer = call.get();
        }
        return answer;
    }

    private static boolean isTransient(int status) {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }

    private static String first(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("unexpected answer: " + body);
        }
        return m.group(1);
    }

    /** A JSON string literal. */
    static String string(String value) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    private static Map<String, Integer> footnoteTable() {
        Map<String, Integer> table = new LinkedHashMap<>();
        table.put("IMPERSONATE_AUTHORITY", 8); // giả danh cơ quan tư pháp 8 vụ
        table.put("ONLINE_SHOPPING", 10);      // mua hàng qua mạng xã hội 10 vụ
        table.put("GIFT_ACQUAINTANCE", 10);    // quen biết qua Facebook, Zalo hứa gửi quà 10 vụ
        table.put("ACCOUNT_TAKEOVER", 10);     // chiếm quyền sử dụng Facebook 10 vụ
        table.put("ACCOUNT_DATA_THEFT", 4);    // đánh cắp thông tin tài khoản 4 vụ
        table.put("OTHER", 9);                 // thủ đoạn khác 09 vụ
        return Collections.unmodifiableMap(table);
    }
}
