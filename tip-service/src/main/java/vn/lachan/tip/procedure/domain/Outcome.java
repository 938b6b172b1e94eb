package vn.lachan.tip.procedure.domain;

import vn.lachan.tip.intake.domain.TipStatus;

/**
 * What a tip may be decided (Criminal Procedure Code 2015, Art. 147(1)): open a case, not open one, or
 * suspend the handling. The first two are final; a suspension lasts until the tip is resumed.
 * Absent values are null (texts, grounds) or 0 (numbers), so the rules can tell "not given" from "given wrong".
 */
public sealed interface Outcome {

    /** The status the tip takes on this decision. */
    TipStatus status();

    default boolean isFinal() {
        return !(this instanceof Suspend);
    }

    /** Khởi tố vụ án: a case is opened in case-service with this article and clause. */
    record Prosecute(int penalCodeArticle, int clause, String leadUnit, String caseTitle) implements Outcome {
        @Override
        public TipStatus status() {
            return TipStatus.PROSECUTED;
        }
    }

    /** Không khởi tố vụ án: one ground of Art. 157, and the reasons the reporter is told. */
    record NotProsecute(NonProsecutionGround ground, String reasons) implements Outcome {
        @Override
        public TipStatus status() {
            return TipStatus.NOT_PROSECUTED;
        }
    }

    /** Tạm đình chỉ: one ground of Art. 148(1), only once the decision deadline has passed. */
    record Suspend(SuspensionGround ground, String note) implements Outcome {
        @Override
        public TipStatus status() {
            return TipStatus.SUSPENDED;
        }
    }
}
