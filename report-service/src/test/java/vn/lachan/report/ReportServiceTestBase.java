package vn.lachan.report;

import java.util.Set;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.security.Roles;

/**
 * Service-level tests: the application services in a real Spring context on a real PostgreSQL, called as the seed
 * users of the realm would be (their unit and roles), without a Keycloak round trip. budget-service is a stand-in
 * on a local port ({@link StandInBudget}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"LACHAN_GRPC_PORT=0", "LACHAN_MANAGEMENT_PORT=0"})
abstract class ReportServiceTestBase {

    static final StandInBudget BUDGET = StandInBudget.SHARED;

    @DynamicPropertySource
    static void budgetAddress(DynamicPropertyRegistry registry) {
        registry.add("spring.grpc.client.channels.budget-service.address", BUDGET::address);
    }

    static final Caller ADMIN = new Caller("s-admin", "admin", "cong-an-tinh", Set.of(Roles.ADMIN));
    static final Caller REVIEWER = new Caller("s-lanhdao", "lanhdao.congan", "cong-an-tinh",
            Set.of(Roles.POLICE_LEADER, Roles.REPORT_REVIEWER));
    static final Caller JUSTICE = new Caller("s-tuphap", "baocao.sotuphap", "so-tu-phap", Set.of(Roles.REPORT_SUBMITTER));
    static final Caller JUSTICE_2 = new Caller("s-tuphap2", "baocao2.sotuphap", "so-tu-phap", Set.of(Roles.REPORT_SUBMITTER));
    static final Caller TRADE = new Caller("s-congthuong", "baocao.congthuong", "so-cong-thuong",
            Set.of(Roles.REPORT_SUBMITTER));
    static final Caller BIDV = new Caller("s-bidv", "baocao.bidv", "bidv-dong-thap", Set.of(Roles.REPORT_SUBMITTER));
    static final Caller COMMITTEE = new Caller("s-ubnd", "ubnd", "ubnd-tinh", Set.of(Roles.READER_CONSOLIDATED));
    /** A reviewer role held outside the police is not enough to review. */
    static final Caller NOT_POLICE_REVIEWER = new Caller("s-x", "thamdinh.sotuphap", "so-tu-phap",
            Set.of(Roles.REPORT_REVIEWER));
}
