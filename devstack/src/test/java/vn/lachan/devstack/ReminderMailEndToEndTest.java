package vn.lachan.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An administrator sets, through the gateway, where a department's reminders go (the Department of Education and
 * Training, so-gddt, which no other test gives a contact); the report-service of the stack (e-mailing due reminders
 * every 15 seconds in the tests) sends the unit's overdue reminders there, in Vietnamese, to the stack's SMTP server,
 * each only once (no subject twice, and nothing new over a whole run after they settled).
 */
@Tag("e2e")
class ReminderMailEndToEndTest {

    @Test
    void theUnitsContactReceivesItsOverdueReminderOnce() throws Exception {
        LocalStack stack = SharedStack.get();
        AuthorizationMatrixTest.stack = stack;
        LocalMail mail = stack.mail().orElseThrow(() -> new AssertionError("the tests' stack runs its own SMTP server"));
        String address = "nhac-" + UUID.randomUUID().toString().substring(0, 8) + "@sogddt.lachan.example";
        var set = AuthorizationMatrixTest.as("admin").send("PUT", "/api/v1/reports/contacts/so-gddt",
                "{\"email\":\"" + address + "\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(set.body()).contains(address);

        List<MimeMessage> mine = await("a reminder reaches " + address).atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1)).until(() -> toAddress(mail, address), list -> !list.isEmpty());
        MimeMessage first = mine.getFirst();
        assertThat(first.getSubject()).startsWith("[Quá hạn] Báo cáo").contains("Kế hoạch phòng, chống tội phạm");
        assertThat(first.getContent().toString()).contains("Kính gửi", "Lá Chắn");

        // one run sends the unit's reminders one after another (one per overdue period); once a whole run (15 s)
        // has passed with nothing new, every later run found each reminder claimed and sent it no more
        AtomicInteger sent = new AtomicInteger(mine.size());
        await("the reminders settle: 20 s with nothing new").during(Duration.ofSeconds(20)).atMost(Duration.ofSeconds(150))
                .pollInterval(Duration.ofSeconds(1)).until(() -> {
                    int now = toAddress(mail, address).size();
                    return sent.getAndSet(now) == now;
                });
        List<String> subjects = new java.util.ArrayList<>();
        for (MimeMessage m : toAddress(mail, address)) {
            subjects.add(m.getSubject());
        }
        assertThat(subjects).as("each period's reminder once").doesNotHaveDuplicates();
        assertThat(subjects).allMatch(subject -> subject.startsWith("[Quá hạn] ") || subject.startsWith("[Nhắc hạn] "));
    }

    static List<MimeMessage> toAddress(LocalMail mail, String address) {
        return mail.received().stream().filter(m -> {
            try {
                var to = m.getRecipients(Message.RecipientType.TO);
                return to != null && to.length > 0 && to[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
