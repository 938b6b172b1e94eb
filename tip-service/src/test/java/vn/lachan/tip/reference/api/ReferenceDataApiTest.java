package vn.lachan.tip.reference.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.JsonFormat;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lachan.platform.test.HttpApi;
import vn.lachan.platform.test.LocalIssuer;
import vn.lachan.platform.test.RealInfrastructure;
import vn.lachan.tip.intake.api.TipApiTest;
import vn.lachan.tip.publictips.api.Citizen;
import vn.lachan.tip.v1.ListModusOperandiResponse;
import vn.lachan.tip.v1.ModusOperandi;
import vn.lachan.tip.v1.TipStatistics;

/**
 * The modus operandi list as managed reference data: read by anyone signed in, changed by administrators only and
 * audited; a new code is usable at once, a deactivated one is refused for new tips but still counted. Each test uses
 * codes of its own, since other tests share the database. Shares TipApiTest's application context.
 */
@RealInfrastructure(database = "lachan_tip", tokens = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0", "spring.grpc.server.inprocess.name=tip-api-test"})
class ReferenceDataApiTest {

    static final LocalIssuer issuer = RealInfrastructure.Extension.tokens();
    static final String PATH = "/api/v1/tips/modus-operandi";

    @LocalServerPort
    int httpPort;
    @Autowired
    JdbcClient jdbc;

    HttpApi as(String user) {
        return HttpApi.at(httpPort).as(issuer.userToken(user));
    }

    static String newCode() {
        return "TEST_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
    }

    static String entry(String code, String vi, String en, Boolean active) {
        return "{\"code\":\"" + code + "\",\"labelVi\":\"" + vi + "\",\"labelEn\":\"" + en + "\""
                + (active == null ? "" : ",\"active\":" + active) + "}";
    }

    static ModusOperandi saved(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Citizen.parse(answer, ModusOperandi.newBuilder());
    }

    ListModusOperandiResponse list(String user, String query) {
        var answer = as(user).get(PATH + query);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Citizen.parse(answer, ListModusOperandiResponse.newBuilder());
    }

    HttpResponse<String> tipWith(String modus, String unit) throws Exception {
        return as("tiepnhan").post("/api/v1/tips", JsonFormat.printer().print(TipApiTest.hotlineTip()
                .setModusOperandi(modus).setReceivingUnit(unit)));
    }

    long counted(String code, String unit) throws Exception {
        var answer = as("tiepnhan").get("/api/v1/tips/statistics?from=2021-01-01&to=2030-12-31&receivingUnit=" + unit);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        TipStatistics stats = Citizen.parse(answer, TipStatistics.newBuilder());
        return stats.getByModusOperandiList().stream().filter(c -> c.getKey().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + answer.body())).getCount();
    }

    @Test
    void anyoneSignedInReadsTheListInOrderWithBothLabelsAndTheActiveFlag() {
        var list = list("baocao.caolanh", "");
        assertThat(list.getModusOperandiList()).extracting(ModusOperandi::getPosition).isSorted();
        assertThat(list.getModusOperandiList()).anySatisfy(m -> {
            assertThat(m.getCode()).isEqualTo("IMPERSONATE_AUTHORITY");
            assertThat(m.getLabelVi()).startsWith("Giả danh cơ quan tư pháp");
            assertThat(m.getLabelEn()).isEqualTo("Impersonating police, procuracy or court");
            assertThat(m.getActive()).isTrue();
            assertThat(m.getPosition()).isEqualTo(1);
        });
        assertThat(list.getModusOperandiList()).extracting(ModusOperandi::getCode).contains("OTHER", "LOAN_SHARK");
        assertThat(HttpApi.at(httpPort).get(PATH).statusCode()).isEqualTo(401);
    }

    @Test
    void onlyAnAdministratorChangesTheListAndANewCodeIsUsableAtOnce() throws Exception {
        String code = newCode();
        for (String user : new String[] {"tiepnhan", "lanhdao.congan", "kiemtoan"}) {
            assertThat(as(user).post(PATH, entry(code, "Lừa đảo mã QR", "QR-code scam", null)).statusCode())
                    .as(user).isEqualTo(403);
        }
        assertThat(jdbc.sql("select count(*) from modus_operandi where code = :c").param("c", code)
                .query(Long.class).single()).isZero();

        ModusOperandi added = saved(as("admin").post(PATH, entry(code, "Lừa đảo bằng mã QR", "QR-code scam", null)));
        assertThat(added.getActive()).isTrue();
        assertThat(added.getLabelVi()).isEqualTo("Lừa đảo bằng mã QR");
        assertThat(added.getPosition()).isGreaterThan(13);

        String unit = "test-" + code.toLowerCase(Locale.ROOT).replace('_', '-');
        var tip = tipWith(code, unit);
        assertThat(tip.statusCode()).as(tip.body()).isEqualTo(200);
        assertThat(counted(code, unit)).isEqualTo(1);
    }

    @Test
    void aDeactivatedCodeIsRefusedForNewTipsButStillCountedAndListed() throws Exception {
        String code = newCode();
        String unit = "test-" + code.toLowerCase(Locale.ROOT).replace('_', '-');
        saved(as("admin").post(PATH, entry(code, "Thủ đoạn cũ", "Old scheme", null)));
        assertThat(tipWith(code, unit).statusCode()).isEqualTo(200);

        ModusOperandi retired = saved(as("admin").post(PATH, entry(code, "Thủ đoạn cũ", "Old scheme", false)));
        assertThat(retired.getActive()).isFalse();

        var refused = tipWith(code, unit);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"tip.modus_operandi\"", "UNKNOWN_VALUE");
        assertThat(counted(code, unit)).isEqualTo(1);

        assertThat(list("dieutra", "").getModusOperandiList()).contains(retired);
        assertThat(list("dieutra", "?activeOnly=true").getModusOperandiList()).extracting(ModusOperandi::getCode)
                .doesNotContain(code).contains("OTHER");

        // a label change keeps it inactive; only "active": true brings it back
        assertThat(saved(as("admin").post(PATH, entry(code, "Thủ đoạn cũ (2022)", "Old scheme (2022)", null))).getActive())
                .isFalse();
        assertThat(saved(as("admin").post(PATH, entry(code, "Thủ đoạn cũ (2022)", "Old scheme (2022)", true))).getActive())
                .isTrue();
        assertThat(tipWith(code, unit).statusCode()).isEqualTo(200);

        assertThat(jdbc.sql("""
                select actor || ' ' || action || ' ' || array_to_string(fields, ',') from audit_log
                where record_type = 'modus_operandi' and record_id = :code order by id""")
                .param("code", code).query(String.class).list()).containsExactly(
                "admin CREATE label_vi,label_en,active,position",
                "admin UPDATE active",
                "admin UPDATE label_vi,label_en",
                "admin UPDATE active");
    }

    @Test
    void aCitizenReadsTheActiveCodesWithoutATokenAndNothingElse() throws Exception {
        String retired = newCode();
        saved(as("admin").post(PATH, entry(retired, "Thủ đoạn đã bỏ", "Retired scheme", false)));

        var answer = HttpApi.at(httpPort).get("/api/v1/public/modus-operandi");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        ListModusOperandiResponse parsed = Citizen.parse(answer, ListModusOperandiResponse.newBuilder());
        var citizens = parsed.getModusOperandiList();
        assertThat(citizens).extracting(ModusOperandi::getCode).contains("FAKE_PRIZE", "OTHER").doesNotContain(retired);
        assertThat(citizens).allSatisfy(m -> assertThat(m.getActive()).isTrue());
        assertThat(citizens).extracting(ModusOperandi::getPosition).isSorted();
        assertThat(citizens).isEqualTo(list("tiepnhan", "?activeOnly=true").getModusOperandiList());

        // the citizens' request has no parameter: the inactive codes cannot be asked for
        var widened = HttpApi.at(httpPort).get("/api/v1/public/modus-operandi?activeOnly=false");
        assertThat(widened.statusCode()).isEqualTo(400);
        assertThat(widened.body()).contains("UNKNOWN_FIELD");
    }

    @Test
    void aBadEntryIsRefusedFieldByFieldInBothLanguages() {
        var answer = as("admin").post(PATH, "{\"code\":\"qr-scam\",\"labelVi\":\"\",\"labelEn\":\"" + "x".repeat(201)
                + "\",\"position\":0}");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"field\":\"code\"", "\"field\":\"label_vi\"", "\"field\":\"label_en\"",
                "\"field\":\"position\"", "Mã thủ đoạn", "modus operandi code");
        assertThat(jdbc.sql("select count(*) from modus_operandi where code ilike 'qr%'").query(Long.class).single()).isZero();
    }
}
