package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import vn.lachan.platform.test.HttpApi;

/**
 * Bad input to tip-service's officers' routes through the gateway — tips, their procedure, rewards, attachments, the
 * thread with a public tip's tipster, the modus operandi list and the statistics: malformed JSON, wrong types, a list
 * for a single value, huge bodies, injection strings, absurd amounts and dates, requests the record's state does not
 * allow. Every case gets a 4xx (never a 5xx), with the field named where there is one, and nothing is written: the
 * rows of the tables these routes write (and their states) are the same before and after.
 */
@Tag("e2e")
class TipProcedureBadInputTest {

    static LocalStack stack;
    static List<String> before;

    record Case(String name, String user, String method, Supplier<String> path, String body, int status, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String NOBODY = "3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c";
    static final String HUGE = "a".repeat(1_100_000);

    /** Records in the states the cases need, made before the rows are counted. */
    static String tip;
    static String decided;
    static String overdue;
    static String suspended;
    static String notified;
    static String extendedOnce;
    static String extendedTwice;
    static String attachment;
    static String otherTip;
    static String publicTip;
    static String proposed;
    static String proposedByLeader;
    static String approved;
    /** An approved reward of 1.000.000.000 đ: more than any line of the plan holds for a year. */
    static String approvedBeyondTheBudget;

    static String tip(String fields) {
        return """
                {"channel":"HOTLINE","sourceKind":"DENUNCIATION","receivingUnit":"huyen-cao-lanh","modusOperandi":"FAKE_PRIZE",
                 "narrative":"Đầu vào sai","loss":{"dong":"1"}%s}""".formatted(fields.isEmpty() ? "" : "," + fields);
    }

    static String file(String fileName, String mediaType, String base64) {
        return "{\"fileName\":\"" + fileName + "\",\"mediaType\":\"" + mediaType + "\",\"content\":\"" + base64 + "\"}";
    }

    static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static String modus(String code, String labelVi, String more) {
        return "{\"code\":\"" + code + "\",\"labelVi\":\"" + labelVi + "\",\"labelEn\":\"Wrong input\"" + more + "}";
    }

    static final String TIPS = "/api/v1/tips";
    static final String MODUS = "/api/v1/tips/modus-operandi";
    static final String DRUG = "{\"notProsecute\":{\"ground\":\"NOT_A_CRIME\",\"reasons\":\"Đầu vào sai\"}}";

    static final List<Case> CASES = List.of(
            // receiving and reading tips
            new Case("tip that is not JSON", "tiepnhan", "POST", () -> TIPS, "{\"channel\":", 400, null),
            new Case("tip that is a list", "tiepnhan", "POST", () -> TIPS, "[" + tip("") + "]", 400, null),
            new Case("tip with no fields", "tiepnhan", "POST", () -> TIPS, "{}", 400, "tip.channel"),
            new Case("tip with a list for the channel", "tiepnhan", "POST", () -> TIPS,
                    tip("").replace("\"HOTLINE\"", "[\"HOTLINE\"]"), 400, null),
            new Case("tip of an unknown channel", "tiepnhan", "POST", () -> TIPS, tip("").replace("HOTLINE", "FAX"), 400, null),
            new Case("tip of channel number 99", "tiepnhan", "POST", () -> TIPS, tip("").replace("\"HOTLINE\"", "99"), 400, null),
            new Case("tip with an object for the narrative", "tiepnhan", "POST", () -> TIPS,
                    tip("").replace("\"Đầu vào sai\"", "{\"text\":\"x\"}"), 400, null),
            new Case("tip with a 20001-character narrative", "tiepnhan", "POST", () -> TIPS,
                    tip("").replace("Đầu vào sai", "a".repeat(20_001)), 400, "tip.narrative"),
            new Case("tip without a narrative", "tiepnhan", "POST", () -> TIPS, tip("").replace("Đầu vào sai", " "), 400, "tip.narrative"),
            new Case("tip of an absurd loss", "tiepnhan", "POST", () -> TIPS,
                    tip("").replace("{\"dong\":\"1\"}", "{\"dong\":\"1000000000000000001\"}"), 400, "tip.loss.dong"),
            new Case("tip of a negative loss", "tiepnhan", "POST", () -> TIPS,
                    tip("").replace("{\"dong\":\"1\"}", "{\"dong\":\"-1\"}"), 400, "tip.loss.dong"),
            new Case("tip of a fractional loss", "tiepnhan", "POST", () -> TIPS,
                    tip("").replace("{\"dong\":\"1\"}", "{\"dong\":1.5}"), 400, "tip.loss.dong"),
            new Case("tip of a loss beyond int64", "tiepnhan", "POST", () -> TIPS,
                    tip("").replace("{\"dong\":\"1\"}", "{\"dong\":\"99999999999999999999\"}"), 400, "tip.loss.dong"),
            new Case("tip of a loss in words", "tiepnhan", "POST", () -> TIPS,
                    tip("").replace("{\"dong\":\"1\"}", "{\"dong\":\"một triệu\"}"), 400, "tip.loss.dong"),
            new Case("tip received in the future", "tiepnhan", "POST", () -> TIPS,
                    tip("\"receivedAt\":\"2099-01-01T00:00:00Z\""), 400, "tip.received_at"),
            new Case("tip received in 1999", "tiepnhan", "POST", () -> TIPS,
                    tip("\"receivedAt\":\"1999-12-31T00:00:00Z\""), 400, "tip.received_at"),
            new Case("tip received 'yesterday'", "tiepnhan", "POST", () -> TIPS, tip("\"receivedAt\":\"yesterday\""), 400, null),
            new Case("tip of an unknown modus operandi", "tiepnhan", "POST", () -> TIPS,
                    tip("").replace("FAKE_PRIZE", "MAGIC"), 400, "tip.modus_operandi"),
            new Case("tip for an injected unit", "tiepnhan", "POST", () -> TIPS,
                    tip("").replace("huyen-cao-lanh", "x'; drop table tips; --"), 400, "tip.receiving_unit"),
            new Case("petition without a petitioning body", "tiepnhan", "POST", () -> TIPS,
                    tip("").replace("DENUNCIATION", "PETITION"), 400, null),
            // the petitioning body is checked in the unit registry (report-service, ADR 0004)
            new Case("petition of a commercial bank", "tiepnhan", "POST", () -> TIPS,
                    tip("\"petitioningUnit\":\"vcb-dong-thap\"").replace("DENUNCIATION", "PETITION"), 400, "tip.petitioning_unit"),
            new Case("petition of a unit the registry does not know", "tiepnhan", "POST", () -> TIPS,
                    tip("\"petitioningUnit\":\"so-khong-co\"").replace("DENUNCIATION", "PETITION"), 400, "tip.petitioning_unit"),
            new Case("petition of a district received after the districts ended", "tiepnhan", "POST", () -> TIPS,
                    tip("\"petitioningUnit\":\"huyen-lai-vung\"").replace("DENUNCIATION", "PETITION"), 400, "tip.petitioning_unit"),
            new Case("petition of a ward received before the wards existed", "tiepnhan", "POST", () -> TIPS,
                    tip("\"petitioningUnit\":\"phuong-my-tho\",\"receivedAt\":\"2025-06-20T03:00:00Z\"")
                            .replace("DENUNCIATION", "PETITION"), 400, "tip.petitioning_unit"),
            new Case("tip naming 51 indicators", "tiepnhan", "POST", () -> TIPS,
                    tip("\"indicators\":[" + String.join(",", java.util.Collections.nCopies(51,
                            "{\"type\":\"PHONE\",\"value\":\"0912345678\"}")) + "]"), 400, null),
            new Case("tip naming an injected phone", "tiepnhan", "POST", () -> TIPS,
                    tip("\"indicators\":[{\"type\":\"PHONE\",\"value\":\"0912' or '1'='1\"}]"), 400, null),
            new Case("tip of a huge body", "tiepnhan", "POST", () -> TIPS, tip("").replace("Đầu vào sai", HUGE), 400, "body"),
            new Case("tip whose id is not a UUID", "tiepnhan", "GET", () -> TIPS + "/abc", null, 400, "id"),
            new Case("tip whose id is an injection", "tiepnhan", "GET", () -> TIPS + "/1'%20or%20'1'='1", null, 400, "id"),
            new Case("unknown tip", "tiepnhan", "GET", () -> TIPS + "/" + NOBODY, null, 404, null),
            new Case("tip of another unit", "taichinh", "GET", () -> TIPS + "/" + tip, null, 404, null),
            new Case("tips with a page size of 'abc'", "tiepnhan", "GET", () -> TIPS + "?pageSize=abc", null, 400, null),
            new Case("tips with a page size of 100000", "tiepnhan", "GET", () -> TIPS + "?pageSize=100000", null, 400, "page_size"),
            new Case("tips with a forged page token", "tiepnhan", "GET", () -> TIPS + "?pageToken=-1", null, 400, "page_token"),
            new Case("tips of an injected unit, by another unit", "taichinh", "GET",
                    () -> TIPS + "?receivingUnit=x'%20or%201=1%20--", null, 403, null),
            // statistics and the modus operandi list
            new Case("statistics without dates", "tiepnhan", "GET", () -> TIPS + "/statistics", null, 400, "from"),
            new Case("statistics from 30 February", "tiepnhan", "GET", () -> TIPS + "/statistics?from=2026-02-30&to=2026-03-31",
                    null, 400, "from"),
            new Case("statistics ending before they start", "tiepnhan", "GET",
                    () -> TIPS + "/statistics?from=2026-03-01&to=2026-01-01", null, 400, "to"),
            new Case("statistics over 11 years", "tiepnhan", "GET", () -> TIPS + "/statistics?from=2010-01-01&to=2021-01-02",
                    null, 400, "to"),
            new Case("statistics of another unit", "taichinh", "GET",
                    () -> TIPS + "/statistics?from=2026-01-01&to=2026-12-31&receivingUnit=cong-an-tinh", null, 403, null),
            new Case("modus operandi list, active only 'maybe'", "tiepnhan", "GET", () -> MODUS + "?activeOnly=maybe", null, 400, null),
            new Case("modus operandi that is not JSON", "admin", "POST", () -> MODUS, "{\"code\":", 400, null),
            new Case("modus operandi in lower case", "admin", "POST", () -> MODUS, modus("fake_prize", "x", ""), 400, "code"),
            new Case("modus operandi of an injected code", "admin", "POST", () -> MODUS,
                    modus("X'; DROP TABLE modus_operandi; --", "x", ""), 400, "code"),
            new Case("modus operandi without a label", "admin", "POST", () -> MODUS, modus("SAI_DAU_VAO", " ", ""), 400, "label_vi"),
            new Case("modus operandi with a 201-character label", "admin", "POST", () -> MODUS,
                    modus("SAI_DAU_VAO", "a".repeat(201), ""), 400, "label_vi"),
            new Case("modus operandi at position 0", "admin", "POST", () -> MODUS,
                    modus("SAI_DAU_VAO", "x", ",\"position\":0"), 400, "position"),
            new Case("modus operandi at position 10001", "admin", "POST", () -> MODUS,
                    modus("SAI_DAU_VAO", "x", ",\"position\":10001"), 400, "position"),
            new Case("modus operandi at position 'first'", "admin", "POST", () -> MODUS,
                    modus("SAI_DAU_VAO", "x", ",\"position\":\"first\""), 400, null),
            new Case("modus operandi active 'yes'", "admin", "POST", () -> MODUS,
                    modus("SAI_DAU_VAO", "x", ",\"active\":\"yes\""), 400, null),
            new Case("modus operandi saved by a non-admin", "lanhdao.congan", "POST", () -> MODUS, modus("SAI_DAU_VAO", "x", ""), 403, null),
            // rewards
            new Case("reward of 0 đồng", "dieutra", "POST", () -> TIPS + "/" + tip + "/rewards",
                    "{\"amount\":{\"dong\":\"0\"},\"reason\":\"x\"}", 400, "amount.dong"),
            new Case("reward of −500.000 đồng", "dieutra", "POST", () -> TIPS + "/" + tip + "/rewards",
                    "{\"amount\":{\"dong\":\"-500000\"},\"reason\":\"x\"}", 400, "amount.dong"),
            new Case("reward of an absurd amount", "dieutra", "POST", () -> TIPS + "/" + tip + "/rewards",
                    "{\"amount\":{\"dong\":\"1000000001\"},\"reason\":\"x\"}", 400, "amount.dong"),
            new Case("reward beyond int64", "dieutra", "POST", () -> TIPS + "/" + tip + "/rewards",
                    "{\"amount\":{\"dong\":\"99999999999999999999\"},\"reason\":\"x\"}", 400, "amount.dong"),
            new Case("fractional reward", "dieutra", "POST", () -> TIPS + "/" + tip + "/rewards",
                    "{\"amount\":{\"dong\":\"500000.5\"},\"reason\":\"x\"}", 400, "amount.dong"),
            new Case("reward with a list for the amount", "dieutra", "POST", () -> TIPS + "/" + tip + "/rewards",
                    "{\"amount\":[{\"dong\":\"500000\"}],\"reason\":\"x\"}", 400, "amount"),
            new Case("reward without a reason", "dieutra", "POST", () -> TIPS + "/" + tip + "/rewards",
                    "{\"amount\":{\"dong\":\"500000\"},\"reason\":\"\"}", 400, "reason"),
            new Case("reward with a 2001-character reason", "dieutra", "POST", () -> TIPS + "/" + tip + "/rewards",
                    "{\"amount\":{\"dong\":\"500000\"},\"reason\":\"" + "a".repeat(2001) + "\"}", 400, "reason"),
            new Case("reward of a huge body", "dieutra", "POST", () -> TIPS + "/" + tip + "/rewards",
                    "{\"amount\":{\"dong\":\"500000\"},\"reason\":\"" + HUGE + "\"}", 400, "body"),
            new Case("reward for a tip whose id is not a UUID", "dieutra", "POST", () -> TIPS + "/abc/rewards",
                    "{\"amount\":{\"dong\":\"500000\"},\"reason\":\"x\"}", 400, "tip_id"),
            new Case("reward for an unknown tip", "dieutra", "POST", () -> TIPS + "/" + NOBODY + "/rewards",
                    "{\"amount\":{\"dong\":\"500000\"},\"reason\":\"x\"}", 404, null),
            new Case("approving a reward whose id is not a UUID", "lanhdao.congan", "POST", () -> TIPS + "/rewards/abc:approve",
                    "{}", 400, "id"),
            new Case("approving an unknown reward", "lanhdao.congan", "POST", () -> TIPS + "/rewards/" + NOBODY + ":approve",
                    "{}", 404, null),
            new Case("approving one's own proposal", "lanhdao.congan", "POST",
                    () -> TIPS + "/rewards/" + proposedByLeader + ":approve", "{}", 403, null),
            new Case("approving an approved reward", "lanhdao.congan", "POST", () -> TIPS + "/rewards/" + approved + ":approve",
                    "{}", 400, null),
            new Case("approving with a 2001-character note", "lanhdao.congan", "POST",
                    () -> TIPS + "/rewards/" + proposed + ":approve", "{\"note\":\"" + "a".repeat(2001) + "\"}", 400, "note"),
            new Case("rejecting without a reason", "lanhdao.congan", "POST", () -> TIPS + "/rewards/" + proposed + ":reject",
                    "{\"reason\":\" \"}", 400, "reason"),
            new Case("rejecting an approved reward", "lanhdao.congan", "POST", () -> TIPS + "/rewards/" + approved + ":reject",
                    "{\"reason\":\"muộn\"}", 400, null),
            new Case("paying a reward not approved", "ketoan.congan", "POST", () -> TIPS + "/rewards/" + proposed + ":mark-paid",
                    "{\"paymentReference\":\"PC-1\"}", 400, null),
            new Case("paying without a voucher", "ketoan.congan", "POST", () -> TIPS + "/rewards/" + approved + ":mark-paid",
                    "{\"paymentReference\":\"\"}", 400, "payment_reference"),
            new Case("paying with a 101-character voucher", "ketoan.congan", "POST",
                    () -> TIPS + "/rewards/" + approved + ":mark-paid", "{\"paymentReference\":\"" + "a".repeat(101) + "\"}",
                    400, "payment_reference"),
            new Case("paying in the future", "ketoan.congan", "POST", () -> TIPS + "/rewards/" + approved + ":mark-paid",
                    "{\"paymentReference\":\"PC-1\",\"paidAt\":\"2099-01-01T00:00:00Z\"}", 400, "paid_at"),
            new Case("paying before the proposal", "ketoan.congan", "POST", () -> TIPS + "/rewards/" + approved + ":mark-paid",
                    "{\"paymentReference\":\"PC-1\",\"paidAt\":\"2001-01-01T00:00:00Z\"}", 400, "paid_at"),
            new Case("paying 'yesterday'", "ketoan.congan", "POST", () -> TIPS + "/rewards/" + approved + ":mark-paid",
                    "{\"paymentReference\":\"PC-1\",\"paidAt\":\"yesterday\"}", 400, null),
            new Case("paying a reward the budget cannot cover", "ketoan.congan", "POST",
                    () -> TIPS + "/rewards/" + approvedBeyondTheBudget + ":mark-paid", "{\"paymentReference\":\"PC-1\"}",
                    400, "amount.dong"),
            new Case("paying a reward as the leader who approved it", "lanhdao.congan", "POST",
                    () -> TIPS + "/rewards/" + approved + ":mark-paid", "{\"paymentReference\":\"PC-1\"}", 403, null),
            new Case("rewards of a tip whose id is not a UUID", "tiepnhan", "GET", () -> TIPS + "/rewards?tipId=abc", null, 400, "tip_id"),
            new Case("rewards of an unknown status", "tiepnhan", "GET", () -> TIPS + "/rewards?status=STOLEN", null, 400, null),
            new Case("rewards with a page size of 500", "tiepnhan", "GET", () -> TIPS + "/rewards?pageSize=500", null, 400, "page_size"),
            // attachments
            new Case("attachment of an executable", "tiepnhan", "POST", () -> TIPS + "/" + tip + "/attachments",
                    file("a.exe", "application/x-msdownload", base64("MZ")), 400, "media_type"),
            new Case("attachment declared a PNG that is text", "tiepnhan", "POST", () -> TIPS + "/" + tip + "/attachments",
                    file("a.png", "image/png", base64("không phải ảnh")), 400, "content"),
            new Case("attachment named with a path", "tiepnhan", "POST", () -> TIPS + "/" + tip + "/attachments",
                    file("../../etc/passwd", "text/plain", base64("x")), 400, "file_name"),
            new Case("attachment with a 256-character name", "tiepnhan", "POST", () -> TIPS + "/" + tip + "/attachments",
                    file("a".repeat(252) + ".txt", "text/plain", base64("x")), 400, "file_name"),
            new Case("empty attachment", "tiepnhan", "POST", () -> TIPS + "/" + tip + "/attachments",
                    file("a.txt", "text/plain", ""), 400, "content"),
            new Case("attachment that is not base64", "tiepnhan", "POST", () -> TIPS + "/" + tip + "/attachments",
                    file("a.txt", "text/plain", "@@@ không phải base64"), 400, null),
            new Case("attachment of 700 KiB and one byte", "tiepnhan", "POST", () -> TIPS + "/" + tip + "/attachments",
                    file("a.txt", "text/plain", base64("a".repeat(700 * 1024 + 1))), 400, "content"),
            new Case("attachment of a huge body", "tiepnhan", "POST", () -> TIPS + "/" + tip + "/attachments",
                    file("a.txt", "text/plain", base64(HUGE)), 400, "body"),
            new Case("attachments of a tip whose id is not a UUID", "tiepnhan", "GET", () -> TIPS + "/abc/attachments", null, 400, "tip_id"),
            new Case("attachments of an unknown tip", "tiepnhan", "GET", () -> TIPS + "/" + NOBODY + "/attachments", null, 404, null),
            new Case("attachment whose id is not a UUID", "tiepnhan", "GET", () -> TIPS + "/" + tip + "/attachments/abc", null, 400, "id"),
            new Case("attachment of another tip", "tiepnhan", "GET", () -> TIPS + "/" + otherTip + "/attachments/" + attachment,
                    null, 404, null),
            // the thread with a public tip's tipster
            new Case("reply without text", "tiepnhan", "POST", () -> TIPS + "/" + publicTip + "/messages", "{\"text\":\" \"}", 400, "text"),
            new Case("reply of 5001 characters", "tiepnhan", "POST", () -> TIPS + "/" + publicTip + "/messages",
                    "{\"text\":\"" + "a".repeat(5001) + "\"}", 400, "text"),
            new Case("reply with a list for the text", "tiepnhan", "POST", () -> TIPS + "/" + publicTip + "/messages",
                    "{\"text\":[\"a\",\"b\"]}", 400, "text"),
            new Case("reply of a huge body", "tiepnhan", "POST", () -> TIPS + "/" + publicTip + "/messages",
                    "{\"text\":\"" + HUGE + "\"}", 400, "body"),
            new Case("reply to a tip not filed on the public portal", "tiepnhan", "POST", () -> TIPS + "/" + tip + "/messages",
                    "{\"text\":\"Xin chào\"}", 400, null),
            new Case("reply to a tip whose id is not a UUID", "tiepnhan", "POST", () -> TIPS + "/abc/messages",
                    "{\"text\":\"Xin chào\"}", 400, "tip_id"),
            new Case("thread of a tip whose id is not a UUID", "tiepnhan", "GET", () -> TIPS + "/abc/messages", null, 400, "tip_id"),
            new Case("thread of an unknown tip", "kiemsat", "GET", () -> TIPS + "/" + NOBODY + "/messages", null, 404, null),
            new Case("tipster of a tip whose id is not a UUID", "dieutra", "GET", () -> TIPS + "/abc/tipster", null, 400, "tip_id"),
            new Case("tipster of a tip not filed on the public portal", "dieutra", "GET", () -> TIPS + "/" + tip + "/tipster",
                    null, 404, null),
            // the procedure
            new Case("overdue list with a page size of 'abc'", "dieutra", "GET", () -> TIPS + ":overdue?pageSize=abc", null, 400, null),
            new Case("overdue list with a forged page token", "dieutra", "GET", () -> TIPS + ":overdue?pageToken=x", null, 400, "page_token"),
            new Case("deciding nothing", "dieutra", "POST", () -> TIPS + "/" + tip + ":decide", "{}", 400, "outcome"),
            new Case("deciding two outcomes at once", "dieutra", "POST", () -> TIPS + "/" + tip + ":decide",
                    "{\"prosecute\":{\"penalCodeArticle\":174,\"clause\":1},\"notProsecute\":{\"ground\":\"NOT_A_CRIME\",\"reasons\":\"x\"}}",
                    400, null),
            new Case("not prosecuting without a ground", "dieutra", "POST", () -> TIPS + "/" + tip + ":decide",
                    "{\"notProsecute\":{\"reasons\":\"x\"}}", 400, "not_prosecute.ground"),
            new Case("not prosecuting on ground number 99", "dieutra", "POST", () -> TIPS + "/" + tip + ":decide",
                    "{\"notProsecute\":{\"ground\":99,\"reasons\":\"x\"}}", 400, null),
            new Case("not prosecuting with 5001 characters of reasons", "dieutra", "POST", () -> TIPS + "/" + tip + ":decide",
                    "{\"notProsecute\":{\"ground\":\"NOT_A_CRIME\",\"reasons\":\"" + "a".repeat(5001) + "\"}}", 400,
                    "not_prosecute.reasons"),
            new Case("prosecuting under article 0", "dieutra", "POST", () -> TIPS + "/" + tip + ":decide",
                    "{\"prosecute\":{\"penalCodeArticle\":0,\"clause\":1}}", 400, "prosecute.penal_code_article"),
            new Case("prosecuting under article 'abc'", "dieutra", "POST", () -> TIPS + "/" + tip + ":decide",
                    "{\"prosecute\":{\"penalCodeArticle\":\"abc\",\"clause\":1}}", 400, null),
            new Case("prosecuting under an article not of high-tech crime", "dieutra", "POST", () -> TIPS + "/" + tip + ":decide",
                    "{\"prosecute\":{\"penalCodeArticle\":999,\"clause\":1}}", 400, null),
            new Case("prosecuting led by an injected unit", "dieutra", "POST", () -> TIPS + "/" + tip + ":decide",
                    "{\"prosecute\":{\"penalCodeArticle\":174,\"clause\":1,\"leadUnit\":\"x'; drop table cases; --\"}}", 400,
                    "prosecute.lead_unit"),
            new Case("suspending before the deadline", "dieutra", "POST", () -> TIPS + "/" + tip + ":decide",
                    "{\"suspend\":{\"ground\":\"FORCE_MAJEURE\"}}", 400, null),
            new Case("deciding a decided tip", "dieutra", "POST", () -> TIPS + "/" + decided + ":decide", DRUG, 400, null),
            new Case("deciding a suspended tip", "dieutra", "POST", () -> TIPS + "/" + suspended + ":decide", DRUG, 400, null),
            new Case("deciding a tip whose id is not a UUID", "dieutra", "POST", () -> TIPS + "/abc:decide", DRUG, 400, "id"),
            new Case("deciding with a huge body", "dieutra", "POST", () -> TIPS + "/" + tip + ":decide",
                    "{\"notProsecute\":{\"ground\":\"NOT_A_CRIME\",\"reasons\":\"" + HUGE + "\"}}", 400, "body"),
            new Case("extending to 13/2026", "dieutra", "POST", () -> TIPS + "/" + tip + ":extend",
                    "{\"until\":\"2026-13-01\",\"reason\":\"x\"}", 400, "until"),
            new Case("extending to a day before the deadline", "dieutra", "POST", () -> TIPS + "/" + tip + ":extend",
                    "{\"until\":\"" + LocalDate.now().minusDays(1) + "\",\"reason\":\"x\"}", 400, "until"),
            new Case("extending to 2099", "dieutra", "POST", () -> TIPS + "/" + tip + ":extend",
                    "{\"until\":\"2099-01-01\",\"reason\":\"x\"}", 400, "until"),
            new Case("extending without a reason", "dieutra", "POST", () -> TIPS + "/" + tip + ":extend", "{\"reason\":\"\"}", 400, "reason"),
            new Case("first extension with the procuracy's approval", "dieutra", "POST", () -> TIPS + "/" + tip + ":extend",
                    "{\"reason\":\"x\",\"procuracyApproval\":{\"approver\":\"A\",\"documentNumber\":\"1\",\"documentDate\":\""
                            + LocalDate.now() + "\"}}", 400, "procuracy_approval"),
            new Case("second extension without the approval", "kiemsat", "POST", () -> TIPS + "/" + extendedOnce + ":extend",
                    "{\"reason\":\"x\"}", 400, "procuracy_approval.approver"),
            new Case("second extension approved in 2099", "kiemsat", "POST", () -> TIPS + "/" + extendedOnce + ":extend",
                    "{\"reason\":\"x\",\"procuracyApproval\":{\"approver\":\"A\",\"documentNumber\":\"1\",\"documentDate\":\"2099-01-01\"}}",
                    400, "procuracy_approval.document_date"),
            new Case("a third extension", "kiemsat", "POST", () -> TIPS + "/" + extendedTwice + ":extend",
                    "{\"reason\":\"x\",\"procuracyApproval\":{\"approver\":\"A\",\"documentNumber\":\"1\",\"documentDate\":\""
                            + LocalDate.now() + "\"}}", 400, null),
            new Case("extending a decided tip", "dieutra", "POST", () -> TIPS + "/" + decided + ":extend", "{\"reason\":\"x\"}", 400, null),
            new Case("extending a deadline that is over", "dieutra", "POST", () -> TIPS + "/" + overdue + ":extend",
                    "{\"reason\":\"x\"}", 400, null),
            new Case("notifying the procuracy in 2099", "tiepnhan", "POST", () -> TIPS + "/" + tip + ":notify-procuracy",
                    "{\"notifiedAt\":\"2099-01-01T00:00:00Z\"}", 400, "notified_at"),
            new Case("notifying the procuracy before the tip came", "tiepnhan", "POST", () -> TIPS + "/" + tip + ":notify-procuracy",
                    "{\"notifiedAt\":\"2001-01-01T00:00:00Z\"}", 400, "notified_at"),
            new Case("notifying the procuracy 'yesterday'", "tiepnhan", "POST", () -> TIPS + "/" + tip + ":notify-procuracy",
                    "{\"notifiedAt\":\"yesterday\"}", 400, null),
            new Case("notifying with a 101-character document number", "tiepnhan", "POST",
                    () -> TIPS + "/" + tip + ":notify-procuracy", "{\"documentNumber\":\"" + "a".repeat(101) + "\"}", 400,
                    "document_number"),
            new Case("notifying the procuracy twice", "tiepnhan", "POST", () -> TIPS + "/" + notified + ":notify-procuracy",
                    "{}", 400, null),
            new Case("resuming a tip not suspended", "dieutra", "POST", () -> TIPS + "/" + tip + ":resume", "{}", 400, null),
            new Case("resuming with a 2001-character note", "dieutra", "POST", () -> TIPS + "/" + suspended + ":resume",
                    "{\"note\":\"" + "a".repeat(2001) + "\"}", 400, "note"),
            new Case("resuming a tip whose id is an injection", "dieutra", "POST", () -> TIPS + "/x'%20or%201=1:resume", "{}", 400, "id"));

    @BeforeAll
    static void prepare() throws Exception {
        stack = SharedStack.get();
        TipProcedureAuthorizationMatrixTest.stack = stack;
        tip = TipProcedureAuthorizationMatrixTest.freshTip(Duration.ZERO);
        otherTip = TipProcedureAuthorizationMatrixTest.freshTip(Duration.ZERO);
        decided = TipProcedureAuthorizationMatrixTest.freshTip(Duration.ZERO);
        ok(as("dieutra"), "/api/v1/tips/" + decided + ":decide", DRUG);
        overdue = TipProcedureAuthorizationMatrixTest.freshTip(Duration.ofDays(60));
        suspended = TipProcedureAuthorizationMatrixTest.suspendedTip();
        notified = TipProcedureAuthorizationMatrixTest.freshTip(Duration.ZERO);
        ok(as("tiepnhan"), "/api/v1/tips/" + notified + ":notify-procuracy", "{}");
        extendedOnce = TipProcedureAuthorizationMatrixTest.extendedTip();
        extendedTwice = TipProcedureAuthorizationMatrixTest.extendedTip();
        ok(as("kiemsat"), "/api/v1/tips/" + extendedTwice + ":extend", """
                {"reason":"Cần trưng cầu giám định","procuracyApproval":{"approver":"Phó Viện trưởng",
                 "documentNumber":"16/QĐ-VKS","documentDate":"%s"}}""".formatted(LocalDate.now(TipProcedureAuthorizationMatrixTest.VIETNAM)));
        attachment = TipProcedureAuthorizationMatrixTest.json.readTree(
                ok(as("tiepnhan"), "/api/v1/tips/" + tip + "/attachments", TipProcedureAuthorizationMatrixTest.textFile()).body())
                .get("id").asString();
        publicTip = TipProcedureAuthorizationMatrixTest.publicTip(null);
        proposed = TipProcedureAuthorizationMatrixTest.proposedReward(tip);
        approved = TipProcedureAuthorizationMatrixTest.approvedReward(tip);
        approvedBeyondTheBudget = TipProcedureAuthorizationMatrixTest.json.readTree(ok(as("dieutra"),
                "/api/v1/tips/" + tip + "/rewards", "{\"amount\":{\"dong\":\"1000000000\"},\"reason\":\"Quá kinh phí\"}").body())
                .get("id").asString();
        ok(as("lanhdao.congan"), "/api/v1/tips/rewards/" + approvedBeyondTheBudget + ":approve", "{}");
        proposedByLeader = TipProcedureAuthorizationMatrixTest.json.readTree(ok(as("lanhdao.congan"),
                "/api/v1/tips/" + tip + "/rewards", "{\"amount\":{\"dong\":\"500000\"},\"reason\":\"Tự đề xuất\"}").body())
                .get("id").asString();
        before = rows();
    }

    @TestFactory
    Stream<DynamicTest> badInputIsRefusedWithAFieldErrorAndNeverA5xx() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : CASES) {
            tests.add(DynamicTest.dynamicTest(c.name() + " → " + c.status(), () -> {
                String path = c.path().get();
                var answer = SampleTips.send(() -> as(c.user()).send(c.method(), path, c.body()));
                Proofs.badInput(c.user(), c.method(), path, answer.statusCode());
                assertThat(answer.statusCode()).as(c + ": " + answer.body()).isEqualTo(c.status());
                assertThat(answer.body()).as(c.name()).doesNotContain("Exception", "at vn.lachan");
                if (c.field() != null) {
                    assertThat(answer.body()).as(c.name()).contains("\"field\":\"" + c.field() + "\"");
                }
            }));
        }
        return tests.stream();
    }

    @AfterAll
    static void nothingWasWritten() throws Exception {
        if (before == null) {
            return; // the records the cases need were never made: the failure is reported where they were
        }
        assertThat(rows()).as("tips, their procedure, rewards, attachments, messages, modus operandi, audit entries")
                .containsExactlyElementsOf(before);
    }

    /** What the routes above could write: rows of each table, rewards by state, the modus operandi list as stored. */
    static List<String> rows() throws SQLException {
        var db = stack.postgres();
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.database("lachan_tip"), db.user(), db.password())) {
            List<String> queries = List.of(
                    "select count(*)::text from tips",
                    "select count(*)::text from tip_status_changes",
                    "select coalesce(string_agg(status || '=' || n, ',' order by status), '')"
                            + " from (select status, count(*) n from tip_rewards group by status) s",
                    "select count(*)::text from tip_attachments",
                    "select count(*)::text from tip_messages",
                    "select count(*)::text from public_tips",
                    "select string_agg(concat_ws('|', code, label_vi, label_en, active, position), ',' order by code)"
                            + " from modus_operandi",
                    "select count(*)::text from audit_log",
                    "select count(*)::text from tip_rewards where payment_reference is not null");
            for (String query : queries) {
                try (var rs = c.createStatement().executeQuery(query)) {
                    rs.next();
                    rows.add(query.substring(query.lastIndexOf("from ") + 5) + ": " + rs.getString(1));
                }
            }
        }
        // paying a reward writes budget-service's spendings: none may have been recorded
        try (Connection c = DriverManager.getConnection(db.database("lachan_budget"), db.user(), db.password());
             var rs = c.createStatement().executeQuery("select count(*)::text from spendings")) {
            rs.next();
            rows.add("budget spendings: " + rs.getString(1));
        }
        return rows;
    }

    static HttpApi as(String user) {
        return HttpApi.at(stack.gatewayUrl()).waitingOutRateLimits().as(stack.keycloak().userToken(user));
    }

    static HttpResponse<String> ok(HttpApi api, String path, String body) {
        var answer = SampleTips.send(() -> api.post(path, body));
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer;
    }
}
