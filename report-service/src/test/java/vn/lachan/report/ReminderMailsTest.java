package vn.lachan.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lachan.platform.test.RealInfrastructure;
import vn.lachan.report.domain.UnitRegistry;
import vn.lachan.report.store.ProgressStore;

/** Reminders e-mailed through a real SMTP server (GreenMail, embedded), once per unit, period and kind. */
@RealInfrastructure(database = "lachan_report_mail")
class ReminderMailsTest extends ReportServiceTestBase {

    static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        smtp.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("lachan.reports.smtp.host", () -> "127.0.0.1");
        registry.add("lachan.reports.smtp.port", () -> smtp.getSmtp().getPort());
        registry.add("lachan.reports.smtp.from", () -> "baocao@congan.lachan.example");
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Autowired
    ReminderMails mails;
    @Autowired
    Contacts contacts;
    @Autowired
    vn.lachan.report.store.ContactStore contactStore;
    @Autowired
    Progress progress;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ProgressStore store;
    @Autowired
    UnitRegistry units;
    @Autowired
    Clock clock;

    @Test
    void eachReminderReachesTheUnitsContactOnceInVietnameseWhateverRestartsOrReplicas() throws Exception {
        // the unit's own submitter sets where its reminders go, as over PUT /api/v1/reports/contacts/so-tu-phap
        contacts.set("so-tu-phap", "baocao@sotuphap.lachan.example", JUSTICE);
        int owed = progress.reminders(null, JUSTICE).size();
        assertThat(owed).isPositive();

        assertThat(mails.sendDue()).isEqualTo(owed);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(owed);
        MimeMessage first = received[0];
        assertThat(first.getAllRecipients()[0]).hasToString("baocao@sotuphap.lachan.example");
        assertThat(first.getFrom()[0]).hasToString("baocao@congan.lachan.example");
        assertThat(Arrays.stream(received).map(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).allMatch(s -> s.startsWith("[Quá hạn] Báo cáo ") || s.startsWith("[Nhắc hạn] Báo cáo "));
        assertThat((String) first.getContent()).contains("Kính gửi: Sở Tư pháp", "quá hạn", "Công an Tỉnh tổng hợp");

        // the next run, and another replica or a restarted service with its own sender, send nothing again
        assertThat(mails.sendDue()).isZero();
        var replica = new ReminderMails(contactStore, transactions, store, units, clock, new ReportSettings(14,
                new ReportSettings.Smtp("127.0.0.1", smtp.getSmtp().getPort(), "baocao@congan.lachan.example")));
        assertThat(replica.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(owed);
        assertThat(jdbc.sql("select count(*) from reminder_mails where unit = 'so-tu-phap'").query(Long.class).single())
                .isEqualTo(owed);
    }

    @Test
    void withoutAnSmtpHostNothingIsSent() {
        var off = new ReminderMails(contactStore, transactions, store, units, clock,
                new ReportSettings(14, new ReportSettings.Smtp("", 25, "x@lachan.example")));
        assertThat(off.enabled()).isFalse();
        assertThat(off.sendDue()).isZero();
    }
}
