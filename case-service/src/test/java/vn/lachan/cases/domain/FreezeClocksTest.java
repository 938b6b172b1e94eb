package vn.lachan.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lachan.cases.domain.FreezeClocks.State;
import vn.lachan.platform.money.Money;

class FreezeClocksTest {

    static final Instant SENT = Instant.parse("2026-03-10T15:00:00Z"); // 22:00 in Vietnam: clocks run at night too
    final FreezeClocks clocks = FreezeClocks.DEFAULT;

    static FreezeRequest sent() {
        return new FreezeRequest(UUID.randomUUID(), UUID.randomUUID(), "vcb-dong-thap", "0123456789", null,
                Money.dong(450_000_000), 1, "Nhận tiền của bị hại", FreezeStatus.REQUESTED, SENT, null, null, null,
                null, null, "dieutra", SENT, "dieutra", List.of());
    }

    static FreezeRequest answered(FreezeRequest r, BankResponse answer, Instant at) {
        return r.respond(answer, at, "vcb");
    }

    @Test
    void bothClocksRunFromTheRequestUntilTheirDueTimes() {
        var now = SENT.plus(Duration.ofMinutes(14));
        assertThat(clocks.acknowledge(sent(), now)).isEqualTo(new FreezeClocks.StepClock(SENT.plusSeconds(900), State.RUNNING));
        assertThat(clocks.hold(sent(), now)).isEqualTo(new FreezeClocks.StepClock(SENT.plusSeconds(7200), State.RUNNING));
        assertThat(clocks.isOverdue(sent(), now)).isFalse();
        // exactly at the due time it is not late yet; a second after, it is
        assertThat(clocks.acknowledge(sent(), SENT.plusSeconds(900)).state()).isEqualTo(State.RUNNING);
        assertThat(clocks.acknowledge(sent(), SENT.plusSeconds(901)).state()).isEqualTo(State.OVERDUE);
        assertThat(clocks.isOverdue(sent(), SENT.plusSeconds(901))).isTrue();
    }

    @Test
    void anAcknowledgementInTimeMeetsItsClockWhileTheHoldsClockRunsOnAndCanBeMissed() {
        var acknowledged = answered(sent(), new BankResponse.Acknowledge(), SENT.plus(Duration.ofMinutes(10)));
        var later = SENT.plus(Duration.ofHours(3));
        assertThat(clocks.acknowledge(acknowledged, later).state()).isEqualTo(State.MET);
        assertThat(clocks.hold(acknowledged, later).state()).isEqualTo(State.OVERDUE);
        assertThat(clocks.isOverdue(acknowledged, later)).isTrue();

        var heldLate = answered(acknowledged, new BankResponse.Hold(Money.dong(400_000_000), null), later);
        assertThat(clocks.hold(heldLate, later.plusSeconds(60)).state()).isEqualTo(State.MISSED);
        assertThat(clocks.isOverdue(heldLate, later.plusSeconds(60))).as("answered: no longer escalated").isFalse();
    }

    @Test
    void aHoldWithoutAnAcknowledgementAnswersBothClocksAndARejectionEndsThemToo() {
        var held = answered(sent(), new BankResponse.Hold(Money.dong(450_000_000), null), SENT.plus(Duration.ofMinutes(30)));
        assertThat(clocks.acknowledge(held, SENT.plus(Duration.ofHours(5))).state()).isEqualTo(State.MISSED);
        assertThat(clocks.hold(held, SENT.plus(Duration.ofHours(5))).state()).isEqualTo(State.MET);

        var rejected = answered(sent(), new BankResponse.Reject("Tài khoản không tồn tại"), SENT.plus(Duration.ofMinutes(5)));
        assertThat(clocks.acknowledge(rejected, SENT.plus(Duration.ofHours(5))).state()).isEqualTo(State.MET);
        assertThat(clocks.hold(rejected, SENT.plus(Duration.ofHours(5))).state()).isEqualTo(State.MET);
        assertThat(clocks.isOverdue(rejected, SENT.plus(Duration.ofHours(5)))).isFalse();
    }

    @Test
    void aReleaseOrderIsExecutedWithinTheHoldsTimeOrEscalated() {
        var held = answered(sent(), new BankResponse.Hold(Money.dong(450_000_000), null), SENT.plus(Duration.ofMinutes(30)));
        assertThat(clocks.release(held, SENT.plus(Duration.ofHours(1)))).isEmpty();
        Instant ordered = SENT.plus(Duration.ofDays(1));
        var order = held.release(ReleaseRulesTest.order(100L, "2026-03-11"), 450_000_000, CaseAccessTest.ledBy("x"),
                UUID.randomUUID(), ordered, "lanhdao.congan", "cong-an-tinh");
        assertThat(clocks.release(order, ordered.plusSeconds(7200))).contains(
                new FreezeClocks.StepClock(ordered.plusSeconds(7200), State.RUNNING));
        assertThat(clocks.isOverdue(order, ordered.plusSeconds(7200))).isFalse();
        assertThat(clocks.release(order, ordered.plusSeconds(7201)).orElseThrow().state()).isEqualTo(State.OVERDUE);
        assertThat(clocks.isOverdue(order, ordered.plusSeconds(7201))).as("the bank never reported: escalated").isTrue();
        var late = order.reportReleased(new ReleaseExecution(ordered.plusSeconds(60), Money.dong(100)),
                ordered.plus(Duration.ofHours(3)), "vcb").request();
        assertThat(clocks.release(late, ordered.plus(Duration.ofHours(4))).orElseThrow().state()).isEqualTo(State.MISSED);
        assertThat(clocks.isOverdue(late, ordered.plus(Duration.ofHours(4)))).isFalse();
    }

    @Test
    void theHoldIsNeverDueBeforeTheAcknowledgement() {
        assertThatThrownBy(() -> new FreezeClocks(Duration.ofHours(1), Duration.ofMinutes(30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FreezeClocks(Duration.ZERO, Duration.ofMinutes(30)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
