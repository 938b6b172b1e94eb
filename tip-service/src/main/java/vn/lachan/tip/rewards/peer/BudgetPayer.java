package vn.lachan.tip.rewards.peer;

import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.MetadataUtils;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import vn.lachan.budget.v1.BudgetServiceGrpc;
import vn.lachan.budget.v1.RecordSpendingRequest;
import vn.lachan.budget.v1.Spending;
import vn.lachan.common.v1.Money;
import vn.lachan.platform.error.AccessDeniedException;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.GrpcErrors;
import vn.lachan.platform.error.UnavailableException;
import vn.lachan.platform.error.ValidationException;
import vn.lachan.platform.grpc.IdempotencyKeys;
import vn.lachan.platform.peer.PeerSettings;
import vn.lachan.platform.time.LegalTime;
import vn.lachan.tip.rewards.domain.Reward;

/**
 * Pays a reward from the plan's budget: asks budget-service over gRPC, with a deadline and the caller's own token
 * (the platform forwards it; budget-service checks that person's role and unit itself), to record the spending
 * against the paying unit's allocation of the year's MANAGEMENT line. Appendix 2's line IV, "Hoạt động chỉ đạo,
 * quản lý, điều hành", is where the plan puts "chi khen thưởng … thưởng nóng người cung cấp thông tin có giá trị".
 *
 * <p>The call carries the platform's reserved key {@code lachan:reward:<id>:pay}, and the request is made only
 * from the reward and its payment attempt as kept in tip-service, so every retry is the very same request: when an
 * earlier attempt's spending was recorded and tip-service failed before marking the reward paid, budget-service
 * answers that spending again instead of recording a second one.
 *
 * <p>What comes back: the spending's id; or {@link ValidationException} when budget-service refused and recorded
 * nothing (a line or allocation without the money: {@code NO_BUDGET} on field {@code amount.dong}, from
 * budget-service's own error of the amount; no line for the year: {@code paid_at});
 * or another failure whose outcome is unknown to tip-service ({@link UnavailableException} when budget-service did
 * not answer in time or could not be reached) — the payment then stays under way and a retry completes it.
 */
@Component
public class BudgetPayer {

    /** The kind of Appendix 2 line rewards are paid from (see above). */
    public static final String LINE_KIND = "MANAGEMENT";

    private final BudgetServiceGrpc.BudgetServiceBlockingStub budget;
    private final Duration deadline;

    public BudgetPayer(GrpcChannelFactory channels, PeerSettings peers) {
        this.budget = BudgetServiceGrpc.newBlockingStub(channels.createChannel("budget-service"));
        this.deadline = peers.deadline();
    }

    /** The platform's key of a reward's payment: one reward, one spending, whoever retries. */
    public static String idempotencyKey(UUID rewardId) {
        return IdempotencyKeys.platform("reward", rewardId, "pay");
    }

    /** The line a reward paid at {@code paidAt} comes from: that legal day's year's MANAGEMENT line. */
    public static String lineOf(Instant paidAt) {
        return LegalTime.legalDay(paidAt).getYear() + "-" + LINE_KIND;
    }

    /** What budget-service is asked to record for the payment under way of {@code reward}: always the same. */
    public static RecordSpendingRequest request(Reward reward) {
        return RecordSpendingRequest.newBuilder()
                .setLineId(reward.budgetLineId())
                .setSpending(Spending.newBuilder()
                        .setUnit(reward.paidByUnit())
                        .setAmount(Money.newBuilder().setDong(reward.amountDong()))
                        .setSpentOn(LegalTime.legalDay(reward.paidAt()).toString())
                        .setDescription("Thưởng nóng người cung cấp thông tin có giá trị: khen thưởng " + reward.id()
                                + ", tin báo " + reward.tipId() + ", phiếu chi " + reward.paymentReference()))
                .build();
    }

    /** Records the spending of the payment under way of {@code reward} (or finds the one recorded before). */
    public UUID pay(Reward reward) {
        Metadata headers = new Metadata();
        headers.put(IdempotencyKeys.HEADER, idempotencyKey(reward.id()));
        try {
            Spending spent = budget.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                    .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers))
                    .recordSpending(request(reward));
            return UUID.fromString(spent.getId());
        } catch (StatusRuntimeException e) {
            throw translated(reward, e);
        }
    }

    private static RuntimeException translated(Reward reward, StatusRuntimeException e) {
        Status.Code code = e.getStatus().getCode();
        com.google.rpc.Status status = StatusProto.fromThrowable(e);
        String vi = status == null ? null : GrpcErrors.vietnameseMessage(status);
        String en = e.getStatus().getDescription();
        return switch (code) {
            case UNAVAILABLE, DEADLINE_EXCEEDED -> new UnavailableException("budget-service", e);
            // a refusal without fields (a budget-service from before its field errors): the line or allocation
            case FAILED_PRECONDITION -> new ValidationException(noBudget(vi, en));
            case NOT_FOUND -> new ValidationException(new FieldViolation("paid_at", "NO_BUDGET_LINE",
                    "Kế hoạch không có dòng kinh phí " + reward.budgetLineId() + " để chi khen thưởng trong năm này.",
                    "The plan has no budget line " + reward.budgetLineId() + " to pay rewards from in that year."));
            // budget-service checks its fields under "spending."; the payment's are the reward's own
            case INVALID_ARGUMENT -> status == null || GrpcErrors.violations(status).isEmpty() ? e
                    : new ValidationException(GrpcErrors.violations(status).stream().map(BudgetPayer::payments).toList());
            case PERMISSION_DENIED -> new AccessDeniedException(vi == null ? "Không được chi kinh phí." : vi,
                    en == null ? "You may not spend from the budget." : en);
            case ALREADY_EXISTS -> new ConflictException(
                    "Kinh phí đã ghi một khoản chi khác cho khen thưởng này; hãy báo quản trị hệ thống.",
                    "The budget holds a different spending for this reward; tell the administrators.");
            default -> e;
        };
    }

    /** The codes of budget-service's refusals of a spending's amount for want of money (the line's or the allocation's). */
    static final Set<String> NO_MONEY = Set.of("ABOVE_LINE", "ABOVE_ALLOCATION");

    /**
     * budget-service's error of the spending as the payment's: the line or allocation without the money is
     * {@code NO_BUDGET} on the amount, in budget-service's words after what it means for the reward.
     */
    static FieldViolation payments(FieldViolation v) {
        if (v.field().equals("spending.amount.dong") && NO_MONEY.contains(v.code())) {
            return noBudget(v.vi(), v.en());
        }
        return new FieldViolation(field(v.field()), v.code(), v.vi(), v.en());
    }

    private static FieldViolation noBudget(String vi, String en) {
        return new FieldViolation("amount.dong", "NO_BUDGET",
                "Không thể chi khen thưởng từ kinh phí: " + (vi == null ? "dòng kinh phí không đủ tiền." : vi),
                "The budget cannot pay this reward: " + (en == null ? "the budget line has not the money." : en));
    }

    /** budget-service's field of the spending, as the field of the payment the caller sent. */
    static String field(String budgetField) {
        return switch (budgetField) {
            case "spending.amount.dong" -> "amount.dong";
            case "spending.spent_on" -> "paid_at";
            case "spending.description" -> "payment_reference";
            case "spending.unit" -> "paid_by_unit";
            default -> budgetField.replaceFirst("^spending\\.", "");
        };
    }
}
