package vn.lachan.cases.domain;

import vn.lachan.platform.money.Money;
import java.time.Instant;
import java.util.List;

/** The addressed bank's answer to a freeze request. */
public sealed interface BankResponse {

    /** The status the request moves to. */
    FreezeStatus status();

    /** The request's fields this answer changes, as written to the audit log. */
    List<String> changedFields();

    /** The bank has the request and is acting on it. */
    record Acknowledge() implements BankResponse {
        @Override
        public FreezeStatus status() {
            return FreezeStatus.ACKNOWLEDGED;
        }

        @Override
        public List<String> changedFields() {
            return List.of("status", "acknowledged_at");
        }
    }

    /**
     * The bank holds {@code amountHeld} (null: not given) on the account since {@code heldAt} (null: now).
     */
    record Hold(Money amountHeld, Instant heldAt) implements BankResponse {
        @Override
        public FreezeStatus status() {
            return FreezeStatus.HELD;
        }

        @Override
        public List<String> changedFields() {
            return List.of("status", "amount_held", "held_at");
        }
    }

    /** The bank cannot freeze the account, for {@code reason}. */
    record Reject(String reason) implements BankResponse {
        @Override
        public FreezeStatus status() {
            return FreezeStatus.REJECTED;
        }

        @Override
        public List<String> changedFields() {
            return List.of("status", "rejection_reason", "rejected_at");
        }
    }
}
