package vn.lachan.cases.domain;

import vn.lachan.platform.money.Money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;

class FreezeRequestTest {

    static final Instant SENT = Instant.parse("2026-03-03T01:00:00Z"); // 08:00 in Vietnam

    static FreezeRequestDraft draft() {
        return new FreezeRequestDraft(UUID.randomUUID().toString(), "vcb-dong-thap", "0071000123456",
                "NGUYEN VAN A", Money.dong(450_000_000), 1, "Nhận 450.000.000 đ của bị hại lúc 07:40 ngày 03/03/2026");
    }

    static FreezeRequest sent() {
        FreezeRequestDraft draft = draft();
        return FreezeRequest.send(UUID.randomUUID(), UUID.fromString(draft.caseId()), draft, SENT, "dieutra");
    }

    static FreezeRequest in(FreezeStatus status) {
        FreezeRequest request = sent();
        return switch (status) {
            case REQUESTED -> request;
            case ACKNOWLEDGED -> request.respond(new BankResponse.Acknowledge(), SENT.plusSeconds(60), "nganhang.vcb");
            case HELD -> request.respond(hold(100), SENT.plusSeconds(120), "nganhang.vcb");
            case REJECTED -> request.respond(new BankResponse.Reject("Tài khoản đã đóng"), SENT.plusSeconds(120),
                    "nganhang.vcb");
            case RELEASE_ORDERED, RELEASED -> {
                FreezeRequest ordered = in(FreezeStatus.HELD).release(ReleaseRulesTest.order(null, "2026-03-11"), 100,
                        CaseAccessTest.ledBy("cong-an-tinh-pa05"), UUID.randomUUID(), ReleaseRulesTest.ORDERED,
                        "lanhdao.congan", "cong-an-tinh");
                yield status == FreezeStatus.RELEASE_ORDERED ? ordered : ordered.reportReleased(
                        new ReleaseExecution(ReleaseRulesTest.ORDERED.plusSeconds(60), Money.dong(100)),
                        ReleaseRulesTest.ORDERED.plusSeconds(90), "nganhang.vcb").request();
            }
        };
    }

    static BankResponse.Hold hold(long dong) {
        return new BankResponse.Hold(Money.dong(dong), null);
    }

    static BankResponse answer(String name) {
        return switch (name) {
            case "acknowledge" -> new BankResponse.Acknowledge();
            case "hold" -> hold(1_000_000);
            case "reject" -> new BankResponse.Reject("Không có tài khoản này");
            default -> throw new IllegalArgumentException(name);
        };
    }

    @Test
    void aSentRequestWaitsForTheBank() {
        FreezeRequest request = sent();
        assertThat(request.status()).isEqualTo(FreezeStatus.REQUESTED);
        assertThat(request.requestedAt()).isEqualTo(SENT);
        assertThat(request.acknowledgedAt()).isNull();
        assertThat(request.heldAt()).isNull();
        assertThat(request.amountHeld()).isNull();
        assertThat(request.timeToHold()).isEmpty();
        assertThat(request.createdBy()).isEqualTo("dieutra");
    }

    @Test
    void theBankAcknowledgesThenHoldsAndTheTimeToHoldRunsFromTheRequest() {
        FreezeRequest acknowledged = sent().respond(new BankResponse.Acknowledge(), SENT.plusSeconds(600), "nganhang.vcb");
        assertThat(acknowledged.status()).isEqualTo(FreezeStatus.ACKNOWLEDGED);
        assertThat(acknowledged.acknowledgedAt()).isEqualTo(SENT.plusSeconds(600));
        assertThat(acknowledged.updatedBy()).isEqualTo("nganhang.vcb");

        Instant heldAt = SENT.plus(Duration.ofMinutes(90)).plusMillis(750);
        FreezeRequest held = acknowledged.respond(hold(380_000_000), heldAt, "integration-bank-vcb");
        assertThat(held.status()).isEqualTo(FreezeStatus.HELD);
        assertThat(held.acknowledgedAt()).isEqualTo(SENT.plusSeconds(600));
        assertThat(held.heldAt()).isEqualTo(heldAt);
        assertThat(held.amountHeld()).isEqualTo(Money.dong(380_000_000));
        // whole seconds: an hour and a half, not a fraction more
        assertThat(held.timeToHold()).contains(Duration.ofSeconds(5400));
        assertThat(held.updatedBy()).isEqualTo("integration-bank-vcb");
        assertThat(held.createdBy()).isEqualTo("dieutra");
    }

