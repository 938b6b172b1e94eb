package vn.lachan.tip.intake.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of tips received in a period, the shape of the plan's footnote table. Maps keep their order.
 *
 * @param byOutcome the tips by the decision they stand under on {@code asOf}; every {@link Standing} appears, in
 *                  its order, also with zero
 * @param overdue   the undecided tips whose decision deadline was over before {@code asOf}
 * @param asOf      the legal day the outcomes and the overdue tips were counted for
 */
public record TipStatistics(
        long total,
        List<ModusCount> byModusOperandi,
        Map<String, Long> byChannel,
        Map<String, Long> bySourceKind,
        Map<Standing, Long> byOutcome,
        long overdue,
        LocalDate asOf) {

    public TipStatistics {
        Map<Standing, Long> every = new EnumMap<>(Standing.class);
        for (Standing standing : Standing.values()) {
            every.put(standing, byOutcome.getOrDefault(standing, 0L));
        }
        byOutcome = Collections.unmodifiableMap(every);
    }

    /** Tips of one modus operandi, with its labels; every modus appears, also with zero. */
    public record ModusCount(String code, String labelVi, String labelEn, long count) {
    }

    /**
     * The decision a tip stands under, as the statistics count it: its final decision, a suspension not resumed,
     * or none yet (received, being verified, or resumed after a suspension).
     */
    public enum Standing {
        PROSECUTED("Khởi tố vụ án", "Prosecuted"),
        NOT_PROSECUTED("Không khởi tố vụ án", "Not prosecuted"),
        SUSPENDED("Tạm đình chỉ giải quyết", "Suspended"),
        UNDECIDED("Chưa có quyết định", "Undecided");

        private final String labelVi;
        private final String labelEn;

        Standing(String labelVi, String labelEn) {
            this.labelVi = labelVi;
            this.labelEn = labelEn;
        }

        public String labelVi() {
            return labelVi;
        }

        public String labelEn() {
            return labelEn;
        }
    }
}
