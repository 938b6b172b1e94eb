package vn.lachan.tip.rewards.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.lachan.budget.v1.BudgetServiceGrpc;
import vn.lachan.budget.v1.RecordSpendingRequest;
import vn.lachan.budget.v1.Spending;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.GrpcErrors;
import vn.lachan.platform.error.NotFoundException;
import vn.lachan.platform.error.UnavailableException;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.peer.PeerSettings;
import vn.lachan.tip.InProcessPeer;
import vn.lachan.tip.rewards.domain.Reward;
import vn.lachan.tip.rewards.domain.RewardStatus;

/**
 * How tip-service asks budget-service to pay a reward, against a stand-in budget-service in process: always the
 * same request under the platform's key, and each of budget-service's answers turned into the payment's own. The
 * real budget-service is paid from in TipRewardApiTest.
 */
class BudgetPayerTest {

    static final UUID ID = UUID.fromString("3f2b6c1e-8a4d-4e7b-9c2a-1d5e6f7a8b9c");
    static final UUID TIP = UUID.fromString("9a1d2c3b-4e5f-4a6b-8c7d-0e1f2a3b4c5d");
    /** 23:30 on 31 December 2025 in Vietnam is still 2025 there (16:30 UTC). */
    static final Instant PAID_AT = Instant.parse("2025-12-31T16:30:00Z");
    static final Reward UNDER_WAY = new Reward(ID, TIP, 2_000_000L, "Thông tin có giá trị", RewardStatus.APPROVED,
            "dieutra", "cong-an-tinh-pa05", PAID_AT.minusSeconds(86_400), "lanhdao.congan", PAID_AT.minusSeconds(3_600),
            null, null, PAID_AT, "PC-15/2025", null, BudgetPayer.lineOf(PAID_AT), "cong-an-tinh");

    final List<RecordSpendingRequest> requests = new CopyOnWriteArrayList<>();
    List<String> keys = List.of();
    InProcessPeer peer;

    BudgetPayer payerBeside(BudgetServiceGrpc.BudgetServiceImplBase budget, Duration deadline) {
        peer = InProcessPeer.serving(budget, "budget-service");
        keys = peer.keys();
        return new BudgetPayer(peer.channels(), new PeerSettings(deadline));
    }

    @AfterEach
    void stop() {
        if (peer != null) {
            peer.close();
        }
    }

    /** A budget-service that answers every spending with {@code failure}. */
    static BudgetServiceGrpc.BudgetServiceImplBase refusing(vn.lachan.platform.error.LachanException failure) {
        return new BudgetServiceGrpc.BudgetServiceImplBase() {
            @Override
            public void recordSpending(RecordSpendingRequest request, StreamObserver<Spending> response) {
                response.onError(GrpcErrors.toStatus(failure));
            }
        };
    }

    @Test
    void everyAttemptIsTheSameRequestUnderTheSameKeyOnTheManagementLineOfThePaymentsLegalYear() throws IOException {
        UUID spending = UUID.randomUUID();
        BudgetPayer payer = payerBeside(new BudgetServiceGrpc.BudgetServiceImplBase() {
            @Override
            public void recordSpending(RecordSpendingRequest request, StreamObserver<Spending> response) {
                requests.add(request);
                response.onNext(Spending.newBuilder().setId(spending.toString()).build());
                response.onCompleted();
            }
        }, Duration.ofSeconds(3));

        assertThat(payer.pay(UNDER_WAY)).isEqualTo(spending);
        assertThat(payer.pay(UNDER_WAY)).isEqualTo(spending);

        assertThat(keys).containsExactly("lachan:reward:" + ID + ":pay", "lachan:reward:" + ID + ":pay");
        assertThat(requests.get(0)).isEqualTo(requests.get(1));
        RecordSpendingRequest sent = requests.getFirst();
        assertThat(sent.getLineId()).isEqualTo("2025-MANAGEMENT");
        assertThat(sent.getSpending().getUnit()).isEqualTo("cong-an-tinh");
        assertThat(sent.getSpending().getAmount().getDong()).isEqualTo(2_000_000L);
        assertThat(sent.getSpending().getSpentOn()).isEqualTo("2025-12-31");
        assertThat(sent.getSpending().getDescription()).contains(ID.toString(), TIP.toString(), "PC-15/2025");
    }