    @Test
    void aHoldWithoutAnAcknowledgementAcknowledgesWhenItHolds() {
        Instant answeredAt = SENT.plus(Duration.ofHours(2));
        Instant heldAt = SENT.plus(Duration.ofMinutes(45));
        FreezeRequest held = sent().respond(new BankResponse.Hold(Money.dong(0), heldAt), answeredAt, "nganhang.vcb");
        assertThat(held.status()).isEqualTo(FreezeStatus.HELD);
        assertThat(held.heldAt()).isEqualTo(heldAt);
        assertThat(held.acknowledgedAt()).isEqualTo(heldAt);
        assertThat(held.updatedAt()).isEqualTo(answeredAt);
        assertThat(held.timeToHold()).contains(Duration.ofMinutes(45));
        // an empty account is still a hold: nothing more may leave it
        assertThat(held.amountHeld()).isEqualTo(Money.dong(0));
    }

    @Test
    void theBankMayHoldMoreThanRequestedWhenItFreezesTheWholeAccount() {
        FreezeRequest held = sent().respond(hold(600_000_000), SENT.plusSeconds(60), "nganhang.vcb");
        assertThat(held.amountHeld().dong()).isGreaterThan(held.amountRequested().dong());
    }

    @ParameterizedTest(name = "{0} may be rejected")
    @CsvSource({"REQUESTED", "ACKNOWLEDGED"})
    void anUnfinishedRequestMayBeRejectedWithAReason(FreezeStatus from) {
        FreezeRequest rejected = in(from).respond(new BankResponse.Reject("Tài khoản không tồn tại"),
                SENT.plusSeconds(300), "nganhang.vcb");
        assertThat(rejected.status()).isEqualTo(FreezeStatus.REJECTED);
        assertThat(rejected.rejectedAt()).isEqualTo(SENT.plusSeconds(300));
        assertThat(rejected.rejectionReason()).isEqualTo("Tài khoản không tồn tại");
        assertThat(rejected.heldAt()).isNull();
        assertThat(rejected.timeToHold()).isEmpty();
    }

    @ParameterizedTest(name = "{0} + {1} is a conflict")
    @CsvSource({
            "ACKNOWLEDGED, acknowledge",
            "HELD, acknowledge", "HELD, hold", "HELD, reject",
            "REJECTED, acknowledge", "REJECTED, hold", "REJECTED, reject",
    })
    void onlyTheAllowedMovesAreAccepted(FreezeStatus from, String answer) {
        FreezeRequest request = in(from);
        var refused = catchThrowableOfType(ConflictException.class,
                () -> request.respond(answer(answer), SENT.plusSeconds(3600), "nganhang.vcb"));
        assertThat(refused).as(from + " + " + answer).isNotNull();
        assertThat(refused.vi()).contains("Yêu cầu phong tỏa", from.name());
        assertThat(refused.en()).contains("freeze request", from.name());
    }

    @Test
    void theConflictSaysWhatIsStillAllowed() {
        var again = catchThrowableOfType(ConflictException.class,
                () -> in(FreezeStatus.ACKNOWLEDGED).respond(new BankResponse.Acknowledge(), SENT.plusSeconds(90), "x"));
        assertThat(again.vi()).contains("phong tỏa (hold)", "từ chối (reject)");
        assertThat(again.en()).contains("hold, reject");
        var after = catchThrowableOfType(ConflictException.class,
                () -> in(FreezeStatus.HELD).respond(hold(5), SENT.plusSeconds(900), "x"));
        assertThat(after.vi()).contains("đã kết thúc", "đã phong tỏa");
        assertThat(after.en()).contains("final (HELD)");
    }

