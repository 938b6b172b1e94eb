package vn.lachan.report;

import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lachan.platform.time.LegalTime;
import vn.lachan.report.domain.PeriodKind;
import vn.lachan.report.domain.Reminders;
import vn.lachan.report.domain.ReportContact;
import vn.lachan.report.domain.UnitRegistry;
import vn.lachan.report.store.ContactStore;
import vn.lachan.report.store.ProgressStore;

/**
 * E-mails each unit's reporting contact its reminders (due soon, overdue), once per unit, period and kind: the row in
 * {@code reminder_mails} is inserted in the same transaction that sends, so a second replica waits on it and then
 * skips, and a failed send leaves no row and is tried on the next run. Off while no SMTP host is configured.
 */
@Service
public class ReminderMails {

    private static final Logger log = LoggerFactory.getLogger(ReminderMails.class);

    private final ContactStore contacts;
    private final TransactionTemplate transactions;
    private final ProgressStore progress;
    private final UnitRegistry units;
    private final Clock clock;
    private final int leadDays;
    private final JavaMailSenderImpl smtp;
    private final String from;

    public ReminderMails(ContactStore contacts, TransactionTemplate transactions, ProgressStore progress, UnitRegistry units,
                         Clock clock, ReportSettings settings) {
        this.contacts = contacts;
        this.transactions = transactions;
        this.progress = progress;
        this.units = units;
        this.clock = clock;
        this.leadDays = settings.reminderLeadDays();
        this.from = settings.smtp().from();
        if (!settings.smtp().enabled()) {
            this.smtp = null;
        } else {
            this.smtp = new JavaMailSenderImpl();
            smtp.setHost(settings.smtp().host());
            smtp.setPort(settings.smtp().port());
            smtp.setDefaultEncoding("UTF-8");
            Properties props = smtp.getJavaMailProperties();
            props.put("mail.smtp.connectiontimeout", "10000");
            props.put("mail.smtp.timeout", "10000");
        }
    }

    public boolean enabled() {
        return smtp != null;
    }

    /** Every morning (legal time); also callable at once. Returns how many reminders were e-mailed. */
    @Scheduled(cron = "${lachan.reports.reminder-mail-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
    public int sendDue() {
        if (smtp == null) {
            return 0;
        }
        int sent = 0;
        for (ReportContact c : contacts.list(null)) {
            if (units.find(c.unit()).isEmpty()) {
                continue;
            }
            var reminders = Reminders.of(units, c.unit(), LegalTime.legalDay(clock.instant()), leadDays,
                    progress.submitted(c.unit()));
            for (Reminders.Reminder r : reminders) {
                try {
                    if (Boolean.TRUE.equals(transactions.execute(status -> claimAndSend(r, c.email())))) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    log.warn("reminder to {} for {} {} not sent: {}", c.unit(), r.period(), r.kind(), e.getMessage());
                }
            }
        }
        return sent;
    }

    private boolean claimAndSend(Reminders.Reminder r, String email) {
        if (!contacts.claimReminder(r.unit(), r.period().year(), r.period().kind().name(), r.kind().name(), email,
                clock.instant())) {
            return false;
        }
        try {
            MimeMessage message = smtp.createMimeMessage();
            MimeMessageHelper mail = new MimeMessageHelper(message, "UTF-8");
            mail.setFrom(from);
            mail.setTo(email);
            mail.setSubject((r.kind() == Reminders.Kind.OVERDUE ? "[Quá hạn] " : "[Nhắc hạn] ")
                    + (r.period().kind() == PeriodKind.HALF_YEAR ? "Báo cáo 6 tháng đầu năm " : "Báo cáo năm ")
                    + r.period().year() + " - Kế hoạch phòng, chống tội phạm sử dụng công nghệ cao");
            String name = units.find(r.unit()).map(u -> u.nameVi()).orElse(r.unit());
            mail.setText("Kính gửi: " + name + ",\n\n" + r.messageVi()
                    + "\n\nĐề nghị đơn vị nhập số liệu và gửi báo cáo trên hệ thống Lá Chắn để Công an Tỉnh tổng hợp, "
                    + "báo cáo Ủy ban nhân dân Tỉnh.\n\n(" + r.messageEn() + ")\n\nThư gửi tự động, vui lòng không trả lời.");
            smtp.send(message);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
        return true;
    }
}