    @Test
    void aLineOrAllocationWithoutTheMoneyIsAFieldErrorOfTheAmountInBothLanguages() throws IOException {
        // budget-service refuses the amount itself: above what is left of the unit's allocation, or of the line
        for (String code : List.of("ABOVE_ALLOCATION", "ABOVE_LINE")) {
            BudgetPayer payer = payerBeside(refusing(new ValidationException(new FieldViolation("spending.amount.dong",
                    code, "Số tiền 2.000.000 đ vượt số còn lại 0 đ của phân bổ cho đơn vị cong-an-tinh.",
                    "The amount 2.000.000 đ exceeds the 0 đ left of the allocation to cong-an-tinh."))),
                    Duration.ofSeconds(3));
            var refused = catchThrowableOfType(ValidationException.class, () -> payer.pay(UNDER_WAY));
            assertThat(refused.violations()).as(code).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("amount.dong");
                assertThat(v.code()).isEqualTo("NO_BUDGET");
                assertThat(v.vi()).startsWith("Không thể chi khen thưởng từ kinh phí: Số tiền 2.000.000 đ vượt")
                        .contains("cong-an-tinh");
                assertThat(v.en()).startsWith("The budget cannot pay this reward: The amount").contains("0 đ left");
            });
            stop();
        }
        // another error of the amount is the payment's amount error as budget-service said it
        BudgetPayer other = payerBeside(refusing(new ValidationException(new FieldViolation("spending.amount.dong",
                "OUT_OF_RANGE", "Số tiền chi tối đa 10.000.000.000.000 đ.", "The amount may be at most 10.000.000.000.000 đ."))),
                Duration.ofSeconds(3));
        assertThat(catchThrowableOfType(ValidationException.class, () -> other.pay(UNDER_WAY)).violations())
                .extracting(FieldViolation::field, FieldViolation::code).containsExactly(tuple("amount.dong", "OUT_OF_RANGE"));
    }

    @Test
    void aRefusalWithoutFieldsFromAnOlderBudgetServiceIsStillTheAmountsNoBudget() throws IOException {
        BudgetPayer payer = payerBeside(refusing(new ConflictException(
                "Số tiền 2.000.000 đ vượt số còn lại 0 đ của phân bổ cho đơn vị cong-an-tinh.",
                "The amount 2.000.000 đ exceeds the 0 đ left of the allocation to cong-an-tinh.")), Duration.ofSeconds(3));

        var refused = catchThrowableOfType(ValidationException.class, () -> payer.pay(UNDER_WAY));
        assertThat(refused.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("amount.dong");
            assertThat(v.code()).isEqualTo("NO_BUDGET");
            assertThat(v.vi()).startsWith("Không thể chi khen thưởng từ kinh phí: ").contains("cong-an-tinh");
            assertThat(v.en()).startsWith("The budget cannot pay this reward: ").contains("0 đ left");
        });
    }

    @Test
    void noLineForTheYearAndBudgetServicesFieldErrorsComeBackUnderThePaymentsFields() throws IOException {
        BudgetPayer noLine = payerBeside(refusing(new NotFoundException("budget line", "2025-MANAGEMENT")),
                Duration.ofSeconds(3));
        assertThat(catchThrowableOfType(ValidationException.class, () -> noLine.pay(UNDER_WAY)).violations())
                .extracting(FieldViolation::field, FieldViolation::code).containsExactly(tuple("paid_at", "NO_BUDGET_LINE"));
        stop();

        BudgetPayer fields = payerBeside(refusing(new ValidationException(List.of(
                new FieldViolation("spending.spent_on", "IN_FUTURE", "Ngày chi ở tương lai.", "The day is in the future."),
                new FieldViolation("spending.description", "TOO_LONG", "Quá dài.", "Too long.")))), Duration.ofSeconds(3));
        assertThat(catchThrowableOfType(ValidationException.class, () -> fields.pay(UNDER_WAY)).violations())
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("paid_at", "IN_FUTURE"), tuple("payment_reference", "TOO_LONG"));
    }

    @Test
    void aBudgetServiceThatDoesNotAnswerWithinTheDeadlineIsUnavailableNotARefusal() throws IOException {
        BudgetPayer payer = payerBeside(new BudgetServiceGrpc.BudgetServiceImplBase() {
            @Override
            public void recordSpending(RecordSpendingRequest request, StreamObserver<Spending> response) {
                // never answers: whether it recorded anything is unknown, so the payment stays under way
            }
        }, Duration.ofMillis(200));

        long start = System.nanoTime();
        var failure = catchThrowableOfType(UnavailableException.class, () -> payer.pay(UNDER_WAY));
        assertThat(failure.vi()).contains("budget-service");
        assertThat(failure).isNotInstanceOf(ValidationException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aBudgetServiceThatCannotBeReachedIsUnavailable() throws IOException {
        BudgetPayer payer = payerBeside(new BudgetServiceGrpc.BudgetServiceImplBase() {
        }, Duration.ofSeconds(3));
        peer.stopServing();
        assertThat(catchThrowableOfType(UnavailableException.class, () -> payer.pay(UNDER_WAY)).en())
                .contains("budget-service");
    }
}
