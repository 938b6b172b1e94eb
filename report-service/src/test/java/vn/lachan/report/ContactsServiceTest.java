package vn.lachan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.security.Caller;
import vn.lachan.platform.security.Roles;
import vn.lachan.platform.test.RealInfrastructure;
import vn.lachan.report.domain.ReportContact;

/** Units' reporting contacts: who may set and read them, each read audited, bad addresses refused with nothing written. */
@RealInfrastructure(database = "lachan_report_contacts")
class ContactsServiceTest extends ReportServiceTestBase {

    static final Caller BANK_LIAISON = new Caller("s-vcb", "nganhang.vcb", "vcb-dong-thap", Set.of(Roles.BANK_LIAISON));

    @Autowired
    Contacts contacts;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void clean() {
        jdbc.sql("delete from report_contacts").update();
    }

    long audited(String action, String unit) {
        return jdbc.sql("select count(*) from audit_log where action = :a and record_type = 'report_contact' and record_id = :u")
                .param("a", action).param("u", unit).query(Long.class).single();
    }

    @Test
    void aUnitsSubmitterSetsItsOwnContactAndReadsOnlyItsOwnEachReadAudited() {
        ReportContact set = contacts.set("so-tu-phap", "  vanthu@sotuphap.dongthap.gov.vn ", JUSTICE);
        assertThat(set.email()).isEqualTo("vanthu@sotuphap.dongthap.gov.vn");
        assertThat(set.updatedBy()).isEqualTo("baocao.sotuphap");
        contacts.set("so-cong-thuong", "baocao@socongthuong.dongthap.gov.vn", TRADE);

        long readsBefore = audited("READ", "so-tu-phap");
        assertThat(contacts.list(JUSTICE)).extracting(ReportContact::unit).containsExactly("so-tu-phap");
        assertThat(audited("READ", "so-tu-phap")).isEqualTo(readsBefore + 1);
        assertThat(contacts.list(REVIEWER)).extracting(ReportContact::unit).containsExactly("so-cong-thuong", "so-tu-phap");
        assertThat(contacts.list(ADMIN)).hasSize(2);
        assertThat(audited("READ", "so-tu-phap")).isEqualTo(readsBefore + 3);

        // a retry of the same address changes nothing, not even who set it
        ReportContact again = contacts.set("so-tu-phap", "vanthu@sotuphap.dongthap.gov.vn", JUSTICE_2);
        assertThat(again.updatedBy()).isEqualTo("baocao.sotuphap");
        assertThat(again.updatedAt()).isEqualTo(set.updatedAt());
        // an empty address removes it
        assertThat(contacts.set("so-tu-phap", "", JUSTICE_2).email()).isEmpty();
        assertThat(contacts.list(REVIEWER)).extracting(ReportContact::unit).containsExactly("so-cong-thuong");
        assertThat(audited("DELETE", "so-tu-phap")).isEqualTo(1);
    }

    @Test
    void aDistrictEndedIn2025StillGetsTheRemindersOfWhatItOwes() {
        Caller caoLanh = new Caller("s-caolanh", "baocao.caolanh", "huyen-cao-lanh", Set.of(Roles.REPORT_SUBMITTER));
        assertThat(contacts.set("huyen-cao-lanh", "vanthu@caolanh.dongthap.gov.vn", caoLanh).email())
                .isEqualTo("vanthu@caolanh.dongthap.gov.vn");
        assertThat(contacts.list(caoLanh)).extracting(ReportContact::unit).containsExactly("huyen-cao-lanh");
    }

    @Test
    void anotherUnitsContactAndOtherRolesAreRefused() {
        contacts.set("so-cong-thuong", "baocao@socongthuong.dongthap.gov.vn", ADMIN);
        assertThatThrownBy(() -> contacts.set("so-cong-thuong", "x@sotuphap.dongthap.gov.vn", JUSTICE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contacts.set("so-tu-phap", "x@sotuphap.dongthap.gov.vn", COMMITTEE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contacts.list(COMMITTEE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contacts.list(BANK_LIAISON)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contacts.list(NOT_POLICE_REVIEWER)).as("a reviewer's role outside the police")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(contacts.list(ADMIN)).extracting(ReportContact::email)
                .containsExactly("baocao@socongthuong.dongthap.gov.vn");
    }

    @Test
    void badAddressesAndUnitsAreFieldErrorsAndWriteNothing() {
        for (String bad : new String[] {"vanthu", "vanthu@", "@sotuphap.gov.vn", "Văn thư <vanthu@sotuphap.gov.vn>",
                "a@b.vn, c@d.vn", "vanthu@localhost", "x".repeat(250) + "@a.vn", "vanthu@so tu phap.vn"}) {
            assertThatThrownBy(() -> contacts.set("so-tu-phap", bad, JUSTICE)).as(bad)
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("email"));
        }
        assertThatThrownBy(() -> contacts.set("khong-co", "a@caolanh.dongthap.gov.vn", ADMIN))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("unit"));
        assertThat(jdbc.sql("select count(*) from report_contacts").query(Long.class).single()).isZero();
    }
}
