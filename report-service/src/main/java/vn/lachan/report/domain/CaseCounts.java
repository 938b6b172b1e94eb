package vn.lachan.report.domain;

import java.util.List;

/**
 * What case-service knows of a unit's cases in a window (the unit and the units below it): cases opened, freeze
 * requests sent to banks on them, the money the banks held, and the money the banks reported returned to victims,
 * in whole đồng.
 */
public record CaseCounts(long casesOpened, long freezeRequestsSent, long amountHeldDong, long amountReturnedDong) {

    public static final String OPENED = "case.opened";
    public static final String FREEZE_REQUESTS = "case.freeze_requests";
    public static final String AMOUNT_HELD = "case.amount_held";
    public static final String AMOUNT_RETURNED = "case.amount_returned";
    static final List<String> CODES = List.of(OPENED, FREEZE_REQUESTS, AMOUNT_HELD, AMOUNT_RETURNED);

    /** The figures before case-service recorded returns. */
    public CaseCounts(long casesOpened, long freezeRequestsSent, long amountHeldDong) {
        this(casesOpened, freezeRequestsSent, amountHeldDong, 0);
    }

    public CaseCounts {
        if (casesOpened < 0 || freezeRequestsSent < 0 || amountHeldDong < 0 || amountReturnedDong < 0) {
            throw new IllegalArgumentException("case figures are never negative");
        }
    }

    /** The figure case-service gives for one of its codes. */
    public long figure(String code) {
        return switch (code) {
            case OPENED -> casesOpened;
            case FREEZE_REQUESTS -> freezeRequestsSent;
            case AMOUNT_HELD -> amountHeldDong;
            case AMOUNT_RETURNED -> amountReturnedDong;
            default -> throw new IllegalArgumentException("case-service does not provide " + code);
        };
    }
}
