package vn.lachan.cases.domain;

import vn.lachan.platform.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.lachan.platform.error.ConflictException;
import vn.lachan.platform.error.FieldViolation;
import vn.lachan.platform.error.ValidationException;

/**
 * A request of the police to the bank holding an account to freeze (phong tỏa) the money of a case, and the
 * bank's answer. Times of the bank's answer, the amount held and the rejection are null until they happen;
 * the account holder is null when the police did not name one, or when it is withheld from the viewer.
 */
public record FreezeRequest(
        UUID id,
        UUID caseId,
        String bank,
        String accountNumber,
        String accountHolder,
        Money amountRequested,
        int layer,
        String reason,
        FreezeStatus status,
        Instant requestedAt,
        Instant acknowledgedAt,
        Instant heldAt,
        Money amountHeld,
        Instant rejectedAt,
        String rejectionReason,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        List<ReleaseOrder> releaseOrders) {

    public FreezeRequest {
        releaseOrders = releaseOrders == null ? List.of() : List.copyOf(releaseOrders);
    }

    /** A request sent now, from a draft that passed {@link FreezeRequestRules}. */
    public static FreezeRequest send(UUID id, UUID caseId, FreezeRequestDraft draft, Instant at, String actor) {
        String holder = draft.accountHolder() == null || draft.accountHolder().isBlank() ? null : draft.accountHolder();
        return new FreezeRequest(id, caseId, draft.bank(), draft.accountNumber(), holder, draft.amountRequested(),
                draft.layer(), draft.reason(), FreezeStatus.REQUESTED, at, null, null, null, null, null,
                actor, at, actor, List.of());
    }

    /**
     * The request as the bank's answer leaves it, answered at {@code now} by {@code actor}. A hold answered
     * without an acknowledgement first acknowledges too. Throws a conflict when the request's status does not
     * take this answer, and the answer's field violations otherwise.
     */
    public FreezeRequest respond(BankResponse response, Instant now, String actor) {
        if (response == null) {
            throw new ValidationException(new FieldViolation("response", "REQUIRED",
                    "Chọn đúng một trả lời: acknowledge (xác nhận), hold (phong tỏa), reject (từ chối).",
                    "Choose exactly one answer: acknowledge, hold, reject."));
        }
        if (!status.mayMoveTo(response.status())) {
            throw refused();
        }
        FreezeRequestRules.check(response, requestedAt, now);
        return switch (response) {
            case BankResponse.Acknowledge a -> answered(FreezeStatus.ACKNOWLEDGED, now, null, null, null, null, now, actor);
            case BankResponse.Hold h -> {
                // the bank may say when it held, if before this answer; times are kept to the microsecond, as now is
                Instant held = h.heldAt() == null ? now : h.heldAt().truncatedTo(ChronoUnit.MICROS);
                yield answered(FreezeStatus.HELD, acknowledgedAt == null ? held : acknowledgedAt, held, h.amountHeld(),
                        null, null, now, actor);
            }
            case BankResponse.Reject r -> answered(FreezeStatus.REJECTED, acknowledgedAt, null, null, now, r.reason(),
                    now, actor);
        };
    }

    /** From request to hold, in whole seconds: the figure the quick response is judged by. Empty until held. */
    public Optional<Duration> timeToHold() {
        return heldAt == null ? Optional.empty()
                : Optional.of(Duration.between(requestedAt, heldAt).truncatedTo(ChronoUnit.SECONDS));
    }

    /** The same request without the account holder's name, for viewers who may not see it. */
    public FreezeRequest withoutAccountHolder() {
        return new FreezeRequest(id, caseId, bank, accountNumber, null, amountRequested, layer, reason, status,
                requestedAt, acknowledgedAt, heldAt, amountHeld, rejectedAt, rejectionReason, createdBy, updatedAt,
                updatedBy, releaseOrders);
    }

    private FreezeRequest answered(FreezeStatus next, Instant acknowledged, Instant held, Money amount,
                                   Instant rejected, String rejection, Instant at, String actor) {
        return new FreezeRequest(id, caseId, bank, accountNumber, accountHolder, amountRequested, layer, reason, next,
                requestedAt, acknowledged, held, amount, rejected, rejection, createdBy, at, actor, releaseOrders);
    }

    /** The đồng the bank reported released, over all the executed release orders. */
    public Money amountReleased() {
        return Money.dong(releaseOrders.stream().filter(o -> o.status() == ReleaseStatus.EXECUTED)
                .mapToLong(o -> o.amount().dong()).reduce(0, Math::addExact));
    }

    /** The release order waiting for the bank, if any (at most one: none is issued while one waits). */
    public Optional<ReleaseOrder> pendingRelease() {
        return releaseOrders.stream().filter(o -> o.status() == ReleaseStatus.ISSUED).findFirst();
    }

    /**
     * Issues a release order on this request: {@code releasable} is what may still be released (held − decided for
     * return − released by earlier orders). Throws a conflict when the request's status takes no release order, and
     * the order's field violations otherwise. Answers the request as the order leaves it (RELEASE_ORDERED).
     */
    public FreezeRequest release(ReleaseOrderDraft draft, long releasable, Case kase, UUID orderId, Instant now,
                                 String actor, String actorUnit) {
        if (!status.mayBeReleased()) {
            throw new ConflictException(
                    "Chỉ ra lệnh giải tỏa cho yêu cầu đã phong tỏa hoặc ngân hàng đã xác nhận; yêu cầu này đang ở trạng thái "
                            + status.vi() + " (" + status + ").",
                    "A release order is issued only on a HELD or ACKNOWLEDGED request; this one is " + status + ".");
        }
        var checked = ReleaseRules.check(draft, status == FreezeStatus.HELD, releasable, kase.openedAt(), now);
        ReleaseOrder order = new ReleaseOrder(orderId, id, caseId, bank, Money.dong(checked.amount()),
                draft.documentNumber().trim(), checked.documentDate(), draft.reason().trim(), now, actor, actorUnit,
                kase.procuracyUnit() == null ? Case.PROVINCIAL_PROCURACY : kase.procuracyUnit(), now,
                ReleaseStatus.ISSUED, null, null, null, null);
        List<ReleaseOrder> orders = new ArrayList<>(releaseOrders);
        orders.add(order);
        return new FreezeRequest(id, caseId, bank, accountNumber, accountHolder, amountRequested, layer, reason,
                FreezeStatus.RELEASE_ORDERED, requestedAt, acknowledgedAt, heldAt, amountHeld, rejectedAt,
                rejectionReason, createdBy, now, actor, orders);
    }

    /** What {@link #reportReleased} did: the request as it stands, and whether the report changed it. */
    public record Reported(FreezeRequest request, ReleaseOrder order, boolean changed) {
    }

    /**
     * The addressed bank's report that it executed the pending release order. The same report of the last executed
     * order again changes nothing (a retry); any other report without a pending order is a conflict. The request goes
     * back to HELD while money is still held on it, else to RELEASED.
     */
    public Reported reportReleased(ReleaseExecution execution, Instant now, String actor) {
        var pending = pendingRelease();
        if (pending.isEmpty()) {
            var last = releaseOrders.isEmpty() ? null : releaseOrders.getLast();
            if (last != null && last.status() == ReleaseStatus.EXECUTED && last.sameReport(execution)) {
                return new Reported(this, last, false);
            }
            throw new ConflictException(
                    "Không có lệnh giải tỏa nào đang chờ ngân hàng thực hiện trên yêu cầu này (" + status.vi() + ").",
                    "No release order is waiting for the bank on this request (" + status + ").");
        }
        ReleaseOrder order = pending.get();
        ReleaseRules.check(execution, order, now);
        ReleaseOrder executed = order.executed(execution, now, actor);
        List<ReleaseOrder> orders = releaseOrders.stream().map(o -> o.id().equals(order.id()) ? executed : o).toList();
        long stillHeld = amountHeld == null ? 0 : amountHeld.dong()
                - orders.stream().filter(o -> o.status() == ReleaseStatus.EXECUTED).mapToLong(o -> o.amount().dong())
                .reduce(0, Math::addExact);
        FreezeStatus next = heldAt != null && stillHeld > 0 ? FreezeStatus.HELD : FreezeStatus.RELEASED;
        FreezeRequest after = new FreezeRequest(id, caseId, bank, accountNumber, accountHolder, amountRequested, layer,
                reason, next, requestedAt, acknowledgedAt, heldAt, amountHeld, rejectedAt, rejectionReason, createdBy,
                now, actor, orders);
        return new Reported(after, executed, true);
    }

    private ConflictException refused() {
        if (status.isFinal()) {
            return new ConflictException(
                    "Yêu cầu phong tỏa đã kết thúc (" + status.vi() + ", " + status + "); không nhận thêm trả lời.",
                    "The freeze request is final (" + status + "); it takes no further answer.");
        }
        List<FreezeStatus> next = status.next();
        return new ConflictException(
                "Yêu cầu phong tỏa đang ở trạng thái " + status.vi() + " (" + status + "); chỉ còn được trả lời: "
                        + next.stream().map(n -> answerVi(n) + " (" + answer(n) + ")").collect(Collectors.joining(", ")) + ".",
                "The freeze request is " + status + "; the only answers left are: "
                        + next.stream().map(FreezeRequest::answer).collect(Collectors.joining(", ")) + ".");
    }

    /** The contract's name of the answer that moves a request to {@code status}. */
    private static String answer(FreezeStatus status) {
        return switch (status) {
            case REQUESTED -> "-";
            case ACKNOWLEDGED -> "acknowledge";
            case HELD -> "hold";
            case REJECTED -> "reject";
            case RELEASE_ORDERED, RELEASED -> "-";
        };
    }

    private static String answerVi(FreezeStatus status) {
        return switch (status) {
            case REQUESTED -> "-";
            case ACKNOWLEDGED -> "xác nhận";
            case HELD -> "phong tỏa";
            case REJECTED -> "từ chối";
            case RELEASE_ORDERED, RELEASED -> "-";
        };
    }
}
