package vn.lachan.tip.intake.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.lachan.platform.error.Violations;
import vn.lachan.platform.unit.RegisteredUnit;
import vn.lachan.platform.unit.UnitCodes;

/** What a new tip must satisfy before it is stored. Field names are those of the contract. */
public final class TipRules {

    static final int MAX_NARRATIVE = 20_000;
    /** Beyond a thousand billion đồng a figure is a typing error, not a loss. */
    static final long MAX_LOSS_DONG = 1_000_000_000_000_000L;
    /** Clocks of callers drift; a few minutes ahead is not "in the future". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    private TipRules() {
    }

    /**
     * Checks {@code draft} received at {@code now}; throws with every violation found. Knows no units, so a
     * {@link SourceKind#PETITION} fails here: use the overload with the units.
     */
    public static void check(TipDraft draft, Instant now, Set<String> knownModusOperandi) {
        check(draft, now, knownModusOperandi, code -> Optional.empty());
    }

    /**
     * Checks {@code draft} received at {@code now}, finding the petitioning body of a {@link SourceKind#PETITION}
     * among {@code units} (by code); throws with every violation found.
     */
    public static void check(TipDraft draft, Instant now, Set<String> knownModusOperandi,
                             Function<String, Optional<RegisteredUnit>> units) {
        Violations v = new Violations();
        notInFuture(v, "tip.received_at", draft.receivedAt(), now);
        if (draft.channel() == null) {
            v.add(required("tip.channel", Channel.values()));
        }
        if (draft.sourceKind() == null) {
            v.add(required("tip.source_kind", SourceKind.values()));
        }
        UnitCodes.check(v, "tip.receiving_unit", draft.receivingUnit());
        PetitionRules.check(v, draft, units);
        if (draft.modusOperandi() == null || draft.modusOperandi().isBlank()) {
            v.requireText("tip.modus_operandi", draft.modusOperandi());
        } else if (!knownModusOperandi.contains(draft.modusOperandi())) {
            String allowed = String.join(", ", knownModusOperandi.stream().sorted().toList());
            v.add("tip.modus_operandi", "UNKNOWN_VALUE",
                    "Thủ đoạn không có trong danh mục; cho phép: " + allowed + ".",
                    "Unknown modus operandi; allowed: " + allowed + ".");
        }
        v.requireText("tip.narrative", draft.narrative()).maxLength("tip.narrative", draft.narrative(), MAX_NARRATIVE);
        if (draft.lossDong() < 0) {
            v.add("tip.loss.dong", "NEGATIVE", "Số tiền thiệt hại không được âm.", "The loss cannot be negative.");
        } else if (draft.lossDong() > MAX_LOSS_DONG) {
            v.add("tip.loss.dong", "OUT_OF_RANGE",
                    "Số tiền thiệt hại vượt quá 1.000.000 tỷ đồng; hãy kiểm tra lại.",
                    "The loss exceeds 1,000,000 billion đồng; check the figure.");
        }
        notInFuture(v, "tip.last_transfer_at", draft.lastTransferAt(), now);
        v.throwIfAny();
    }

    private static void notInFuture(Violations v, String field, Instant at, Instant now) {
        if (at == null) {
            return;
        }
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            v.add(field, "IN_FUTURE", "Thời điểm không được ở tương lai.", "The time cannot be in the future.");
        } else if (at.isBefore(EARLIEST)) {
            v.add(field, "OUT_OF_RANGE", "Thời điểm phải từ năm 2000 trở đi.", "The time must be in 2000 or later.");
        }
    }

    private static vn.lachan.platform.error.FieldViolation required(String field, Enum<?>[] allowed) {
        String names = String.join(", ", Arrays.stream(allowed).map(Enum::name).toList());
        return new vn.lachan.platform.error.FieldViolation(field, "REQUIRED",
                "Trường này là bắt buộc; cho phép: " + names + ".",
                "This field is required; allowed: " + names + ".");
    }
}