    @Test
    void theMachineAllowsExactlyTheseMoves() {
        assertThat(FreezeStatus.REQUESTED.next())
                .containsExactly(FreezeStatus.ACKNOWLEDGED, FreezeStatus.HELD, FreezeStatus.REJECTED);
        assertThat(FreezeStatus.ACKNOWLEDGED.next()).containsExactly(FreezeStatus.HELD, FreezeStatus.REJECTED);
        assertThat(FreezeStatus.HELD.next()).isEmpty();
        assertThat(FreezeStatus.REJECTED.next()).isEmpty();
        assertThat(FreezeStatus.REQUESTED.mayMoveTo(FreezeStatus.REQUESTED)).isFalse();
        assertThat(FreezeStatus.ACKNOWLEDGED.mayMoveTo(FreezeStatus.REQUESTED)).isFalse();
    }

    @Test
    void aStateConflictIsToldBeforeTheAnswersFields() {
        assertThat(catchThrowableOfType(ConflictException.class,
                () -> in(FreezeStatus.HELD).respond(new BankResponse.Hold(null, null), SENT.plusSeconds(900), "x")))
                .isNotNull();
    }

    @Test
    void anAnswerIsRequired() {
        var missing = catchThrowableOfType(ValidationException.class, () -> sent().respond(null, SENT, "x"));
        assertThat(missing.violations()).extracting(FieldViolation::field).containsExactly("response");
    }

    @Test
    void everythingWrongWithAHoldIsToldAtOnce() {
        Instant now = SENT.plus(Duration.ofHours(1));
        var noAmount = catchThrowableOfType(ValidationException.class,
                () -> sent().respond(new BankResponse.Hold(null, SENT.minusSeconds(1)), now, "x"));
        assertThat(noAmount.violations()).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("hold.amount_held", "REQUIRED"),
                        tuple("hold.held_at", "BEFORE_REQUEST"));
        var negative = catchThrowableOfType(ValidationException.class,
                () -> sent().respond(new BankResponse.Hold(Money.dong(-1), now.plus(Duration.ofMinutes(10))), now, "x"));
        assertThat(negative.violations()).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("hold.amount_held.dong", "OUT_OF_RANGE"),
                        tuple("hold.held_at", "IN_FUTURE"));
    }

    @Test
    void aRejectionNeedsAReason() {
        var blank = catchThrowableOfType(ValidationException.class,
                () -> sent().respond(new BankResponse.Reject(" "), SENT.plusSeconds(5), "x"));
        assertThat(blank.violations()).extracting(FieldViolation::field).containsExactly("reject.reason");
        var tooLong = catchThrowableOfType(ValidationException.class,
                () -> sent().respond(new BankResponse.Reject("x".repeat(2001)), SENT.plusSeconds(5), "x"));
        assertThat(tooLong.violations()).extracting(FieldViolation::code).containsExactly("TOO_LONG");
    }

    @Test
    void theAccountHolderCanBeWithheldAndIsNullWhenNotNamed() {
        FreezeRequest request = sent();
        assertThat(request.accountHolder()).isEqualTo("NGUYEN VAN A");
        assertThat(request.withoutAccountHolder().accountHolder()).isNull();
        assertThat(request.withoutAccountHolder().accountNumber()).isEqualTo("0071000123456");

        FreezeRequestDraft unnamed = new FreezeRequestDraft(draft().caseId(), "vcb-dong-thap", "123456", " ",
                Money.dong(1), 2, "Lớp 2");
        assertThat(FreezeRequest.send(UUID.randomUUID(), UUID.randomUUID(), unnamed, SENT, "x").accountHolder()).isNull();
    }
}
